# Owed periods: which quarter or year a report is filed for, and reports filed after their due date.

periods-menu-remarks-open = { $count } ĐVUT remarks for Q{ $quarter }/{ $year } — due { $due }
periods-menu-remarks-late = { $count } ĐVUT remarks for Q{ $quarter }/{ $year } — late (due { $due })
periods-menu-unit-report-open = Report for Q{ $quarter }/{ $year } — not sent, due { $due }
periods-menu-unit-report-late = Report for Q{ $quarter }/{ $year } — late (due { $due })
periods-quarter-future = Q{ $quarter }/{ $year } has not begun; it cannot be reported yet.
periods-unit-report-filed = The Q{ $quarter }/{ $year } report of { $unit } was sent on { $date }. To change it, use /menu → “Correct a sent report”.
periods-remarks-none-left = Every ĐVUT you look after has a remark for Q{ $quarter }/{ $year }.
periods-class-year-closed = Classification for { $year } is not open. Open now: { $open }.
periods-late-mark = late
periods-dashboard-previous-late = Q{ $quarter }/{ $year } report sent late
periods-export-col-due = Due date
periods-export-col-on-time = On time/late
periods-export-on-time = On time
periods-export-late = Late
periods-figure-exceeds-members = { $value } cannot be right: { $unit } has only { $members } members. Please check and enter it again.
