## The ĐVUT journey (admission.md): steps, flows, /dvut, /me, the command line

cmd-dvut = ĐVUT journeys: stage, next step, what is overdue

stage-not-full-member = Not confirmed as a full Party member
stage-transferred-out = Transferred out
stage-matured = Grown out of the union

journey-step-selection = Selection as ĐVUT (bình chọn)
journey-step-transfer-in = ĐVUT transferred in from elsewhere
journey-step-handover = ĐVUT list handed to the Party committee
journey-step-certificate = Certificate of the Party awareness class
journey-step-recognition = Recognised as a candidate for admission
journey-step-file-item = Admission file
journey-step-resolution = Resolution introducing the ĐVUT to the Party
journey-step-admission = Admission decision and ceremony
journey-step-full-membership = Confirmed as a full Party member
journey-step-removed = Taken off the ĐVUT list
journey-step-not-admitted = Not admitted
journey-step-not-full-member = Not confirmed as a full Party member
journey-step-transfer-out = Transferred out
journey-step-matured = Grown out of the union

journey-file-application = Application to join the Party
journey-file-background = Personal background form
journey-file-background-check = Background check result
journey-file-residence-remark = Remark of the place of residence
journey-file-union-resolution = The union's resolution introducing the member

journey-flow-selection = Record an ĐVUT selection
journey-flow-transfer-in = Take in an ĐVUT transferred from elsewhere
journey-flow-handover = Record the list handed to the Party committee
journey-flow-certificate = Record the Party awareness class certificate
journey-flow-recognition = Record the recognition as a candidate
journey-flow-file-item = Record an admission file item
journey-flow-resolution = Record the resolution introducing the ĐVUT
journey-flow-admission = Record the admission decision and ceremony
journey-flow-full-membership = Record full Party membership
journey-flow-removed = Take off the ĐVUT list
journey-flow-not-admitted = Record a refusal of admission
journey-flow-not-full-member = Record a refusal of full membership
journey-flow-transfer-out = Record a transfer out
journey-flow-matured = Record growing out of the union
journey-flow-correct = Correct a step of an ĐVUT
journey-flow-intro = ĐVUT: { $name }

journey-ask-date = On which date?
journey-ask-date-meeting = Date of the branch meeting?
journey-ask-date-certificate = Date of the certificate? (may be before the selection)
journey-ask-date-ceremony = Date of the admission ceremony? (probation starts on it)
journey-ask-date-label = Date
journey-ask-members-chi-doan = Members of the branch in total?
journey-ask-members-body = Members of the executive committee (or of the base branch) in total?
journey-ask-members-label = Total
journey-ask-present = Present?
journey-ask-present-label = Present
journey-ask-in-favour = In favour?
journey-ask-in-favour-label = In favour
journey-ask-party-rep-came = Did a Party committee representative attend?
journey-ask-party-rep-came-label = Party representative attended
journey-ask-party-rep = Name and position of the Party committee representative?
journey-ask-party-rep-label = Party representative
journey-ask-party-rep-opinion = The representative's opinion (if any)?
journey-ask-party-rep-opinion-label = Party opinion
journey-ask-source-committee = Which Party committee (chi bộ, đảng ủy)?
journey-ask-source-body = Which body passed the resolution?
journey-ask-source-certificate = Who issued the certificate (if known)?
journey-ask-source-from = Transferred in from which unit?
journey-ask-source-to = Transferred to where?
journey-ask-source-label = Source
journey-ask-number = Document number?
journey-ask-number-label = Number
journey-ask-decision-date = Date the admission decision was signed?
journey-ask-decision-date-label = Decision date
journey-ask-holiday = On which holiday, if any?
journey-ask-holiday-label = Holiday
journey-ask-mentor = Name of the full Party member assigned to help?
journey-ask-mentor-label = Mentor
journey-ask-mentor-position = The mentor's position (if any)?
journey-ask-mentor-position-label = Position
journey-ask-file-item = Which item of the file has arrived?
journey-ask-file-item-label = Item
journey-ask-reason = Reason?
journey-ask-reason-label = Reason
journey-ask-correct-reason = Reason for the correction?
journey-ask-confirm-label = Warning confirmed

journey-warn-age = Warning: the member is { $age }, outside { $min }–{ $max }. Record anyway?
journey-warn-no-certificate = Warning: no Party awareness class certificate is recorded. Record anyway?
journey-warn-certificate-lapsed = Warning: the awareness class certificate was valid only until { $until }. Record anyway?
journey-warn-probation = Warning: { $months } months of probation are not over (until { $until }). Record anyway?
journey-warn-rating = Warning: in { $year } the member was rated { $category ->
    [good] "good"
    [complete] "complete"
   *[other] "incomplete"
}; the branch should decide whether they stay on the ĐVUT list. Record anyway?
journey-warning-declined = Not recorded. Change an answer (/back) or cancel (/cancel).
journey-warnings-unconfirmed = This step raises warnings that must be confirmed.

