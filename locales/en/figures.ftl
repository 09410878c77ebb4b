## Figures held against what the bot knows (the unit report, the bình chọn's vote)

# A typed figure that differs from the one the bot counted: both named, the typed one to confirm.
figures-confirm-differs = The system counts { $counted }, you entered { $value }. Keep { $value }? Press “Confirm” to keep it (or type it again), or type another number.
figures-keep-typed = Confirm: { $value }
# An answer beside what the bot counted, when they differ (review screen, /review, exports, documents).
figures-with-counted = { $value } (system: { $counted })
# A bình chọn with more present than the chi đoàn has members on the roster.
figures-present-above-roster = { $present } present cannot be right: { $unit } has only { $members } members on the roster. Please check and enter it again.
