## Flow: quarterly remark on an ĐVUT (bản nhận xét)

flow-remark-title = Nhận xét ĐVUT
flow-remark-intro = Nhận xét quý { $quarter }/{ $year } cho đồng chí { $name } (còn { $left } ĐVUT chưa có nhận xét).
flow-remark-none-left = ✅ Tất cả ĐVUT bạn phụ trách đã có nhận xét quý này.
flow-remark-attitude = Thái độ chính trị, tư tưởng của { $name }? Ví dụ: Lập trường vững vàng, chấp hành tốt chủ trương của Đảng.
flow-remark-attitude-label = Chính trị, tư tưởng
flow-remark-results = Kết quả công tác hoặc học tập của { $name } trong quý?
flow-remark-results-label = Công tác, học tập
flow-remark-union = { $name } tham gia hoạt động Đoàn thế nào?
flow-remark-union-label = Hoạt động Đoàn
flow-remark-ethics = Đạo đức, lối sống của { $name }?
flow-remark-ethics-label = Đạo đức, lối sống
flow-remark-strengths = Ưu điểm nổi bật (có thể bỏ qua)?
flow-remark-strengths-label = Ưu điểm
flow-remark-weaknesses = Hạn chế cần khắc phục (có thể bỏ qua)?
flow-remark-weaknesses-label = Hạn chế
flow-remark-proposal = Đề xuất của chi đoàn đối với { $name }?
flow-remark-proposal-label = Đề xuất
flow-remark-proposal-keep = Tiếp tục bồi dưỡng
flow-remark-proposal-recognition = Đề nghị công nhận đối tượng Đảng
flow-remark-proposal-admission = Đề nghị kết nạp Đảng
flow-remark-proposal-concerns = Có băn khoăn
flow-remark-concerns = Băn khoăn cụ thể là gì?
flow-remark-concerns-label = Băn khoăn
