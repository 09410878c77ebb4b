## /dashboard at any scale: totals, the units needing attention, a way down the tree

dashboard-quarter = Quarter { $quarter }
dashboard-scope = { $unit }: { $members } members in { $units } units
dashboard-returned = { $count } quarterly reports returned
dashboard-attention = Units needing attention first ({ $count }):
dashboard-attention-none = No unit has a returned report, overdue remarks or an ĐVUT past two years (II.3.5 of Plan 102-KH/ĐTN).
dashboard-attention-more = … and { $count } more units. Choose a unit below to look deeper.
dashboard-reason-returned = quarterly report returned
dashboard-reason-not-filed = quarterly report not filed
dashboard-way = Units below, { $from }–{ $to } of { $count }: choose one to look at.
dashboard-way-leaf = This unit has no units below it.
dashboard-next-page = Next page
dashboard-previous-page = Previous page
dashboard-own-view = { $unit } in detail
dashboard-up = Up to { $unit }
dashboard-top = Back to the overview
