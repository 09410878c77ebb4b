## Flow: unit quarterly report

flow-unit-title = Báo cáo quý của đơn vị
flow-unit-intro =
    Báo cáo quý { $quarter }/{ $year } của { $unit }.
    Chỉ tiêu năm { $year }: giới thiệu { $targetDvut } ĐVUT, kết nạp { $targetMembers } đảng viên mới. Đến nay: đã giới thiệu { $introduced }, đã kết nạp { $admitted }.
flow-unit-intro-no-target =
    Báo cáo quý { $quarter }/{ $year } của { $unit }.
    Đơn vị chưa có chỉ tiêu năm { $year }. Đến nay: đã giới thiệu { $introduced } ĐVUT, đã kết nạp { $admitted }.
flow-unit-selected = Số ĐVUT được bình chọn trong quý?
flow-unit-selected-label = Bình chọn ĐVUT
flow-unit-introduced = Số ĐVUT được giới thiệu cho Đảng (có nghị quyết) trong quý?
flow-unit-introduced-label = Giới thiệu cho Đảng
flow-unit-awareness = Số ĐVUT học lớp bồi dưỡng nhận thức về Đảng trong quý?
flow-unit-awareness-label = Học lớp bồi dưỡng nhận thức về Đảng
flow-unit-recognized = Số ĐVUT được công nhận là đối tượng kết nạp Đảng trong quý?
flow-unit-recognized-label = Công nhận đối tượng Đảng
flow-unit-admitted = Số ĐVUT được kết nạp Đảng trong quý?
flow-unit-admitted-label = Kết nạp Đảng
flow-unit-education = Số buổi sinh hoạt chính trị, học tập đã tổ chức trong quý?
flow-unit-education-label = Buổi sinh hoạt chính trị
flow-unit-quiz-received = Số đoàn viên của đơn vị (kể cả các chi đoàn trực thuộc) đã nhận bài học tập chính trị hằng tuần kèm câu hỏi tìm hiểu trong quý?
flow-unit-quiz-received-label = Nhận câu hỏi tìm hiểu hằng tuần
flow-unit-quiz-answered = Trong { $whole } đoàn viên đã nhận, bao nhiêu người đã trả lời câu hỏi tìm hiểu ít nhất một lần?
flow-unit-quiz-answered-label = Trả lời câu hỏi tìm hiểu
flow-unit-ack-recipients = Số lượt đoàn viên nhận thông báo cần xác nhận đã đọc trong quý (mỗi người, mỗi thông báo tính một lượt)?
flow-unit-ack-recipients-label = Lượt nhận thông báo cần xác nhận
flow-unit-ack-confirmed = Trong { $whole } lượt nhận, bao nhiêu lượt đã xác nhận đã đọc?
flow-unit-ack-confirmed-label = Lượt đã xác nhận đã đọc
flow-unit-part-too-large = Số này không được lớn hơn { $whole } (số ở câu trước). Đề nghị đồng chí gõ lại, hoặc quay lại sửa câu trước bằng /back.
flow-unit-difficulties = Khó khăn, vướng mắc (có thể bỏ qua)?
flow-unit-difficulties-label = Khó khăn
flow-unit-proposals = Đề xuất, kiến nghị (có thể bỏ qua)?
flow-unit-proposals-label = Đề xuất
