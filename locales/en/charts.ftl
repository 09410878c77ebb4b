## Charts: the dashboard's picture (/dashboard, weekly summary to staff)

chart-choice = View chart
chart-title = { $unit } — quarter { $quarter }
chart-funnel-title = ĐVUT by stage
chart-stage-selected = Selected, introduced
chart-stage-awareness = Party awareness class
chart-stage-recognized = Recognised for admission
chart-stage-admitted = Admitted
chart-completion-title = Quarterly reports { $quarter } by unit
chart-filed = Filed
chart-returned = Returned
chart-missing = Not filed
chart-others = Other units ({ $count })
chart-no-reports = No unit has a quarterly report to file yet.
chart-caption = Chart of { $unit }, quarter { $quarter }: ĐVUT by stage and quarterly reports by unit.
chart-weekly-caption = Week { $week } summary of { $unit }: { $filed }/{ $units } units filed the quarterly report { $quarter }; ĐVUT: { $selected } → { $awareness } → { $recognized } → { $admitted }.
chart-no-picture = (The chart's picture could not be sent on this platform; its figures are above. Type /dashboard for details.)
