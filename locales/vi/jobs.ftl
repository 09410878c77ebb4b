## Scheduled jobs: quarterly reminders and escalations

jobs-quarter-reminder =
    📋 Nhắc việc: báo cáo quý { $quarter }/{ $year }, hạn nộp { $due }.
    Còn thiếu:
    { $items }

    Chọn một mục bên dưới để điền ngay.
jobs-quarter-overdue =
    ⚠️ Báo cáo quý { $quarter }/{ $year } đã quá hạn ({ $due }). Còn thiếu:
    { $items }

    Cấp trên và Ban Thường vụ Đoàn Khối đã được thông báo. Chọn một mục bên dưới để hoàn thành ngay.
jobs-item-remark = • Bản nhận xét đoàn viên ưu tú { $name } ({ $unit })
jobs-item-unit-report = • Báo cáo quý của { $unit }
jobs-choice-remark = Viết bản nhận xét
jobs-choice-unit-report = Làm báo cáo quý
jobs-quarter-escalation =
    ⚠️ Quá hạn báo cáo quý { $quarter }/{ $year } (hạn { $due }). Các đơn vị còn thiếu:
    { $units }

    Đề nghị đồng chí đôn đốc Bí thư các đơn vị hoàn thành.
jobs-escalation-line = • { $unit }: { $missing }
jobs-escalation-unit-report = chưa có báo cáo quý
jobs-escalation-remarks = còn thiếu { $count } bản nhận xét ĐVUT

## Holiday handover of ĐVUT lists

jobs-handover-reminder =
    🎖 Còn { $days } ngày nữa là đến dịp { $holiday }, dịp Đoàn giới thiệu danh sách đoàn viên ưu tú để cấp ủy xem xét, kết nạp.
    { $unit }: { $introduced } ĐVUT đã có nghị quyết giới thiệu, { $selected } ĐVUT đã được bình chọn, chờ nghị quyết.
    Đề nghị đồng chí chuẩn bị danh sách ĐVUT gửi cấp ủy; có thể xuất danh sách ngay bên dưới.
jobs-choice-export-dvut = Xuất danh sách ĐVUT

## Two-year rule

jobs-two-year-case = • { $name } ({ $unit }): bình chọn ngày { $selected }, đã { $years } năm, hiện ở bước “{ $stage }”
jobs-two-year-own =
    ⏳ Quy định hai năm: các đoàn viên ưu tú sau đã được bình chọn từ hai năm trở lên mà chưa được công nhận là đối tượng Đảng hay kết nạp:
    { $cases }

    Theo Kế hoạch (mục III.3.5), chi đoàn báo cáo đoàn cơ sở và cùng cấp ủy làm rõ nguyên nhân. Đề nghị đồng chí ghi lại nguyên nhân của từng trường hợp.
jobs-two-year-below =
    ⏳ Quy định hai năm: ở các đơn vị trực thuộc, những đoàn viên ưu tú sau đã được bình chọn từ hai năm trở lên mà chưa được công nhận là đối tượng Đảng hay kết nạp:
    { $cases }

    Đề nghị đồng chí trao đổi với Bí thư đơn vị và cấp ủy để làm rõ nguyên nhân, ghi lại cho từng trường hợp.
