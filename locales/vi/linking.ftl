## Linking: code, contact, registration

link-contact-hint = Nếu số điện thoại của đồng chí đã có trong danh sách đoàn viên, chỉ cần bấm nút “Chia sẻ số điện thoại” bên dưới.
link-share-contact-button = Chia sẻ số điện thoại
link-register-offer = Chưa có mã liên kết? Đồng chí có thể gửi yêu cầu đăng ký để Bí thư đơn vị xác nhận.
link-register-button = Đăng ký (chưa có mã)
link-done = Đã liên kết tài khoản với hồ sơ đoàn viên { $name }. Gõ /help để xem các lệnh đồng chí dùng được.
link-already = Tài khoản này đã được liên kết với hồ sơ của { $name }. Gõ /help để xem các lệnh.
link-linked-to-other = Tài khoản chat này đã được liên kết với một hồ sơ khác. Nếu có nhầm lẫn, đề nghị đồng chí liên hệ Bí thư đơn vị.
link-private-only = Vì lý do bảo mật, đề nghị đồng chí gửi mã liên kết trong tin nhắn riêng với bot, không gửi trong nhóm.
link-code-invalid = Mã liên kết không đúng, đã hết hạn hoặc đã được dùng. Đề nghị đồng chí kiểm tra lại mã (ví dụ: /start AB12CD34) hoặc đề nghị Bí thư cấp mã mới.
link-rate-limited = Mã liên kết đã bị nhập sai nhiều lần. Vì lý do an toàn, đề nghị đồng chí thử lại sau khoảng một giờ, hoặc liên hệ Bí thư đơn vị để được hỗ trợ.
link-contact-not-own = Đề nghị đồng chí chia sẻ số điện thoại của chính đồng chí (bấm nút “Chia sẻ số điện thoại”), không gửi danh bạ của người khác.
link-contact-no-match = Số điện thoại này chưa có trong danh sách đoàn viên. Đồng chí có thể dùng mã liên kết do Bí thư cấp, hoặc gửi yêu cầu đăng ký.
link-contact-ambiguous = Số điện thoại này trùng với nhiều hồ sơ nên chưa thể liên kết tự động. Đề nghị đồng chí dùng mã liên kết hoặc gửi yêu cầu đăng ký.
link-reg-ask-name = Đề nghị đồng chí nhập họ và tên đầy đủ (ví dụ: Nguyễn Văn An).
link-reg-bad-name = Họ tên chưa hợp lệ. Đề nghị đồng chí nhập họ và tên đầy đủ bằng chữ, không có chữ số.
link-reg-ask-dob = Cảm ơn đồng chí { $name }. Đề nghị đồng chí nhập ngày sinh theo dạng ngày/tháng/năm, ví dụ 25/03/1998.
link-reg-bad-dob = Ngày sinh chưa đúng. Đề nghị đồng chí nhập theo dạng ngày/tháng/năm, ví dụ 25/03/1998.
link-reg-ask-unit = Đồng chí sinh hoạt ở đơn vị nào? Chọn trong danh sách (hoặc gõ số thứ tự):
link-reg-no-units = Chưa có danh sách đơn vị để chọn. Đề nghị đồng chí liên hệ Bí thư đơn vị để nhận mã liên kết.
link-reg-not-in-progress = Lựa chọn này không còn hiệu lực. Gõ /start để bắt đầu lại.
link-reg-sent =
    Đã gửi yêu cầu đăng ký:
    Họ tên: { $name }
    Ngày sinh: { $dob }
    Đơn vị: { $unit }
    Bí thư đơn vị sẽ xem xét; hệ thống sẽ báo cho đồng chí khi có kết quả.
link-reg-request =
    Yêu cầu liên kết tài khoản mới:
    Họ tên: { $name }
    Ngày sinh: { $dob }
    Đơn vị: { $unit }
    Đề nghị đồng chí xác nhận người này là đoàn viên của đơn vị (gõ /requests để xem mọi yêu cầu đang chờ).
link-reg-approve = Duyệt
link-reg-reject = Từ chối
link-reg-approved-ack = Đã duyệt yêu cầu của { $name }. Tài khoản của đoàn viên đã được liên kết.
link-reg-rejected-ack = Đã từ chối yêu cầu của { $name }.
link-reg-already-decided = Yêu cầu này đã được xử lý trước đó.
link-reg-not-found = Không tìm thấy yêu cầu đăng ký này.
link-reg-not-yours = Yêu cầu này thuộc đơn vị không do đồng chí phụ trách.
link-reg-approved = Yêu cầu đăng ký của đồng chí đã được duyệt. Chào mừng đồng chí { $name }. Gõ /help để xem các lệnh đồng chí dùng được.
link-reg-rejected = Yêu cầu đăng ký của đồng chí chưa được duyệt. Nếu có nhầm lẫn, đề nghị đồng chí liên hệ trực tiếp Bí thư đơn vị.
link-reg-pending = Đồng chí đã gửi yêu cầu đăng ký cho { $name }, đang chờ Bí thư đơn vị xem xét. Hệ thống sẽ báo cho đồng chí khi có kết quả.
cmd-requests = Xem các yêu cầu liên kết tài khoản đang chờ duyệt
link-reg-none-pending = Không có yêu cầu đăng ký nào đang chờ duyệt.
link-reg-more-pending = Còn { $count } yêu cầu khác đang chờ; gõ /requests sau khi xử lý yêu cầu này.
