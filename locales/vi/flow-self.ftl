## Flow: a member's self-report, confirmed by their secretary

flow-self-title = Tự báo cáo
flow-self-type = Đồng chí báo cáo việc gì?
flow-self-type-label = Loại
flow-self-type-study = Học tập
flow-self-type-initiative = Sáng kiến trong công việc
flow-self-type-award = Khen thưởng
flow-self-type-volunteer = Tình nguyện
flow-self-type-other = Khác
flow-self-date = Ngày diễn ra?
flow-self-date-label = Ngày
flow-self-description = Mô tả ngắn (ví dụ: Giấy khen của Giám đốc Sở về sáng kiến số hóa hồ sơ)?
flow-self-description-label = Mô tả
flow-self-evidence = Đồng chí có giấy tờ chứng minh (giấy khen, giấy chứng nhận) không?
flow-self-evidence-label = Có giấy tờ
flow-self-review-request = { $name } gửi tự báo cáo: { $type }, ngày { $date }. “{ $description }”. Đề nghị đồng chí xác nhận.
flow-self-approve = Xác nhận
flow-self-decline = Không xác nhận
flow-self-approved-member = { $title } đã xác nhận tự báo cáo của đồng chí.
flow-self-declined-member = { $title } chưa xác nhận tự báo cáo của đồng chí. Đồng chí có thể trao đổi thêm với { $title }.
flow-self-not-found = Không tìm thấy tự báo cáo này.
flow-self-already-decided = Tự báo cáo này đã được xử lý rồi.
