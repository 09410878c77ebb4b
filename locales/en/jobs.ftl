## Scheduled jobs: quarterly reminders and escalations

jobs-quarter-reminder =
    Reminder: quarter { $quarter }/{ $year } reports are due by { $due }.
    Still missing:
    { $items }

    Choose an item below to fill it in now.
jobs-quarter-overdue =
    The quarter { $quarter }/{ $year } reports are overdue (due { $due }). Still missing:
    { $items }

    The level above and the block staff have been told. Choose an item below to complete it now.
jobs-item-remark = • Remark on outstanding member { $name } ({ $unit })
jobs-item-unit-report = • Quarterly report of { $unit }
jobs-choice-remark = Write a remark
jobs-choice-unit-report = File the quarterly report
jobs-quarter-escalation =
    Quarter { $quarter }/{ $year } reports are overdue (due { $due }). Units still missing reports:
    { $units }

    Please follow up with their secretaries.
jobs-escalation-line = • { $unit }: { $missing }
jobs-escalation-unit-report = no quarterly report
jobs-escalation-remarks = { $count } ĐVUT remark(s) missing

## Holiday handover of ĐVUT lists

jobs-handover-reminder =
    { $days } day(s) until { $holiday }, when the Union hands its list of outstanding members (ĐVUT) to the Party committee.
    { $unit }: { $introduced } ĐVUT introduced by resolution, { $selected } ĐVUT selected and awaiting a resolution.
    Please prepare the ĐVUT list for the Party committee; you can export it right below.
jobs-choice-export-dvut = Export the ĐVUT list
jobs-handover-holiday = the { $years }-year anniversary of { $name } ({ $since } – { $date })
jobs-handover-holiday-round = the { $years }-year anniversary of { $name } ({ $since } – { $date })
jobs-handover-holiday-named = { $name } ({ $date })
jobs-handover-holiday-date = { $date }

## Two-year rule

jobs-two-year-case = • { $name } ({ $unit }): selected on { $selected }, { $years } year(s) ago, now at “{ $stage }”
jobs-two-year-own =
    These outstanding members were selected two or more years ago and are neither recognised as Party candidates nor admitted:
    { $cases }

    Under section II.3.5 of Plan 102-KH/ĐTN the branch reports them to the grassroots union, which discusses the cause with the Party committee. Please record the cause and the measures for each.
jobs-two-year-below =
    In the units under you, these outstanding members were selected two or more years ago and are neither recognised as Party candidates nor admitted:
    { $cases }

    Please discuss the cause with the unit's secretary and the Party committee, and have the reason recorded for each.
