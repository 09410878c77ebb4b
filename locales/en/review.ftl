## Review and return

cmd-review = Reports waiting for your review

review-state-submitted = waiting for review
review-state-returned = returned
review-state-approved = approved
review-state-declined = declined

review-request = { $author } sent { $report } (version { $version }, { $date }). It is waiting for your review.
review-open = Open the report
review-list = { $count } report(s) waiting for your review. Pick one to read it:
review-list-more = (and { $count } more — once these are done, type /review to see the next ones)
review-list-item = { $report } · { $date }
review-list-none = No report is waiting for your review.
review-open-header = { $report }
    Sent by { $author } · { $date } · version { $version }
review-open-hint = Tap «Approve» if it is right, or «Return for changes» to pick the fields to correct and comment on each.
review-approve = Approve
review-return = Return for changes
review-back-to-list = Waiting list
review-approved = Approved. { $author } will be told.

review-not-found = This report was not found.
review-not-yours = This report is not yours to review (the secretary of the unit above or block staff review it, and nobody reviews their own report).
review-already-decided = This report was already approved or returned. Type /review for the ones still waiting.
review-new-version = Its author has just sent a new version. Type /review and open it again to see the new version.

review-return-title = Return a report for changes
review-return-intro = Returning { $report } for changes.
review-return-fields = Pick the fields the author must correct:
review-return-fields-label = Fields to correct
review-return-comment = Your comment on «{ $label }» (now: { $value }). Type what needs changing and why:
review-return-comment-label = Comment on «{ $label }»
review-return-done = Returned to { $author } with comments on { $count } field(s). You will be told when it comes back for review.
review-comment-done = Sent your comments on { $count } field(s) to { $author }. This kind of report cannot be changed in chat: it keeps waiting for your approval once the record is put right.

review-approved-author = { $report } (version { $version }) was approved by { $reviewer }.
review-returned-author = { $reviewer } returned { $report } for changes. Fields to correct:
    { $items }
    Tap «Fix now» to answer exactly these again and resend; your other answers stay as they are.
review-commented-author = { $reviewer } commented on { $report }:
    { $items }
    It is already in the ĐVUT record and cannot be changed in chat: ask block staff to correct the record, then it will be approved.
review-fix-now = Fix now

flow-reviewer-note = Reviewer's comment: { $note }

unit-report-state = Quarterly report { $quarter }: { $state }
unit-remark-states = ĐVUT remarks sent for quarter { $quarter }: { $states }

review-reminder = { $report } has been waiting { $days } days for your review (sent { $date }). Tap to open it and approve or return it.
menu-review = { $count } report(s) waiting for your review
menu-unit-report-returned = Quarterly report { $quarter }/{ $year } was returned — fix it now
