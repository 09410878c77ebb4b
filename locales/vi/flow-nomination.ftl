## Flow: ĐVUT nomination (bình chọn, nghị quyết giới thiệu)

flow-nom-title = Bình chọn ĐVUT
flow-nom-member = Đoàn viên nào được bình chọn?
flow-nom-member-label = Đoàn viên
flow-nom-meeting = Ngày chi đoàn họp bình chọn?
flow-nom-meeting-label = Ngày họp
flow-nom-total = Tổng số đoàn viên biểu quyết?
flow-nom-total-label = Tổng số phiếu
flow-nom-for = Số phiếu tán thành?
flow-nom-for-label = Tán thành
flow-nom-against = Số phiếu không tán thành?
flow-nom-against-label = Không tán thành
flow-nom-has-resolution = BCH Đoàn đã ra nghị quyết giới thiệu chưa?
flow-nom-has-resolution-label = Đã có nghị quyết
flow-nom-resolution-number = Số nghị quyết? Ví dụ: 12-NQ/ĐTN
flow-nom-resolution-number-label = Số nghị quyết
flow-nom-resolution-date = Ngày ra nghị quyết?
flow-nom-resolution-date-label = Ngày nghị quyết
