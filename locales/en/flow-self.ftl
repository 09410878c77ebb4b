## Flow: a member's self-report, confirmed by their secretary

flow-self-title = Self-report
flow-self-type = What would you like to report?
flow-self-type-label = Kind
flow-self-type-study = Study
flow-self-type-initiative = Work initiative
flow-self-type-award = Award
flow-self-type-volunteer = Volunteer work
flow-self-type-other = Other
flow-self-date = When did it happen?
flow-self-date-label = Date
flow-self-description = A short description (e.g. Certificate of merit from the Director for digitising records)?
flow-self-description-label = Description
flow-self-evidence = Do you have a document to prove it (certificate, award)?
flow-self-evidence-label = Has a document
flow-self-review-request = { $name } sent a self-report: { $type }, on { $date }. “{ $description }”. Do you confirm it?
flow-self-approve = Confirm
flow-self-decline = Decline
flow-self-approved-member = The { $title } confirmed your self-report.
flow-self-declined-member = The { $title } did not confirm your self-report. You may talk it over with the { $title }.
flow-self-not-found = That self-report was not found.
flow-self-already-decided = That self-report was already handled.
