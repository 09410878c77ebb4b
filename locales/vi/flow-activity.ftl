## Flow: activity report by a secretary

flow-activity-title = Báo cáo hoạt động
flow-activity-type = Loại hoạt động?
flow-activity-type-label = Loại hoạt động
flow-activity-type-political = Sinh hoạt chính trị
flow-activity-type-seminar = Tọa đàm
flow-activity-type-forum = Diễn đàn
flow-activity-type-dialogue = Đối thoại với cấp ủy
flow-activity-type-club = Sinh hoạt câu lạc bộ
flow-activity-type-volunteer = Tình nguyện
flow-activity-type-other = Khác
flow-activity-other = Tên loại hoạt động?
flow-activity-other-label = Tên hoạt động
flow-activity-date = Ngày tổ chức?
flow-activity-date-label = Ngày
flow-activity-topics = Nội dung chính (có thể chọn nhiều, hoặc bỏ qua)?
flow-activity-topics-label = Nội dung
flow-activity-topic-history = Lịch sử, truyền thống
flow-activity-topic-hcm = Học tập và làm theo Bác
flow-activity-topic-party = Về Đảng, về Đoàn
flow-activity-topic-law = Pháp luật
flow-activity-topic-other = Nội dung khác
flow-activity-participants = Số người tham gia?
flow-activity-participants-label = Số người tham gia
flow-activity-summary = Tóm tắt hoạt động (vài câu)?
flow-activity-summary-label = Tóm tắt
