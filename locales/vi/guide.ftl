## /guide: the path from member to Party member. Staff may edit this text freely (keep the keys).

cmd-guide = Các bước từ đoàn viên đến đảng viên
guide-intro = 🧭 Con đường từ đoàn viên đến đảng viên (Kế hoạch 102-KH/ĐTN). Mỗi bước dưới đây là một mốc được ghi lại trong hồ sơ của bạn; gõ /me để xem bạn đang ở đâu.
guide-step-classification =
    1️⃣ Xếp loại đoàn viên hằng năm
    Cần: được chi đoàn xếp loại "Hoàn thành xuất sắc nhiệm vụ" ở lần xếp loại gần nhất. Đây là điều kiện để được bình chọn ĐVUT.
guide-step-selection =
    2️⃣ Bình chọn đoàn viên ưu tú (ĐVUT)
    Cần: chi đoàn họp và biểu quyết, quá nửa số phiếu tán thành. Hồ sơ ghi ngày họp và số phiếu.
guide-step-introduction =
    3️⃣ Giới thiệu cho Đảng xem xét
    Cần: nghị quyết của Ban Chấp hành Đoàn cơ sở giới thiệu ĐVUT (số và ngày nghị quyết).
guide-step-handover =
    4️⃣ Bàn giao danh sách cho cấp ủy
    Danh sách ĐVUT được bàn giao cho chi bộ, đảng ủy vào các dịp lễ lớn (3/2, 26/3, 19/5, 2/9…).
guide-step-awareness-class =
    5️⃣ Học lớp bồi dưỡng nhận thức về Đảng
    Cần: tham dự đầy đủ và được cấp giấy chứng nhận (ghi ngày cấp).
guide-step-recognition =
    6️⃣ Được công nhận là đối tượng Đảng
    Chi bộ công nhận và phân công một đảng viên chính thức giúp đỡ bạn. Mỗi quý, Đoàn gửi bản nhận xét quá trình phấn đấu của bạn cho cấp ủy.
guide-step-admission =
    7️⃣ Kết nạp Đảng (đảng viên dự bị)
    Cần: hoàn thiện hồ sơ xin vào Đảng theo hướng dẫn của chi bộ; lễ kết nạp được ghi ngày.
guide-step-full-member =
    8️⃣ Đảng viên chính thức
    Sau 12 tháng dự bị, chi bộ xét công nhận đảng viên chính thức.
guide-outro = Lưu ý: nếu sau 2 năm kể từ khi được bình chọn mà chưa được công nhận đối tượng Đảng hay kết nạp, chi đoàn báo cáo Đoàn cơ sở để cùng cấp ủy tìm nguyên nhân. Hỏi Bí thư chi đoàn nếu bạn cần giúp đỡ.
