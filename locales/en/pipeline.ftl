## The ĐVUT pipeline: stages, classifications, refusals

stage-classified-excellent = Rated "Hoàn thành xuất sắc nhiệm vụ" (excellent)
stage-selected = Selected as ĐVUT
stage-introduced = Introduced to the Party (executive committee resolution)
stage-handed-over = List handed to the Party committee
stage-awareness-class = Attended the Party awareness class
stage-recognized = Recognised as a Party candidate (đối tượng Đảng)
stage-admitted = Admitted (probationary Party member)
stage-full-member = Full Party member
stage-not-admitted = Not admitted
stage-withdrawn = Removed from the ĐVUT list

classification-excellent = Excellent (Hoàn thành xuất sắc nhiệm vụ)
classification-good = Good (Hoàn thành tốt nhiệm vụ)
classification-complete = Satisfactory (Hoàn thành nhiệm vụ)
classification-incomplete = Unsatisfactory (Không hoàn thành nhiệm vụ)

pipeline-person-not-found = This member is not on the roster.
pipeline-unit-not-found = This unit does not exist.
pipeline-candidacy-not-found = This ĐVUT record does not exist.
pipeline-out-of-scope = This member is not in a unit you are responsible for, so you cannot change their record.
pipeline-not-excellent = { $name } was not rated "Hoàn thành xuất sắc nhiệm vụ" in their latest classification, so they cannot be selected as ĐVUT yet.
pipeline-already-candidate = { $name } already has an open ĐVUT record.
pipeline-votes-invalid = The vote counts are not valid: whole numbers, with a total above 0.
pipeline-votes-exceed-total = Votes for and against add up to more than the total.
pipeline-votes-no-majority = Votes for are not more than half of the total, so the selection does not pass.
pipeline-transition-not-allowed = The record cannot move from its current step to that one. Take the steps in order.
pipeline-details-missing = Some required facts of this step are missing.
pipeline-date-in-future = That date is in the future. Please enter a date that has passed.
pipeline-date-before-previous = That date is earlier than the previous step's. Please check it.
pipeline-transfer-same-unit = The member is already in that unit.
