## Weekly political education

education-weekly =
    { $title }

    { $text }
education-link = Tìm hiểu thêm: { $link }
education-source = Nguồn: { $source }
education-anniversaries-title = Ngày kỷ niệm trong tuần:
education-anniversary = • { $date }: { $title } ({ $years } năm)
education-anniversary-round = • { $date }: { $title } (tròn { $years } năm)
education-quiz = Câu hỏi của tuần: { $question }
education-footer = Nhắn /stop_weekly nếu đồng chí không muốn nhận tin hằng tuần.

cmd-stop-weekly = Ngừng nhận tin giáo dục chính trị hằng tuần
cmd-start-weekly = Nhận tin giáo dục chính trị hằng tuần
education-stopped = Đã ngừng gửi tin giáo dục chính trị hằng tuần cho đồng chí. Nhắn /start_weekly khi muốn nhận lại.
education-started = Đồng chí sẽ nhận tin giáo dục chính trị vào đầu mỗi tuần. Nhắn /stop_weekly nếu muốn ngừng.
education-quiz-right = Chính xác. Cảm ơn đồng chí đã tham gia câu hỏi của tuần.
education-quiz-wrong = Chưa đúng. Đáp án đúng là: { $answer }. Mời đồng chí tham gia câu hỏi tuần sau.
education-quiz-already = Đồng chí đã trả lời câu hỏi này rồi (chỉ tính lần trả lời đầu tiên). Đáp án đúng là: { $answer }.
education-quiz-unknown = Câu hỏi này không còn nhận trả lời. Mời đồng chí tham gia câu hỏi tuần sau.
