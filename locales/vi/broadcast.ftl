## Broadcasts: compose, list, cancel, confirm

cmd-broadcast = Soạn và gửi thông báo
cmd-broadcasts = Các thông báo đã gửi gần đây
broadcast-ask-text = Soạn thông báo mới. Đề nghị đồng chí gửi nội dung thông báo (tối đa 4000 ký tự).
broadcast-ask-photo = Thông báo có kèm ảnh không? Gửi đường link ảnh (bắt đầu bằng https://), hoặc chọn “Không kèm ảnh”.
broadcast-photo-invalid = Đường link ảnh chưa đúng: cần bắt đầu bằng https:// hoặc http://. Đề nghị đồng chí gửi lại, hoặc chọn “Không kèm ảnh”.
broadcast-ask-audience = Gửi cho ai?
broadcast-ask-unit = Chọn đơn vị (thông báo sẽ tới đơn vị đó và tất cả đơn vị trực thuộc), hoặc gõ mã đơn vị:
broadcast-unit-not-found = Không tìm thấy đơn vị “{ $text }”. Đề nghị đồng chí gõ lại mã đơn vị, hoặc chọn trong danh sách.
broadcast-ask-time = Gửi lúc nào? Chọn “Gửi ngay”, hoặc gõ ngày giờ, ví dụ: 30/11/2026 08:00
broadcast-preview =
    Xem trước thông báo:
    ───────────
    { $text }
    ───────────
    Người nhận: { $audience }
    Số tài khoản sẽ nhận: { $total } ({ $breakdown })
    Gửi: { $when }
broadcast-preview-photo = Kèm ảnh: { $url }
broadcast-preview-confirmation = Yêu cầu xác nhận đã đọc: Có (mỗi đoàn viên bấm “Đã đọc / Xác nhận”; trên Zalo trả lời số 1 hoặc gõ “xác nhận”)
broadcast-preview-no-confirmation = Yêu cầu xác nhận đã đọc: Không
broadcast-ask-confirmation = Yêu cầu xác nhận đã đọc? Nếu chọn “Có”, mỗi đoàn viên sẽ bấm “Đã đọc / Xác nhận”; sau vài ngày, Bí thư từng đơn vị nhận danh sách đoàn viên chưa xác nhận để nhắc.
broadcast-preview-without-chat = { $count } người trong danh sách chưa liên kết tài khoản chat nên sẽ không nhận được.
broadcast-when-now = ngay khi xác nhận
broadcast-queued = Đã xếp lịch gửi thông báo tới { $total } tài khoản. Hệ thống sẽ báo cho đồng chí khi bắt đầu gửi và khi gửi xong. Gõ /broadcasts để xem tiến độ.

broadcast-choice-no-photo = Không kèm ảnh
broadcast-choice-now = Gửi ngay
broadcast-choice-cancel = Dừng gửi: { $text }
broadcast-choice-rates = Tỷ lệ xác nhận theo đơn vị: { $text }

broadcast-audience-all = Tất cả đoàn viên
broadcast-audience-all-scoped = Tất cả đoàn viên trong đơn vị đồng chí phụ trách
broadcast-audience-unit = Một đơn vị và các đơn vị trực thuộc
broadcast-audience-unit-named = { $unit } và các đơn vị trực thuộc
broadcast-audience-secretaries = Các Bí thư
broadcast-audience-dvut = Đoàn viên ưu tú (ĐVUT)
broadcast-audience-telegram = Chỉ người dùng Telegram
broadcast-audience-zalo = Chỉ người dùng Zalo
broadcast-audience-terminal = Chỉ người dùng thử trên terminal
broadcast-audience-groups = Nhóm chat đã đăng ký của các đơn vị

broadcast-refused-no-scope = Đồng chí chưa được giao phụ trách đơn vị nào nên chưa gửi được thông báo.
broadcast-refused-unit-unknown = Không tìm thấy đơn vị này.
broadcast-refused-out-of-scope = Chỉ gửi được thông báo trong đơn vị đồng chí phụ trách và các đơn vị trực thuộc; “{ $unit }” nằm ngoài phạm vi đó.
broadcast-refused-empty = Nội dung thông báo đang trống. Đề nghị đồng chí gửi lại nội dung.
broadcast-refused-too-long = Thông báo dài quá { $max } ký tự. Đề nghị đồng chí rút gọn rồi gửi lại.
broadcast-refused-nobody = Không có ai nhận được thông báo này (chưa ai trong nhóm đã chọn liên kết tài khoản chat). Đề nghị đồng chí chọn nhóm người nhận khác.
broadcast-refused-not-yours = Chỉ người gửi thông báo mới dừng được thông báo đó.
broadcast-not-found = Không tìm thấy thông báo này.
broadcast-already-finished = Thông báo này đã gửi xong hoặc đã dừng trước đó.
broadcast-cancelled = Đã dừng thông báo: { $count } tin chưa gửi sẽ không được gửi nữa. Những tin đã gửi thì không thu hồi được.

broadcast-list-empty = Chưa có thông báo nào.
broadcast-list-title = Các thông báo gần đây:
broadcast-list-item = • { $when } — “{ $text }” — { $status }: đã nhận { $sent }/{ $total }, lỗi { $failed }, không liên lạc được { $unreachable }, còn lại { $remaining }
broadcast-list-confirmations = { $count } người đã xác nhận đã đọc
broadcast-status-scheduled = chờ đến giờ gửi
broadcast-status-sending = đang gửi
broadcast-status-done = đã gửi xong
broadcast-status-cancelled = đã dừng

broadcast-progress-started = Bắt đầu gửi thông báo tới { $total } tài khoản.
broadcast-progress-running = Đang gửi thông báo: { $sent } đã nhận, { $failed } lỗi, { $unreachable } không liên lạc được, còn lại { $remaining } / { $total }.
broadcast-progress-done = Đã gửi xong thông báo: { $sent } đã nhận, { $failed } lỗi, { $unreachable } không liên lạc được (đã chặn hoặc rời nhóm){ $cancelled ->
        [0] .
       *[other] , { $cancelled } đã dừng.
    }
broadcast-progress-held = { $held } tin bị gián đoạn khi đang gửi, chưa rõ đã tới người nhận chưa; đang chờ quản trị viên quyết định gửi lại.
broadcast-progress-duplicates = { $count } người có thể nhận thông báo hai lần do máy chủ bị gián đoạn đúng lúc đang gửi.

broadcast-ack-button = Đã đọc / Xác nhận
broadcast-ack-thanks = Cảm ơn đồng chí đã xác nhận đã đọc thông báo.
broadcast-ack-already = Đồng chí đã xác nhận thông báo này rồi.
