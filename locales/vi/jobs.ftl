## Scheduled jobs: quarterly reminders and escalations

jobs-quarter-reminder =
    Nhắc việc: báo cáo quý { $quarter }/{ $year }, hạn nộp { $due }.
    Còn thiếu:
    { $items }

    Chọn một mục bên dưới để điền ngay.
jobs-quarter-overdue =
    Báo cáo quý { $quarter }/{ $year } đã quá hạn ({ $due }). Còn thiếu:
    { $items }

    Cấp trên và Ban Thường vụ { $org } đã được thông báo. Chọn một mục bên dưới để hoàn thành ngay.
jobs-item-remark = • Bản nhận xét đoàn viên ưu tú { $name } ({ $unit })
jobs-item-unit-report = • Báo cáo quý của { $unit }
jobs-choice-remark = Viết bản nhận xét
jobs-choice-unit-report = Làm báo cáo quý
jobs-quarter-escalation =
    Quá hạn báo cáo quý { $quarter }/{ $year } (hạn { $due }). Các đơn vị còn thiếu:
    { $units }

    Đề nghị đồng chí đôn đốc Bí thư các đơn vị hoàn thành.
jobs-escalation-line = • { $unit }: { $missing }
jobs-escalation-unit-report = chưa có báo cáo quý
jobs-escalation-remarks = còn thiếu { $count } bản nhận xét ĐVUT

## Holiday handover of ĐVUT lists

jobs-handover-reminder =
    Còn { $days } ngày nữa là đến dịp { $holiday }. Đây là dịp tổ chức Đoàn trao danh sách đoàn viên ưu tú cho cấp ủy xem xét, kết nạp.
    { $unit }: { $introduced } ĐVUT đã có nghị quyết giới thiệu, { $selected } ĐVUT đã được bình chọn, chờ nghị quyết.
    Đề nghị đồng chí chuẩn bị danh sách ĐVUT để trao cho cấp ủy; có thể xuất danh sách ngay bên dưới.
jobs-choice-export-dvut = Xuất danh sách ĐVUT
jobs-handover-holiday = kỷ niệm { $years } năm { $name } ({ $since } – { $date })
jobs-handover-holiday-round = kỷ niệm tròn { $years } năm { $name } ({ $since } – { $date })
jobs-handover-holiday-named = { $name } ({ $date })
jobs-handover-holiday-date = { $date }

## Two-year rule

jobs-two-year-case = • { $name } ({ $unit }): bình chọn ngày { $selected }, đã { $years } năm, hiện ở bước “{ $stage }”
jobs-two-year-own =
    ĐVUT được bình chọn từ hai năm trở lên mà chưa được kết nạp hay công nhận đối tượng kết nạp Đảng:
    { $cases }

    Theo mục II.3.5 Kế hoạch 102-KH/ĐTN, chi đoàn báo cáo đoàn cơ sở để cùng cấp ủy làm rõ nguyên nhân. Đề nghị đồng chí ghi lại nguyên nhân và biện pháp đối với từng trường hợp.
jobs-two-year-below =
    Ở các đơn vị trực thuộc, những ĐVUT sau được bình chọn từ hai năm trở lên mà chưa được kết nạp hay công nhận đối tượng kết nạp Đảng:
    { $cases }

    Theo mục II.3.5 Kế hoạch 102-KH/ĐTN, đề nghị đồng chí trao đổi với Bí thư đơn vị và cấp ủy để làm rõ nguyên nhân, ghi lại nguyên nhân và biện pháp đối với từng trường hợp.
