## Confirmations: reminders to the units' secretaries, reminders to members, rates per unit

confirm-remind-secretary =
    Thông báo “{ $text }” (gửi ngày { $sent }) cần đoàn viên xác nhận đã đọc. Sau { $days } ngày, { $unit } còn { $count } đoàn viên đã nhận nhưng chưa xác nhận:
    { $members }
    Bấm “Nhắc tất cả” để hệ thống nhắc từng người một lần.
confirm-remind-member = • { $name }
confirm-remind-member-in = • { $name } ({ $unit })
confirm-remind-all = Nhắc tất cả
confirm-remind-queued = { $count ->
        [0] Không nhắc được ai: các đoàn viên này chưa có tài khoản chat liên lạc được.
       *[other] Đã gửi lời nhắc tới { $count } đoàn viên chưa xác nhận.{ $unreachable ->
            [0] {""}
           *[other] { " " }{ $unreachable } người không liên lạc được qua chat, đề nghị đồng chí nhắc trực tiếp.
        }
    }
confirm-remind-already = Đã nhắc { $count } đoàn viên này trước đó rồi, hệ thống không nhắc lại lần nữa.
confirm-remind-nobody-left = Tất cả đoàn viên của đơn vị đã xác nhận đã đọc, không cần nhắc nữa.
confirm-remind-not-yours = Chỉ nhắc được đoàn viên trong đơn vị đồng chí phụ trách.
confirm-nudge =
    Nhắc nhở: đồng chí chưa xác nhận đã đọc thông báo sau:
    “{ $text }”
    Đọc xong, đề nghị đồng chí chọn “Đã đọc / Xác nhận” (hoặc gõ “xác nhận”).

confirm-rates-title = Tỷ lệ xác nhận đã đọc của thông báo “{ $text }” (đã xác nhận / đã nhận):
confirm-rates-line = • { $unit }: { $confirmed }/{ $recipients } ({ $percent }%)
confirm-rates-total = Tổng cộng: { $confirmed }/{ $recipients } ({ $percent }%)
confirm-rates-none = Thông báo này chưa tới được đoàn viên nào trong phạm vi đồng chí phụ trách.
