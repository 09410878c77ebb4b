## Flow: quarterly remark on an ĐVUT (bản nhận xét)

flow-remark-title = Nhận xét ĐVUT
flow-remark-intro = Nhận xét quý { $quarter }/{ $year } cho đồng chí { $name } (còn { $left } ĐVUT chưa có nhận xét).
flow-remark-none-left = Tất cả ĐVUT đồng chí phụ trách đã có nhận xét quý này.
flow-remark-attitude = Phẩm chất chính trị, tư tưởng của đồng chí { $name }? Ví dụ: Lập trường vững vàng, chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.
flow-remark-attitude-label = Phẩm chất chính trị, tư tưởng
flow-remark-results = Năng lực, kết quả công tác hoặc học tập của đồng chí { $name } trong quý?
flow-remark-results-label = Năng lực, kết quả công tác, học tập
flow-remark-union = Quan hệ quần chúng, uy tín và việc tham gia hoạt động Đoàn của đồng chí { $name }?
flow-remark-union-label = Quan hệ quần chúng, uy tín, hoạt động Đoàn
flow-remark-ethics = Đạo đức, lối sống của đồng chí { $name }?
flow-remark-ethics-label = Đạo đức, lối sống
flow-remark-strengths = Ưu điểm nổi bật (có thể bỏ qua)?
flow-remark-strengths-label = Ưu điểm
flow-remark-weaknesses = Khuyết điểm, hạn chế cần khắc phục (có thể bỏ qua)?
flow-remark-weaknesses-label = Khuyết điểm
flow-remark-proposal = Đề xuất của chi đoàn đối với đồng chí { $name }?
flow-remark-proposal-label = Đề xuất
flow-remark-proposal-keep = Tiếp tục bồi dưỡng
flow-remark-proposal-recognition = Đề nghị công nhận đối tượng kết nạp Đảng
flow-remark-proposal-admission = Đề nghị kết nạp Đảng
flow-remark-proposal-concerns = Chưa đề nghị (nêu lý do)
flow-remark-concerns = Lý do chưa đề nghị?
flow-remark-concerns-label = Lý do chưa đề nghị
