## Charts: the dashboard's picture (/dashboard, weekly summary to staff)

chart-choice = Xem biểu đồ
chart-title = { $unit } — quý { $quarter }
chart-funnel-title = ĐVUT theo giai đoạn
chart-stage-selected = Bình chọn, giới thiệu
chart-stage-awareness = Học lớp bồi dưỡng
chart-stage-recognized = Đối tượng kết nạp Đảng
chart-stage-admitted = Kết nạp
chart-completion-title = Báo cáo quý { $quarter } theo đơn vị
chart-filed = Đã nộp
chart-returned = Bị trả lại
chart-missing = Chưa nộp
chart-others = Các đơn vị khác ({ $count })
chart-no-reports = Chưa có đơn vị nào phải nộp báo cáo quý.
chart-caption = Biểu đồ của { $unit }, quý { $quarter }: ĐVUT theo giai đoạn và báo cáo quý theo đơn vị.
chart-weekly-caption = Tổng hợp tuần { $week } của { $unit }: { $filed }/{ $units } đơn vị đã nộp báo cáo quý { $quarter }; ĐVUT: { $selected } → { $awareness } → { $recognized } → { $admitted }.
chart-no-picture = (Hình ảnh biểu đồ không gửi được qua nền tảng này; số liệu của biểu đồ ở trên. Gõ /dashboard để xem chi tiết.)
