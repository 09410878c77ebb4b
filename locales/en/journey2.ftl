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
