## Figures held against what the bot knows (the unit report, the bình chọn's vote)

# A typed figure that differs from the one the bot counted: both named, the typed one to confirm.
figures-confirm-differs = Hệ thống ghi nhận { $counted }, đồng chí nhập { $value }. Đồng chí giữ { $value }? Bấm “Xác nhận” để giữ số này (hoặc gõ lại đúng số này), hoặc gõ số khác.
figures-keep-typed = Xác nhận: { $value }
# An answer beside what the bot counted, when they differ (review screen, /review, exports, documents).
figures-with-counted = { $value } (hệ thống: { $counted })
# A bình chọn with more present than the chi đoàn has members on the roster.
figures-present-above-roster = Số có mặt { $present } không thể đúng: { $unit } chỉ có { $members } đoàn viên trong danh sách. Đồng chí kiểm tra và nhập lại.
