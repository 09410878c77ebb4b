## /menu: what each person may do, with counts of what is due

cmd-menu = What to do (reports, remarks, classification)
menu-title = What to do — pick one:
menu-continue = Continue: { $title } (question { $n }/{ $total })
menu-remarks = { $count } ĐVUT remarks due this quarter
menu-remarks-done = Every ĐVUT has a remark this quarter.
menu-unit-report = Report for Q{ $quarter }/{ $year } — not sent
menu-unit-report-done = Report for Q{ $quarter }/{ $year } sent.
menu-classification = Member classification { $year } — { $count } not classified
menu-activity = Report an activity
menu-nomination = Record an ĐVUT selection vote
menu-self-review = { $count } self-reports waiting for you
menu-self-report = Report my own activity or achievement
menu-my-reports = Correct a sent report
menu-block = Missing in the whole block this quarter: { $remarks } ĐVUT remarks, { $units } unit reports.
menu-my-reports-none = You have not sent any report yet.
menu-my-reports-pick = Pick the report to correct:
menu-my-report = { $title } — { $date } (version { $version })
menu-self-review-none = No self-report is waiting.
menu-self-review-item = Self-report by { $name }: { $description }
menu-self-approved = Self-report by { $name } confirmed.
menu-self-declined = Self-report by { $name } declined.
