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
