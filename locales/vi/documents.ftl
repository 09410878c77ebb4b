## Official documents (.docx)

document-union-name = ĐOÀN TNCS HỒ CHÍ MINH
document-number = Số: { $number }
document-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
document-recipients = Nơi nhận:
document-issuer = BCH { $unit }
document-on-behalf = TM. Ban Chấp hành
document-signer-role = Bí thư
document-signer-role-deputy = Phó Bí thư
document-number-report = …-BC/ĐTN
document-number-list = …-DS/ĐTN
document-to-parent = { $unit } (b/c)
document-to-party-committee = Cấp ủy cùng cấp (để xem xét)
document-archive = Lưu VP.
document-col-no = STT
document-col-item = Nội dung
document-col-result = Kết quả

document-unit-report-title = Báo cáo
document-unit-report-subtitle = Kết quả công tác bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng quý { $quarter } năm { $year }
document-unit-report-intro = Ban Chấp hành { $unit } báo cáo kết quả thực hiện trong quý như sau:

document-dvut-title = Danh sách đoàn viên ưu tú
document-dvut-subtitle = Trao cho cấp ủy để xem xét, bồi dưỡng, kết nạp vào Đảng (năm { $year })
document-dvut-intro = Ban Chấp hành { $unit } trân trọng trao cấp ủy danh sách { $count } đoàn viên ưu tú để xem xét, bồi dưỡng, kết nạp vào Đảng như sau:

document-classification-title = Báo cáo
document-classification-subtitle = Kết quả đánh giá, xếp loại đoàn viên năm { $year }
document-classification-intro = Ban Chấp hành { $unit } báo cáo kết quả đánh giá, xếp loại { $total } đoàn viên như sau:
document-classification-count = - { $category }: { $count } đoàn viên ({ $percent }%)

## Documents in chat and by link

document-link-sent =
    { $title }: bấm vào liên kết dưới đây để tải văn bản về (chỉ dành cho đồng chí, có hiệu lực { $minutes } phút):
    { $url }
document-no-files-here = { $title }: Zalo chưa cho phép gửi tệp qua bot. Đề nghị đồng chí gõ lại lệnh này trên Telegram để nhận tệp, hoặc liên hệ cán bộ { $org } để được gửi.
document-kinds-only = Văn bản (.docx) có cho danh sách ĐVUT, nhận xét ĐVUT (bản nhận xét gửi cấp ủy), báo cáo quý của đơn vị, xếp loại đoàn viên, nghị quyết giới thiệu ĐVUT vào Đảng, danh sách trao cho cấp ủy và kế hoạch năm; nghị quyết, danh sách trao cho cấp ủy và kế hoạch chỉ có dạng văn bản.
document-not-allowed = Đồng chí không có quyền xem tài liệu này.
document-link-method = Chỉ mở được liên kết này để tải về.
document-link-invalid = Liên kết không hợp lệ. Đề nghị đồng chí yêu cầu lại tài liệu trong cuộc trò chuyện với bot.
document-link-expired = Liên kết đã hết hạn. Đề nghị đồng chí yêu cầu lại tài liệu trong cuộc trò chuyện với bot.
document-link-refused = Liên kết này không còn dùng được: người nhận không còn quyền xem tài liệu này.
document-link-empty = Hiện chưa có dữ liệu nào cho tài liệu này.
unit-report-document-offer = Báo cáo quý { $quarter } đã nộp, có thể tải về dưới dạng văn bản:
unit-report-document = { $unit } (.docx)
