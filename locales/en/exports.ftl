## Exports for the Party committee (/export and npm run admin -- export)

cmd-export = Export lists and reports as a spreadsheet or a document
export-choose = Choose what to export (current period; for another, send e.g. /export remarks 2026-Q3 or /export classification 2025):
export-choice-dvut = ĐVUT list
export-choice-remarks = ĐVUT remarks this quarter
export-choice-unit-reports = Unit quarterly reports
export-choice-classification = Member classification this year
export-usage =
    Usage: /export KIND [YEAR or YEAR-Qn] [UNIT_CODE] [xlsx|csv|docx]
    KIND: dvut (ĐVUT list), remarks (quarterly remarks), unit-reports (unit quarterly reports), classification (the year's classification), resolution (nghị quyết introducing ĐVUT to the Party), handover (lists handed to the Party committee), plan (the year's plan and targets).
    Add a MEMBER_CODE for one ĐVUT's document: /export resolution M-0012, /export remarks M-0012 docx.
    Example: /export remarks 2026-Q3 STP, or /export dvut docx for the document to the Party committee.
export-empty = { $title }: no data yet in the units you can see.
export-ready = { $title } — { $rows } rows. The file is attached below.
export-admin-usage = Usage: npm run admin -- export dvut|remarks|unit-reports|classification|resolution|handover|plan [--unit UNIT_CODE] [--member MEMBER_CODE] [--year YEAR] [--quarter 1-4] [--format xlsx|csv|docx] [--out FILE]
export-choose-format = { $kind }: choose the kind of file:
export-format-xlsx = Excel spreadsheet (.xlsx)
export-format-csv = CSV
export-format-docx = Document (.docx)
export-empty-all = { $title }: no data yet, no file written.
export-written = Wrote { $file } ({ $rows } rows).

export-title-dvut = ĐVUT list { $year }
export-title-remarks = ĐVUT remarks, quarter { $period }
export-title-unit-reports = Unit quarterly reports { $period }
export-title-classification = Member classification { $year }

export-status-submitted = Waiting for review
export-status-returned = Returned
export-status-approved = Approved
export-status-declined = Declined
export-gender-male = Male
export-gender-female = Female

export-col-no = No.
export-col-member-code = Member code
export-col-full-name = Full name
export-col-date-of-birth = Date of birth
export-col-gender = Gender
export-col-unit = Unit
export-col-stage = Current stage
export-col-selected-on = Selected on
export-col-votes = Votes for
export-col-resolution = Introduction resolution no.
export-col-introduced-on = Resolution date
export-col-handed-over-on = Handed to the Party committee on
export-col-certificate-date = Awareness class certificate date
export-col-recognized-on = Recognised as Party candidate on
export-col-mentor = Mentor (Party member)
export-col-admitted-on = Admitted on
export-col-full-member-on = Full member on
export-col-note = Note
export-col-quarter = Quarter
export-col-author = Author
export-col-status = Status
export-col-submitted-at = Submitted on
export-col-version = Revision
export-col-classification = Classification
export-col-reason = Reason
