## Asking the bot: /me, /unit, /dashboard, /find

cmd-me = Hồ sơ và bước tiếp theo của đồng chí
cmd-unit = Tình hình đơn vị đồng chí phụ trách
cmd-dashboard = Bảng tổng hợp toàn { $org }
cmd-find = Tìm đoàn viên theo tên

scope-unit-refused = Đồng chí không phụ trách { $unit }, nên không xem được số liệu của đơn vị này.
scope-person-refused = Đoàn viên này không thuộc đơn vị đồng chí phụ trách, nên không xem được hồ sơ.

record-header = { $name } — { $unit }
record-classification = Xếp loại năm { $year }: { $category }
record-not-candidate = Đồng chí chưa là đoàn viên ưu tú (ĐVUT). Để được bình chọn, cần được xếp loại “Hoàn thành xuất sắc nhiệm vụ”. Gõ /guide để xem các bước.
record-not-candidate-eligible = Đồng chí đạt “Hoàn thành xuất sắc nhiệm vụ” và có thể được chi đoàn xem xét bình chọn ĐVUT. Gõ /guide để xem các bước.
record-not-candidate-other = Chưa là ĐVUT; lần xếp loại gần nhất chưa đạt “Hoàn thành xuất sắc nhiệm vụ”.
record-not-candidate-eligible-other = Chưa là ĐVUT; đủ điều kiện để chi đoàn xem xét bình chọn.
record-stage = Giai đoạn hiện tại: { $stage } (từ { $since })
record-next = Bước tiếp theo: { $step }
record-see-guide = Xem các bước phấn đấu

next-step-classified-excellent = Chi đoàn họp bình chọn ĐVUT.
next-step-selected = Tổ chức Đoàn trao danh sách ĐVUT cho cấp ủy (thường vào dịp lễ lớn) để bồi dưỡng, cử đi học lớp bồi dưỡng nhận thức về Đảng.
next-step-introduced = Danh sách được trao cho cấp ủy vào dịp lễ lớn, hoặc học lớp bồi dưỡng nhận thức về Đảng.
next-step-handed-over = Học lớp bồi dưỡng nhận thức về Đảng và nhận giấy chứng nhận.
next-step-awareness-class = Chi bộ xem xét công nhận đối tượng kết nạp Đảng và phân công đảng viên chính thức giúp đỡ.
next-step-recognized = Tiếp tục phấn đấu dưới sự giúp đỡ của đảng viên; hoàn thiện hồ sơ để được xem xét kết nạp.
next-step-admitted = Hoàn thành thời gian dự bị (12 tháng) để được công nhận đảng viên chính thức.
next-step-full-member = Đã là đảng viên chính thức.
next-step-closed = Hồ sơ ĐVUT đã kết thúc.

unit-code-unknown = Không có đơn vị nào mang mã { $code }.
unit-staff-hint = Đồng chí là cán bộ { $org }: gõ /dashboard để xem toàn { $org }, hoặc /unit MÃ_ĐƠN_VỊ để xem một đơn vị.
unit-header = { $unit } — { $members } đoàn viên
unit-no-dvut = Chưa có ĐVUT đang trong quá trình phấn đấu.
unit-and-more = { " " }và { $count } người khác
unit-remarks-done = Đã đủ bản nhận xét ĐVUT quý { $quarter }.
unit-remarks-missing = Còn thiếu nhận xét quý { $quarter } ({ $count }): { $names }
unit-two-year = Được bình chọn từ hai năm trở lên mà chưa được kết nạp hay công nhận đối tượng kết nạp Đảng ({ $count }) — báo cáo và trao đổi với cấp ủy theo mục II.3.5 Kế hoạch 102-KH/ĐTN:
unit-targets = Chỉ tiêu { $year }: giới thiệu { $introduced }/{ $dvutTarget } ĐVUT · kết nạp { $admitted }/{ $partyTarget } đảng viên
unit-no-targets = Chưa đặt chỉ tiêu năm { $year }. Đã giới thiệu { $introduced } ĐVUT, kết nạp { $admitted } đảng viên.

dashboard-header = Quý { $quarter }: { $filed }/{ $units } đơn vị đã nộp báo cáo quý
dashboard-legend = Số ĐVUT: bình chọn/giới thiệu → học lớp → đối tượng → kết nạp
dashboard-empty = Chưa có đơn vị nào. Nhập danh sách bằng: npm run admin -- import
dashboard-funnel = ĐVUT: { $selected } → { $awareness } → { $recognized } → { $admitted }
dashboard-targets = Giới thiệu { $introduced }/{ $dvutTarget } · kết nạp { $admitted }/{ $partyTarget }
dashboard-remarks-missing = thiếu { $count } nhận xét quý này
dashboard-remarks-overdue = quá hạn { $count } nhận xét quý trước
dashboard-two-year = { $count } ĐVUT quá 2 năm

find-usage = Gõ /find và một phần họ tên (có dấu hay không dấu đều được), ví dụ: /find nguyen van an
find-none = Không tìm thấy đoàn viên nào khớp “{ $query }” trong phạm vi đồng chí phụ trách.
find-results = Tìm thấy { $count } đoàn viên. Chọn một người để xem hồ sơ:
find-some = Tìm thấy { $count } đoàn viên, hiện { $shown } người đầu. Gõ thêm họ tên để thu hẹp, hoặc chọn:

## Targets (chỉ tiêu)

cmd-target = Đặt chỉ tiêu năm của một đơn vị
target-chat-usage = Cách dùng: /target MÃ_ĐƠN_VỊ NĂM SỐ_ĐVUT_GIỚI_THIỆU SỐ_ĐẢNG_VIÊN_MỚI, ví dụ: /target STP 2026 5 2
target-unit-not-found = Không tìm thấy đơn vị này (hoặc đơn vị đã ngừng hoạt động).
target-out-of-scope = Đơn vị { $unit } không thuộc phạm vi đồng chí phụ trách.
target-invalid = Chỉ tiêu chưa hợp lệ: năm từ 2000 đến 2100, các chỉ tiêu là số nguyên không âm.
target-party-above-dvut = Số đảng viên mới từ ĐVUT không thể lớn hơn số ĐVUT giới thiệu.
target-admin-usage = Cách dùng: npm run admin -- target set MÃ_ĐƠN_VỊ NĂM SỐ_ĐVUT_GIỚI_THIỆU SỐ_ĐẢNG_VIÊN_MỚI
target-saved = Đã lưu chỉ tiêu năm { $year } của { $unit }: giới thiệu { $dvut } ĐVUT, kết nạp { $party } đảng viên.
