## Guided flows: the engine's own words (progress, hints, re-asks, review)

flow-progress = { $title } · Câu { $n }/{ $total }
flow-hint-text = (Gõ câu trả lời, tối đa { $max } ký tự.)
flow-hint-number = (Gõ một số từ { $min } đến { $max }, ví dụ: 3.)
flow-hint-date = (Gõ ngày/tháng/năm, ví dụ: 15/3/2026.)
flow-hint-multi = (Bấm để chọn hoặc bỏ chọn, rồi bấm “Xong”. Hoặc gõ các số, ví dụ: 1, 3.)
flow-hint-member = (Gõ vài chữ trong họ tên để tìm, ví dụ: hoa.)
flow-nav-hint = /back: câu trước · /cancel: hủy bản này
flow-today = Hôm nay ({ $date })
flow-yes = Có
flow-no = Không
flow-skip = Bỏ qua
flow-skipped = (bỏ qua)
flow-keep = Giữ nguyên: { $value }
flow-multi-done = Xong
flow-current-answer = Đang trả lời: { $value }
flow-default-answer = Số liệu có sẵn: { $value }. Bấm “Giữ nguyên” nếu đúng, hoặc gõ lại cho đúng.
flow-member-found = Tìm thấy { $count } người với “{ $query }”. Bấm chọn đúng người:
flow-member-many = Có { $count } người, đây là { $shown } người đầu. Gõ thêm chữ để tìm chính xác hơn.

flow-text-expected = Câu này cần gõ chữ, không chọn nút.
flow-text-too-short = Câu trả lời ngắn quá: cần ít nhất { $min } ký tự.
flow-text-too-long = Câu trả lời dài quá ({ $length } ký tự): tối đa { $max } ký tự. Đề nghị đồng chí rút gọn.
flow-number-invalid = “{ $text }” chưa phải là một số. Đề nghị đồng chí gõ số, ví dụ: 3.
flow-number-whole = Đề nghị đồng chí gõ số nguyên (không có phần thập phân).
flow-number-range = Số phải từ { $min } đến { $max }.
flow-date-invalid = Chưa đọc được ngày “{ $text }”. Gõ theo dạng ngày/tháng/năm, ví dụ: 15/3/2026.
flow-date-future = Ngày này ở tương lai (hôm nay là { $today }). Đề nghị đồng chí nhập ngày đã diễn ra.
flow-date-too-old = Ngày này quá xa (trước { $date }). Đề nghị đồng chí kiểm tra lại năm.
flow-choice-invalid = Đề nghị đồng chí chọn một trong các lựa chọn bên dưới (bấm nút hoặc gõ số thứ tự).
flow-yesno-invalid = Đề nghị đồng chí trả lời Có hoặc Không.
flow-multi-empty = Chưa chọn mục nào. Chọn ít nhất một mục rồi bấm “Xong”.
flow-multi-invalid = Đề nghị đồng chí gõ số thứ tự các mục, từ 1 đến { $count }, ví dụ: 1, 3.
flow-member-query-short = Gõ ít nhất 2 chữ cái của họ tên để tìm.
flow-member-none = Không tìm thấy ai tên “{ $query }” trong đơn vị đồng chí phụ trách. Đề nghị đồng chí thử gõ tên khác.
flow-member-not-in-scope = Người này không còn trong danh sách đồng chí phụ trách. Đề nghị đồng chí chọn lại.
flow-skip-required = Câu này bắt buộc, không bỏ qua được.
flow-back-first = Đây đã là câu đầu tiên.
flow-unsupported-content = Hệ thống chỉ đọc được chữ và các lựa chọn. Đề nghị đồng chí trả lời câu hỏi dưới đây.
flow-stale-answer = Câu trả lời này thuộc một câu hỏi cũ nên không được ghi. Câu hỏi hiện tại:
flow-continued-here = Đồng chí đang làm dở bản này ở một cuộc trò chuyện khác. Tiếp tục tại đây:
flow-review-use-buttons = Đề nghị đồng chí bấm “Gửi” để gửi, hoặc chọn một câu để sửa.

flow-review-title = Xem lại { $title } trước khi gửi:
flow-review-title-correction = Sửa { $title } đã gửi (chọn câu cần sửa, rồi gửi lại):
flow-review-hint = Bấm số của câu cần sửa, hoặc “Gửi” nếu đã đúng.
flow-confirm = Gửi
flow-discard = Hủy bản này

flow-submitted = Đã gửi { $title }. Cảm ơn đồng chí.
flow-corrected = Đã cập nhật { $title } (bản sửa lần { $version }). Bản cũ vẫn được lưu.
flow-already-submitted = Bản này đã được gửi rồi, không gửi lại lần nữa.
flow-report-already-filed = Báo cáo này đã được gửi trước đó (có thể do một người khác trong đơn vị). Bản của đồng chí không được gửi thêm; người đã gửi có thể sửa qua /menu → “Sửa báo cáo đã gửi”.
flow-cancelled = Đã hủy bản đang làm. { $linked ->
    [yes] Gõ /menu để bắt đầu việc khác.
   *[no] Gõ /help để xem các việc đồng chí làm được.
}
flow-correction-cancelled = Đã thôi sửa. Báo cáo đã gửi vẫn giữ nguyên.
flow-resumed = Tiếp tục bản đồng chí đang làm dở:
flow-none-active = Đồng chí không có bản nào đang làm dở. { $linked ->
    [yes] Gõ /menu để chọn việc.
   *[no] Gõ /help để xem các việc đồng chí làm được.
}
flow-draft-dropped = Bản nháp cũ không còn dùng được sau khi hệ thống cập nhật. { $linked ->
    [yes] Gõ /menu để bắt đầu lại.
   *[no] Gõ /help để xem các việc đồng chí làm được.
}
flow-unknown = Không tìm thấy mục này. { $linked ->
    [yes] Gõ /menu để xem các việc đồng chí làm được.
   *[no] Gõ /help để xem các việc đồng chí làm được.
}
flow-not-allowed = Việc này không thuộc vai trò của đồng chí.
flow-unit-not-yours = Đơn vị này không thuộc phạm vi đồng chí phụ trách.
flow-correct-not-yours = Chỉ người đã gửi báo cáo mới sửa được báo cáo đó.
flow-correct-not-possible = Loại báo cáo này không sửa qua chat được. Đề nghị đồng chí liên hệ Ban Thường vụ { $org }.
flow-idle-reminder = Đồng chí còn { $title } đang làm dở. Bấm “Tiếp tục” để làm tiếp; bản nháp sẽ tự hủy nếu bỏ quá { $days } ngày.
flow-continue = Tiếp tục
flow-review-page = (Trang { $page }/{ $pages } — bấm “Trang” để xem các câu còn lại.)
flow-review-next-page = Trang { $page }/{ $pages }
