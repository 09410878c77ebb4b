## /dashboard at any scale: totals, the units needing attention, a way down the tree

dashboard-quarter = Quý { $quarter }
dashboard-scope = { $unit }: { $members } đoàn viên trong { $units } đơn vị
dashboard-returned = { $count } báo cáo quý bị trả lại
dashboard-attention = Đơn vị cần chú ý trước ({ $count }):
dashboard-attention-none = Không có đơn vị nào bị trả lại báo cáo, quá hạn nhận xét hay có ĐVUT quá 2 năm (mục II.3.5 Kế hoạch 102-KH/ĐTN).
dashboard-attention-more = … và { $count } đơn vị khác. Chọn đơn vị bên dưới để xem sâu hơn.
dashboard-reason-returned = báo cáo quý bị trả lại
dashboard-reason-not-filed = chưa nộp báo cáo quý
dashboard-way = Đơn vị trực thuộc { $from }–{ $to }/{ $count }: chọn một đơn vị để xem.
dashboard-way-leaf = Đơn vị này không có đơn vị trực thuộc.
dashboard-next-page = Trang sau
dashboard-previous-page = Trang trước
dashboard-own-view = Chi tiết { $unit }
dashboard-up = Lên { $unit }
dashboard-top = Về tổng hợp chung
