## Weekly political education

education-weekly =
    📚 { $title }

    { $text }
education-link = 🔗 Tìm hiểu thêm: { $link }
education-anniversaries-title = 🗓 Ngày kỷ niệm trong tuần:
education-anniversary = • { $date }: { $title } (tròn { $years } năm)
education-quiz = ❓ Câu hỏi của tuần: { $question }
education-footer = Nhắn /stop_weekly nếu bạn không muốn nhận tin hằng tuần.

cmd-stop-weekly = Ngừng nhận tin giáo dục chính trị hằng tuần
cmd-start-weekly = Nhận tin giáo dục chính trị hằng tuần
education-stopped = Đã ngừng gửi tin giáo dục chính trị hằng tuần cho bạn. Nhắn /start_weekly khi muốn nhận lại.
education-started = Bạn sẽ nhận tin giáo dục chính trị vào đầu mỗi tuần. Nhắn /stop_weekly nếu muốn ngừng.
education-quiz-right = ✅ Chính xác! Cảm ơn bạn đã tham gia câu hỏi của tuần.
education-quiz-wrong = ❌ Chưa đúng. Đáp án đúng là: { $answer }. Hẹn bạn ở câu hỏi tuần sau!
education-quiz-already = Bạn đã trả lời câu hỏi này rồi (chỉ tính lần trả lời đầu tiên). Đáp án đúng là: { $answer }.
education-quiz-unknown = Câu hỏi này không còn nhận trả lời. Hẹn bạn ở câu hỏi tuần sau!
