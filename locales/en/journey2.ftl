## The ĐVUT journey, continued: the list read back (dvut import), II.3.5 answered, certificates reported from /me, handover batches

dvut-import-file-type = The file must be .xlsx or .csv (the ĐVUT list exported by the bot).
dvut-import-file-missing = Cannot read the file { $file }.
dvut-import-unreadable = Cannot read the file's content: { $detail }
dvut-import-rejected = File refused, nothing was written: { $count } problem(s).
dvut-import-line = Line { $line }
dvut-import-headers = the header row is not that of the ĐVUT list the bot exports (export it again and edit only dates).
dvut-import-no-code = no member code.
dvut-import-duplicate = member code { $code } already appears on line { $line }.
dvut-import-unknown = no ĐVUT record for member code { $code }.
dvut-import-several = member code { $code } has several ĐVUT records and the row does not say which; correct it through /dvut.
dvut-import-bad-date = column “{ $column }”: “{ $value }” is not a date (dd/mm/yyyy).
dvut-import-date-added = column “{ $column }”: this step is not recorded yet; record it through /dvut or dvut record (the step needs its facts).
dvut-import-date-removed = column “{ $column }”: a step cannot be removed by a file; correct it through /dvut.
dvut-import-date-future = column “{ $column }”: { $value } is in the future.
dvut-import-read-only = column “{ $column }” cannot be changed by a file (now “{ $was }”, in the file “{ $value }”).
dvut-import-reason = ĐVUT list imported from { $file }, line { $line }
dvut-import-unchanged = The file matches the records: nothing written.
dvut-import-corrected = { $count } step(s) corrected (each keeps its history and is audited):
dvut-import-change = { $name } — { $step }: { $from } → { $to }

## II.3.5: the cause and the measures of an ĐVUT chosen two years ago or more

two-year-flow-title = Section II.3.5: cause and measures
two-year-flow-intro = ĐVUT { $name }, chosen on { $selected }, has been neither admitted nor recognised as a Party candidate for two years or more. Under section II.3.5 of plan 102-KH/ĐTN, please record the cause and the measures agreed with the Party committee.
two-year-ask-cause = Why has the member not been admitted or recognised yet?
two-year-ask-cause-label = Cause
two-year-ask-measures = Which measures were agreed with the Party committee?
two-year-ask-measures-label = Measures
two-year-answered = Cause and measures recorded for ĐVUT { $name } (quarter { $quarter }). The level above reads them in /dvut and /unit; the alert pauses until next quarter.
two-year-choice-answer = Record cause, measures: { $name }
two-year-choice-record = Record cause and measures (section II.3.5)
two-year-answer-line = Section II.3.5 — recorded in quarter { $quarter }:
two-year-answer-cause = · Cause: { $cause }
two-year-answer-measures = · Measures agreed with the Party committee: { $measures }

## An ĐVUT reports their own certificate from /me; the secretary confirms or refuses it

certificate-claim-choice = Report my Party awareness class certificate
certificate-claim-flow-title = Report the Party awareness class certificate
certificate-claim-intro = Enter what your Party awareness class certificate says. Your secretary confirms it before it goes into your ĐVUT record.
certificate-claim-ask-issuer = Who issued the certificate (e.g. the district political centre)?
certificate-claim-issuer-label = Issued by
certificate-claim-no-journey = You have no open ĐVUT record.
certificate-claim-not-open = Your ĐVUT record already has the certificate, or this step can no longer be recorded.
certificate-claim-pending = The certificate you reported is waiting for your secretary's confirmation.
certificate-claim-sent = Sent to your secretary for confirmation. Once confirmed, the certificate goes into your ĐVUT record and you will be told.
certificate-claim-sent-no-secretary = Saved, but your unit has no secretary in the bot to confirm it; please tell the { ORG_NAME } staff.
certificate-claim-to-confirm = ĐVUT { $name } reports a Party awareness class certificate: issued on { $date } by { $issuer }, no. { $number }. Please check it and confirm.
certificate-claim-confirm = Confirm the certificate
certificate-claim-refuse = Do not confirm
certificate-claim-confirmed = Confirmed and recorded the certificate of ĐVUT { $name }.
certificate-claim-already-decided = This certificate report has already been handled.
certificate-claim-refuse-title = Refuse a certificate
certificate-claim-refuse-intro = Refusing the certificate reported by ĐVUT { $name }.
certificate-claim-ask-reason = Why is it not confirmed (the ĐVUT is told)?
certificate-claim-refused = ĐVUT { $name } has been told why it was not confirmed.
certificate-claim-told-refused = The Party awareness class certificate (dated { $date }) you reported was not confirmed by your secretary. Reason: { $reason }. You can report it again from /me.

## Handover batches: the ĐVUT handed to a cấp ủy on a holiday

handover-batch-choice = Record the ĐVUT list handed to the Party committee
handover-batch-title = Record a handover of the ĐVUT list
handover-batch-intro = Recording the ĐVUT list handed to the Party committee for { $holiday }: the date, the committee, the covering document and the ĐVUT on the list.
handover-batch-ask-date = On which day was the list handed over?
handover-batch-ask-dvut = Which ĐVUT were on the list?
handover-batch-dvut-label = ĐVUT on the list
handover-batch-none = No ĐVUT in your units is waiting to be handed to the Party committee.
handover-batch-holiday = for { $date }
handover-batch-recorded = Recorded the handover of { $count } ĐVUT to { $committee } on { $date }. Each ĐVUT is told.
