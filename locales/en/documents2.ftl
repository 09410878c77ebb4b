## ĐVUT export: the note column

export-note-came-from = Transferred in from { $place }
export-note-moved-to = Transferred out to { $place }

## Letterhead

document-on-behalf-standing = On behalf of the Standing Committee
document-to-committee-named = { $committee } (for consideration)

## Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng

document-number-resolution = …-NQ/ĐTN
document-resolution-title = Resolution
document-resolution-subtitle = Introducing an outstanding member to the Party
document-resolution-basis-party = Under the Statute of the Communist Party of Viet Nam and the rules applying it;
document-resolution-basis-union = Under the Statute of the Ho Chi Minh Communist Youth Union and Plan 102-KH/ĐTN on fostering and introducing outstanding members to the Party;
document-resolution-meeting = On { $date }, { $body } met to consider introducing an outstanding member to the Party. Members: { $members }; present: { $present }; in favour: { $inFavour } ({ $percent }% of all members); against: { $against }.
document-resolution-resolves = RESOLVES:
document-resolution-introduce = 1. To introduce { $name }, born { $born }, member of { $unit }, to { $committee } for admission to the Communist Party of Viet Nam.
document-resolution-committee-unnamed = the Party committee
document-resolution-foster = 2. The Executive Committee keeps fostering and helping { $name } while the Party committee considers the admission.

## Bản nhận xét đoàn viên ưu tú

document-number-remark = …-NX/ĐTN
document-remark-title = Remarks on an outstanding member
document-remark-subtitle = { $name }, { $period }
document-remark-quarter = quarter { $quarter } of { $year }
document-remark-year = { $year }
document-remark-person = Full name: { $name }; born: { $born }; member of: { $unit }.
document-remark-intro = The Executive Committee of { $unit } remarks on the outstanding member, { $period }:
document-remark-col-quarter = Quarter { $quarter }/{ $year }

## Danh sách of a handover batch

document-handover-subtitle = Handed to { $committee }
document-handover-subtitle-holiday = Handed to { $committee }, { $holiday }
document-handover-intro = On { $date }, the Executive Committee of { $unit } hands { $committee } the list of { $count } outstanding members for consideration, fostering and admission:

## Kế hoạch và chỉ tiêu năm

document-number-plan = …-KH/ĐTN
document-plan-title = Plan
document-plan-subtitle = Fostering and introducing outstanding members to the Party in { $year }
document-plan-basis = Following Plan 102-KH/ĐTN on fostering and introducing outstanding members to the Party, the Executive Committee of { $unit } sets its plan for { $year }:
document-plan-purpose-heading = I. PURPOSE
document-plan-purpose = To raise the quality of fostering and introducing outstanding members to the Party; every union body has its own targets, works to meet them and is assessed on them at year end.
document-plan-targets-heading = II. TARGETS
document-plan-targets = In { $year }, { $unit } aims to introduce { $dvut } outstanding members to the Party, and to see { $party } of them admitted.
document-plan-targets-below = Targets of the units below:
document-plan-col-dvut = ĐVUT to introduce
document-plan-col-party = New Party members
document-plan-total = Total
document-plan-implementation-heading = III. IMPLEMENTATION
document-plan-implementation = Each unit chooses its outstanding members against its targets, files the quarterly remarks and hands the lists to the Party committee on major holidays; it reports to the Executive Committee of { $unit } every quarter and at year end.

## File titles

document-file-resolution = Resolutions introducing ĐVUT to the Party, { $year }
document-file-handover = ĐVUT lists handed to the Party committee, { $year }
document-file-plan = Plan and targets, { $year }

## /export choices

export-choice-resolution = Resolutions introducing ĐVUT (this year)
export-choice-handover = ĐVUT lists handed to the Party committee (this year)
export-choice-plan = The year's plan and targets

## Documents offered under a journey in /dvut

dvut-document-resolution = Download the resolution (.docx)
dvut-document-handover = Download the list handed to the Party committee (.docx)
dvut-document-remarks = Download this year's remarks (.docx)
