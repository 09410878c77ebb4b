# Owed periods: which quarter or year a report is filed for, and reports filed after their due date.

periods-menu-remarks-open = { $count } bản nhận xét ĐVUT quý { $quarter }/{ $year } — hạn { $due }
periods-menu-remarks-late = { $count } bản nhận xét ĐVUT quý { $quarter }/{ $year } — trễ hạn (hạn { $due })
periods-menu-unit-report-open = Báo cáo quý { $quarter }/{ $year } — chưa gửi, hạn { $due }
periods-menu-unit-report-late = Báo cáo quý { $quarter }/{ $year } — trễ hạn (hạn { $due })
periods-quarter-future = Quý { $quarter }/{ $year } chưa đến, chưa thể báo cáo cho quý này.
periods-unit-report-filed = Báo cáo quý { $quarter }/{ $year } của { $unit } đã được gửi ngày { $date }. Nếu cần sửa, đồng chí chọn /menu → “Sửa báo cáo đã gửi”.
periods-remarks-none-left = Tất cả ĐVUT đồng chí phụ trách đã có nhận xét quý { $quarter }/{ $year }.
periods-class-year-closed = Năm { $year } hiện không mở xếp loại. Năm đang mở: { $open }.
periods-late-mark = trễ hạn
periods-dashboard-previous-late = báo cáo quý { $quarter }/{ $year } nộp trễ hạn
periods-export-col-due = Hạn nộp
periods-export-col-on-time = Đúng hạn/Trễ hạn
periods-export-on-time = Đúng hạn
periods-export-late = Trễ hạn
periods-figure-exceeds-members = Con số { $value } không thể đúng: { $unit } chỉ có { $members } đoàn viên. Đồng chí kiểm tra và nhập lại.
