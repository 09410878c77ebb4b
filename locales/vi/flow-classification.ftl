## Flow: annual classification of a branch's members

flow-class-title = Xếp loại đoàn viên
flow-class-intro = Xếp loại năm { $year } cho { $count } đoàn viên của { $unit }. Chọn từng người, hoặc chọn “Tất cả người còn lại…”.
flow-class-no-members = { $unit } chưa có đoàn viên nào trong danh sách.
flow-class-member = Người { $n }/{ $count }: { $name } — xếp loại gì?
flow-class-member-label = { $name }
flow-class-rest-option = Tất cả người còn lại…
flow-class-rest = Xếp tất cả những người còn lại là:
flow-class-rest-label = Những người còn lại
flow-class-reason = Lý do xếp loại { $name } (bắt buộc với hai mức thấp nhất)?
flow-class-reason-label = Lý do ({ $name })
