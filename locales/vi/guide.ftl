## /guide: the path from member to Party member. Staff may edit this text freely (keep the keys).

cmd-guide = Các bước từ đoàn viên đến đảng viên
guide-intro = Các bước phấn đấu từ đoàn viên đến đảng viên (Kế hoạch 102-KH/ĐTN). Mỗi bước dưới đây là một mốc được ghi lại trong hồ sơ của đồng chí; gõ /me để xem đồng chí đang ở bước nào.
guide-step-classification =
    1. Xếp loại đoàn viên hằng năm
    Cần: được xếp loại “Hoàn thành xuất sắc nhiệm vụ” ở lần xếp loại gần nhất. Đây là điều kiện để được bình chọn ĐVUT.
guide-step-selection =
    2. Bình chọn đoàn viên ưu tú (ĐVUT)
    Cần: chi đoàn họp, có mời đại diện cấp ủy dự, biểu quyết với quá nửa số phiếu tán thành. Hồ sơ ghi ngày họp và số phiếu.
guide-step-introduction =
    3. Giới thiệu cho Đảng xem xét
    Cần: nghị quyết của Ban Chấp hành Đoàn cơ sở giới thiệu ĐVUT (số và ngày nghị quyết).
guide-step-handover =
    4. Trao danh sách ĐVUT cho cấp ủy
    Danh sách ĐVUT được trao cho chi bộ, đảng ủy vào các dịp lễ lớn (3/2, 26/3, 19/5, 2/9…).
guide-step-awareness-class =
    5. Học lớp bồi dưỡng nhận thức về Đảng
    Cần: tham dự đầy đủ và được cấp giấy chứng nhận (ghi ngày cấp). Bước này có thể diễn ra trước hoặc sau khi được công nhận đối tượng kết nạp Đảng.
guide-step-recognition =
    6. Được công nhận là đối tượng kết nạp Đảng
    Chi bộ công nhận và phân công đảng viên chính thức giúp đỡ. Mỗi quý, tổ chức Đoàn gửi bản nhận xét quá trình phấn đấu của đồng chí cho cấp ủy.
guide-step-admission =
    7. Kết nạp Đảng (đảng viên dự bị)
    Cần: hoàn thiện hồ sơ xin vào Đảng theo hướng dẫn của chi bộ; ngày lễ kết nạp được ghi lại.
guide-step-full-member =
    8. Đảng viên chính thức
    Sau 12 tháng dự bị, chi bộ xét công nhận đảng viên chính thức.
guide-outro = Lưu ý (mục II.3.5 Kế hoạch 102-KH/ĐTN): ĐVUT được bình chọn từ hai năm trở lên mà chưa được kết nạp hay công nhận đối tượng kết nạp Đảng thì chi đoàn báo cáo đoàn cơ sở để cùng cấp ủy làm rõ nguyên nhân. Khi cần hỗ trợ, đề nghị đồng chí liên hệ Bí thư chi đoàn.
