## /menu: what each person may do, with counts of what is due

cmd-menu = Việc cần làm (báo cáo, nhận xét, xếp loại)
menu-title = Việc cần làm — chọn một mục:
menu-continue = Làm tiếp: { $title } (câu { $n }/{ $total })
menu-remarks = { $count } bản nhận xét ĐVUT cần viết quý này
menu-remarks-done = Đã đủ nhận xét ĐVUT quý này.
menu-unit-report = Báo cáo quý { $quarter }/{ $year } — chưa gửi
menu-unit-report-done = Đã gửi báo cáo quý { $quarter }/{ $year }.
menu-classification = Xếp loại đoàn viên năm { $year } — { $count } người chưa xếp loại
menu-activity = Báo cáo một hoạt động
menu-nomination = Ghi nhận kết quả bình chọn ĐVUT
menu-self-review = { $count } tự báo cáo chờ đồng chí xác nhận
menu-self-report = Tự báo cáo hoạt động, thành tích
menu-my-reports = Sửa báo cáo đã gửi
menu-block = Toàn { $org } quý này còn thiếu: { $remarks } bản nhận xét ĐVUT, { $units } báo cáo quý của đơn vị.
menu-my-reports-none = Đồng chí chưa gửi báo cáo nào.
menu-my-reports-pick = Chọn báo cáo cần sửa:
menu-my-report = { $title } — { $date } (lần { $version })
menu-self-review-none = Không có tự báo cáo nào chờ xác nhận.
menu-self-review-item = Tự báo cáo của { $name }: { $description }
menu-self-approved = Đã xác nhận tự báo cáo của { $name }.
menu-self-declined = Đã không xác nhận tự báo cáo của { $name }.
