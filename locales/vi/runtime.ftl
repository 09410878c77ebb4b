## The dialogue runtime's newer inputs (date and time, link, unit), a flow's own review screen, and the two
## conversations it took over: the broadcast composer and the registration without a code

flow-hint-datetime = (Gõ ngày/tháng/năm giờ:phút, ví dụ: 30/11/2026 08:00.)
flow-hint-link = (Gửi một đường link bắt đầu bằng https://)
flow-datetime-invalid = Hệ thống chưa đọc được ngày giờ “{ $text }”. Đề nghị đồng chí gõ theo mẫu ngày/tháng/năm giờ:phút, ví dụ: 30/11/2026 08:00
flow-datetime-past = Thời điểm này đã qua. Đề nghị đồng chí gõ một thời điểm sắp tới.
flow-link-invalid = Đường link chưa đúng: cần bắt đầu bằng https:// hoặc http://. Đề nghị đồng chí gửi lại.
flow-unit-not-found = Không tìm thấy đơn vị “{ $text }”. Đề nghị đồng chí gõ lại mã hoặc tên đơn vị, hoặc chọn trong danh sách.
flow-unit-outside = Đơn vị “{ $unit }” không thuộc phạm vi chọn được ở bước này. Đề nghị đồng chí chọn đơn vị khác.
flow-unit-this = { $unit } (chọn đơn vị này)
flow-edit = Sửa mục “{ $label }”
flow-review-fix = Đề nghị đồng chí chọn mục cần sửa bên dưới.

broadcast-title = Thông báo mới
broadcast-label-text = Nội dung
broadcast-label-photo = Ảnh kèm theo
broadcast-label-audience = Người nhận
broadcast-label-unit = Đơn vị nhận
broadcast-label-time = Thời điểm gửi
broadcast-label-confirmation = Yêu cầu xác nhận đã đọc

link-reg-title = Đăng ký tài khoản
link-reg-label-name = Họ và tên
link-reg-label-dob = Ngày sinh
link-reg-label-unit = Đơn vị
