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
pipeline-out-of-scope = This member is not in a unit you are responsible for, so you cannot change their record.
pipeline-transfer-same-unit = The member is already in that unit.
