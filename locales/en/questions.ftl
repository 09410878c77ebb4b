## Asking the bot: /me, /unit, /dashboard, /find

cmd-me = Your record and next step
cmd-unit = Your unit at a glance
cmd-dashboard = Overview of the whole block
cmd-find = Find a member by name

scope-unit-refused = You are not responsible for { $unit }, so you cannot see its figures.
scope-person-refused = This member is not in a unit you are responsible for, so you cannot see their record.

record-header = { $name } — { $unit }
record-classification = Classification { $year }: { $category }
record-not-candidate = You are not an outstanding member (ĐVUT) yet. To be selected you need the rating "Hoàn thành xuất sắc nhiệm vụ" (excellent). Send /guide to see the steps.
record-not-candidate-eligible = You are rated "Hoàn thành xuất sắc nhiệm vụ" and may be considered by your branch for selection as ĐVUT. Send /guide to see the steps.
record-not-candidate-other = Not an ĐVUT; latest rating is not "Hoàn thành xuất sắc nhiệm vụ".
record-not-candidate-eligible-other = Not an ĐVUT; eligible to be considered by the branch.
record-stage = Current stage: { $stage } (since { $since })
record-next = Next step: { $step }
record-see-guide = See the steps

next-step-classified-excellent = The branch meets to select ĐVUT.
next-step-selected = The Union hands the ĐVUT list to the Party committee (usually on a major holiday) for fostering and the class on awareness of the Party.
next-step-introduced = The list is handed to the Party committee on a major holiday, or the member attends the Party awareness class.
next-step-handed-over = Attend the Party awareness class and receive its certificate.
next-step-awareness-class = The Party cell considers recognising the member as a Party candidate and assigns a mentor.
next-step-recognized = Keep working with the mentor's help; complete the file to be considered for admission.
next-step-admitted = Complete the 12-month probation to become a full Party member.
next-step-full-member = A full Party member.
next-step-closed = This ĐVUT record is closed.

unit-code-unknown = No unit has the code { $code }.
unit-staff-hint = You are block staff: send /dashboard for the whole block, or /unit UNIT_CODE for one unit.
unit-header = { $unit } — { $members } members
unit-no-dvut = No ĐVUT on the way at the moment.
unit-and-more = { " " }and { $count } more
unit-remarks-done = Every ĐVUT remark for quarter { $quarter } is in.
unit-remarks-missing = Remarks missing for quarter { $quarter } ({ $count }): { $names }
unit-two-year = Selected 2+ years ago and neither recognised nor admitted ({ $count }) — report and discuss with the Party committee:
unit-targets = Targets { $year }: introduced { $introduced }/{ $dvutTarget } ĐVUT · admitted { $admitted }/{ $partyTarget }
unit-no-targets = No targets set for { $year }. Introduced { $introduced } ĐVUT, admitted { $admitted } so far.

dashboard-header = Quarter { $quarter }: { $filed }/{ $units } units filed their quarterly report
dashboard-legend = ĐVUT: selected/introduced → class → candidate → admitted
dashboard-empty = No units yet. Import the roster with: npm run admin -- import
dashboard-funnel = ĐVUT: { $selected } → { $awareness } → { $recognized } → { $admitted }
dashboard-targets = Introduced { $introduced }/{ $dvutTarget } · admitted { $admitted }/{ $partyTarget }
dashboard-remarks-missing = { $count } remarks missing this quarter
dashboard-remarks-overdue = { $count } remarks overdue from last quarter
dashboard-two-year = { $count } ĐVUT past 2 years

find-usage = Send /find and part of a name (with or without diacritics), e.g. /find nguyen van an
find-none = No member matching "{ $query }" in the units you can see.
find-results = Found { $count } members. Choose one to see the record:
find-some = Found { $count } members; here are the first { $shown }. Type more of the name to narrow it, or choose:

## Targets (chỉ tiêu)

cmd-target = Set a unit's targets for a year
target-chat-usage = Usage: /target UNIT_CODE YEAR DVUT_TO_INTRODUCE NEW_PARTY_MEMBERS, e.g. /target STP 2026 5 2
target-unit-not-found = This unit was not found (or is no longer active).
target-out-of-scope = The unit { $unit } is not one you are responsible for.
target-invalid = The targets are not valid: a year from 2000 to 2100 and whole numbers of 0 or more.
target-party-above-dvut = New Party members from ĐVUT cannot exceed the ĐVUT to introduce.
target-admin-usage = Usage: npm run admin -- target set UNIT_CODE YEAR DVUT_TO_INTRODUCE NEW_PARTY_MEMBERS
target-saved = Saved the { $year } targets of { $unit }: introduce { $dvut } ĐVUT, { $party } new Party members.