journey-field-missing = A required fact of this step is missing ({ $field }).
journey-date-in-future = This date is in the future. Please give a date that has passed.
journey-date-before-selection = This date is before the selection ({ $date }). Please check it.
journey-date-before-admission = This date is before the admission ceremony ({ $date }). Please check it.
journey-votes-invalid = The numbers do not add up: present at most the total, in favour at most those present.
journey-present-above-members = More present than members in total.
journey-in-favour-above-present = More in favour than present.
journey-selection-no-majority = { $inFavour } of { $present } present in favour: not more than half of those present, so not selected.
journey-resolution-no-majority = { $inFavour } of { $members } in favour: the resolution needs more than half of ALL members (at least { $needed }), not of those present. It did not pass.
journey-step-not-open = This step cannot be recorded now. Send /dvut to see the steps that may come next.
journey-not-found = This ĐVUT record does not exist or is not in your units.
journey-out-of-scope = This member is not in a unit you are responsible for.
journey-person-not-found = This member is not on the roster of your units.
journey-not-excellent = { $name } was not rated "Hoàn thành xuất sắc nhiệm vụ" in the latest rating, so cannot be selected as ĐVUT.
journey-already-candidate = { $name } already has an open ĐVUT record.
journey-event-not-found = This step does not exist or was already corrected.
journey-correct-staff-only = Only staff may correct a recorded step.
journey-recorded = Recorded for ĐVUT { $name } ({ $date }). Send /dvut to see the journey.
journey-corrected = The ĐVUT record of { $name } is corrected; the old row and the reason are kept.
journey-correct-intro = Correcting "{ $step }" of { $date } for ĐVUT { $name }.

journey-told = A step of your ĐVUT record was recorded: { $step } ({ $date }).
journey-told-see-me = Send /me to see your journey.
journey-told-corrected = A step of your ĐVUT record was corrected: { $step } ({ $date }). Reason: { $reason }

journey-header = ĐVUT { $name } — { $unit }
journey-stage = Stage: { $stage } (since { $since })
journey-steps = Steps recorded:
journey-line-number = no. { $number }
journey-line-of-date = of { $date }
journey-line-votes = { $inFavour }/{ $members } in favour, { $present } present
journey-line-votes-old = { $inFavour }/{ $total } votes in favour
journey-line-party-rep = Party representative: { $name }{ $opinion }
journey-line-no-party-rep = no Party representative attended
journey-line-mentor = mentor: { $name }
journey-line-holiday = on { $holiday }
journey-line-reason = reason: { $reason }
journey-line-corrected = corrected: { $reason }
journey-mentor = Mentor: { $mentor }
journey-file = Admission file:
journey-certificate-valid = Awareness class certificate valid until: { $date }
journey-probation-ends = Probation ends: { $date }
journey-next = Steps that may be recorded next: { $steps }
journey-closed = The ĐVUT record is closed.
journey-overdue-two-year = Selected two years ago or more and neither recognised nor admitted (mục II.3.5 Kế hoạch 102-KH/ĐTN).
journey-overdue-certificate = The awareness class certificate lapses on { $date }.
journey-overdue-probation = Probation ended ({ $date }): full membership is due for consideration.

dvut-list-title = ĐVUT followed: { $count }
dvut-list-line = { $n }. { $name } ({ $unit }) — { $stage }; last step: { $last }; next: { $next }
dvut-list-more = … and { $count } more.
dvut-list-empty = No ĐVUT in your units yet.
dvut-choice-select = Record an ĐVUT selection
dvut-choice-transfer-in = Take in an ĐVUT transferred in
dvut-choice-record = Record: { $step }
dvut-choice-correct = Correct a step
dvut-correct-pick = Pick the step to correct:
dvut-pick = Pick the member selected (latest rating "Hoàn thành xuất sắc nhiệm vụ"):
dvut-pick-none = No member rated "Hoàn thành xuất sắc nhiệm vụ" is without an ĐVUT record.
dvut-pick-in = Pick the member transferred in who was an ĐVUT elsewhere:
dvut-pick-in-none = Every member already has an ĐVUT record.

dvut-admin-member-unknown = No member with code { $code }.
dvut-admin-no-journey = { $name } has no ĐVUT record.
dvut-admin-date-needed = --date YYYY-MM-DD is required.
dvut-admin-warnings-need-yes = This step raises warnings: nothing recorded. Add --yes to confirm and record it.
dvut-admin-recorded = Recorded: { $name } — { $step } ({ $date }).
dvut-admin-committee-set = Party committee of { $unit }: { $committee }.
