## The ĐVUT journey (admission.md): steps, flows, /dvut, /me, the command line

cmd-dvut = Hành trình của ĐVUT: giai đoạn, bước tiếp theo, việc quá hạn

stage-not-full-member = Không được công nhận đảng viên chính thức
stage-transferred-out = Chuyển sinh hoạt ra ngoài
stage-matured = Trưởng thành Đoàn

journey-step-selection = Bình chọn ĐVUT
journey-step-transfer-in = Tiếp nhận ĐVUT từ nơi khác chuyển đến
journey-step-handover = Trao danh sách ĐVUT cho cấp ủy
journey-step-certificate = Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng
journey-step-recognition = Công nhận đối tượng kết nạp Đảng
journey-step-file-item = Hồ sơ kết nạp Đảng
journey-step-resolution = Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng
journey-step-admission = Quyết định kết nạp và lễ kết nạp
journey-step-full-membership = Công nhận đảng viên chính thức
journey-step-removed = Đưa ra khỏi danh sách ĐVUT
journey-step-not-admitted = Không được kết nạp
journey-step-not-full-member = Không được công nhận đảng viên chính thức
journey-step-transfer-out = Chuyển sinh hoạt ra ngoài
journey-step-matured = Trưởng thành Đoàn

journey-file-application = Đơn xin vào Đảng
journey-file-background = Lý lịch của người xin vào Đảng
journey-file-background-check = Kết quả thẩm tra lý lịch
journey-file-residence-remark = Nhận xét của nơi cư trú
journey-file-union-resolution = Nghị quyết giới thiệu của tổ chức Đoàn

journey-flow-selection = Ghi nhận kết quả bình chọn ĐVUT
journey-flow-transfer-in = Tiếp nhận ĐVUT chuyển đến
journey-flow-handover = Ghi nhận trao danh sách ĐVUT cho cấp ủy
journey-flow-certificate = Ghi nhận giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng
journey-flow-recognition = Ghi nhận công nhận đối tượng kết nạp Đảng
journey-flow-file-item = Ghi nhận hồ sơ kết nạp Đảng
journey-flow-resolution = Ghi nhận nghị quyết giới thiệu ĐVUT vào Đảng
journey-flow-admission = Ghi nhận quyết định kết nạp và lễ kết nạp
journey-flow-full-membership = Ghi nhận công nhận đảng viên chính thức
journey-flow-removed = Đưa ra khỏi danh sách ĐVUT
journey-flow-not-admitted = Ghi nhận không được kết nạp
journey-flow-not-full-member = Ghi nhận không được công nhận đảng viên chính thức
journey-flow-transfer-out = Ghi nhận chuyển sinh hoạt ra ngoài
journey-flow-matured = Ghi nhận trưởng thành Đoàn
journey-flow-correct = Điều chỉnh một bước của ĐVUT
journey-flow-intro = ĐVUT: { $name }

journey-ask-date = Ngày diễn ra?
journey-ask-date-meeting = Ngày chi đoàn họp bình chọn?
journey-ask-date-certificate = Ngày cấp giấy chứng nhận? (có thể trước ngày bình chọn)
journey-ask-date-ceremony = Ngày tổ chức lễ kết nạp? (thời gian dự bị tính từ ngày này)
journey-ask-date-label = Ngày
journey-ask-members-chi-doan = Tổng số đoàn viên của chi đoàn?
journey-ask-members-body = Tổng số ủy viên BCH (hoặc tổng số đoàn viên của chi đoàn cơ sở)?
journey-ask-members-label = Tổng số
journey-ask-present = Số có mặt?
journey-ask-present-label = Có mặt
journey-ask-in-favour = Số tán thành?
journey-ask-in-favour-label = Tán thành
journey-ask-party-rep-came = Có đại diện cấp ủy dự họp không?
journey-ask-party-rep-came-label = Đại diện cấp ủy dự
journey-ask-party-rep = Họ tên, chức vụ của đồng chí đại diện cấp ủy?
journey-ask-party-rep-label = Đại diện cấp ủy
journey-ask-party-rep-opinion = Ý kiến của đại diện cấp ủy (nếu có)?
journey-ask-party-rep-opinion-label = Ý kiến cấp ủy
journey-ask-source-committee = Cấp ủy nào (chi bộ, đảng ủy)?
journey-ask-source-body = Cơ quan ra nghị quyết (BCH Đoàn cơ sở hoặc chi đoàn cơ sở)?
journey-ask-source-certificate = Nơi cấp giấy chứng nhận (nếu có)?
journey-ask-source-from = Chuyển đến từ đơn vị nào?
journey-ask-source-to = Chuyển sinh hoạt đến đâu?
journey-ask-source-label = Nguồn
journey-ask-number = Số văn bản?
journey-ask-number-label = Số văn bản
journey-ask-decision-date = Ngày ký quyết định kết nạp?
journey-ask-decision-date-label = Ngày quyết định
journey-ask-holiday = Dịp nào (ngày lễ lớn), nếu có?
journey-ask-holiday-label = Dịp
journey-ask-mentor = Họ tên đảng viên chính thức được phân công giúp đỡ?
journey-ask-mentor-label = Đảng viên giúp đỡ
journey-ask-mentor-position = Chức vụ của đảng viên giúp đỡ (nếu có)?
journey-ask-mentor-position-label = Chức vụ
journey-ask-file-item = Giấy tờ nào của hồ sơ đã có?
journey-ask-file-item-label = Giấy tờ
journey-ask-reason = Lý do?
journey-ask-reason-label = Lý do
journey-ask-correct-reason = Lý do điều chỉnh?
journey-ask-confirm-label = Xác nhận cảnh báo

journey-warn-age = Cảnh báo: đoàn viên { $age } tuổi, ngoài độ tuổi { $min }–{ $max }. Đồng chí có xác nhận ghi nhận không?
journey-warn-no-certificate = Cảnh báo: chưa ghi nhận giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng. Đồng chí có xác nhận ghi nhận không?
journey-warn-certificate-lapsed = Cảnh báo: giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng chỉ có giá trị đến { $until }. Đồng chí có xác nhận ghi nhận không?
journey-warn-probation = Cảnh báo: chưa đủ { $months } tháng dự bị (đến { $until }). Đồng chí có xác nhận ghi nhận không?
journey-warn-rating = Cảnh báo: năm { $year } đoàn viên được xếp loại { $category ->
    [good] “Hoàn thành tốt nhiệm vụ”
    [complete] “Hoàn thành nhiệm vụ”
   *[other] “Không hoàn thành nhiệm vụ”
}; chi đoàn cần xem xét việc tiếp tục giữ trong danh sách ĐVUT. Đồng chí có xác nhận ghi nhận không?
journey-warning-declined = Chưa ghi nhận. Đồng chí có thể sửa câu trả lời (/back) hoặc hủy (/cancel).
journey-warnings-unconfirmed = Bước này có cảnh báo cần được xác nhận.

journey-field-missing = Còn thiếu thông tin bắt buộc của bước này ({ $field }).
journey-date-in-future = Ngày này ở tương lai. Đề nghị đồng chí nhập ngày đã diễn ra.
journey-date-before-selection = Ngày này sớm hơn ngày bình chọn ({ $date }). Đề nghị đồng chí kiểm tra lại.
journey-date-before-admission = Ngày này sớm hơn ngày lễ kết nạp ({ $date }). Đề nghị đồng chí kiểm tra lại.
journey-votes-invalid = Số liệu chưa hợp lệ: có mặt không vượt quá tổng số, tán thành không vượt quá số có mặt.
journey-present-above-members = Số có mặt vượt quá tổng số.
journey-in-favour-above-present = Số tán thành vượt quá số có mặt.
journey-selection-no-majority = { $inFavour }/{ $present } đồng chí có mặt tán thành: chưa quá một nửa số có mặt, chưa đủ điều kiện bình chọn.
journey-resolution-no-majority = { $inFavour }/{ $members } tán thành: nghị quyết cần quá một nửa TỔNG SỐ thành viên (ít nhất { $needed }), không phải quá nửa số có mặt. Nghị quyết chưa được thông qua.
journey-step-not-open = Bước này không thể ghi nhận lúc này. Gõ /dvut để xem các bước có thể ghi nhận tiếp theo.
journey-not-found = Không tìm thấy hồ sơ ĐVUT này, hoặc hồ sơ không thuộc đơn vị đồng chí phụ trách.
journey-out-of-scope = Đoàn viên này không thuộc đơn vị đồng chí phụ trách.
journey-person-not-found = Không tìm thấy đoàn viên này trong danh sách của đơn vị đồng chí phụ trách.
journey-not-excellent = { $name } chưa được xếp loại “Hoàn thành xuất sắc nhiệm vụ” ở lần xếp loại gần nhất, nên chưa thể bình chọn là ĐVUT.
journey-already-candidate = { $name } đang có hồ sơ ĐVUT chưa kết thúc.
journey-event-not-found = Không tìm thấy bước này, hoặc bước đã được điều chỉnh.
journey-correct-staff-only = Chỉ cán bộ chuyên trách được điều chỉnh một bước đã ghi nhận.
journey-recorded = Đã ghi nhận cho ĐVUT { $name } (ngày { $date }). Gõ /dvut để xem hành trình.
journey-corrected = Đã điều chỉnh hồ sơ ĐVUT { $name }; bản ghi cũ và lý do được lưu lại.
journey-correct-intro = Điều chỉnh “{ $step }” ngày { $date } của ĐVUT { $name }.

journey-told = Hồ sơ ĐVUT của đồng chí vừa được ghi nhận: { $step } (ngày { $date }).
journey-told-see-me = Gõ /me để xem hành trình của đồng chí.
journey-told-corrected = Hồ sơ ĐVUT của đồng chí vừa được điều chỉnh: { $step } (ngày { $date }). Lý do: { $reason }

journey-header = ĐVUT { $name } — { $unit }
journey-stage = Giai đoạn: { $stage } (từ { $since })
journey-steps = Các bước đã ghi nhận:
journey-line-number = số { $number }
journey-line-of-date = ngày { $date }
journey-line-votes = { $inFavour }/{ $members } tán thành, { $present } có mặt
journey-line-votes-old = { $inFavour }/{ $total } phiếu tán thành
journey-line-party-rep = đại diện cấp ủy: { $name }{ $opinion }
journey-line-no-party-rep = không có đại diện cấp ủy dự
journey-line-mentor = đảng viên giúp đỡ: { $name }
journey-line-holiday = dịp { $holiday }
journey-line-reason = lý do: { $reason }
journey-line-corrected = đã điều chỉnh: { $reason }
journey-mentor = Đảng viên giúp đỡ: { $mentor }
journey-file = Hồ sơ kết nạp Đảng:
journey-certificate-valid = Giấy chứng nhận lớp bồi dưỡng có giá trị đến: { $date }
journey-probation-ends = Hết thời gian dự bị: { $date }
journey-next = Bước có thể ghi nhận tiếp theo: { $steps }
journey-closed = Hồ sơ ĐVUT đã kết thúc.
journey-overdue-two-year = Đã quá hai năm từ khi bình chọn mà chưa được công nhận đối tượng hoặc kết nạp (mục II.3.5 Kế hoạch 102-KH/ĐTN).
journey-overdue-certificate = Giấy chứng nhận lớp bồi dưỡng hết giá trị ngày { $date }.
journey-overdue-probation = Đã hết thời gian dự bị ({ $date }): đề nghị xem xét công nhận đảng viên chính thức.

dvut-list-title = ĐVUT đang theo dõi: { $count }
dvut-list-line = { $n }. { $name } ({ $unit }) — { $stage }; bước gần nhất: { $last }; tiếp theo: { $next }
dvut-list-more = … và { $count } ĐVUT khác.
dvut-list-empty = Chưa có ĐVUT nào trong các đơn vị đồng chí phụ trách.
dvut-choice-select = Ghi nhận kết quả bình chọn ĐVUT
dvut-choice-transfer-in = Tiếp nhận ĐVUT chuyển đến
dvut-choice-record = Ghi nhận: { $step }
dvut-choice-correct = Điều chỉnh một bước
dvut-correct-pick = Chọn bước cần điều chỉnh:
dvut-pick = Chọn đoàn viên được bình chọn (xếp loại “Hoàn thành xuất sắc nhiệm vụ” gần nhất):
dvut-pick-none = Không có đoàn viên nào xếp loại “Hoàn thành xuất sắc nhiệm vụ” chưa có hồ sơ ĐVUT.
dvut-pick-in = Chọn đoàn viên chuyển đến đã là ĐVUT ở nơi khác:
dvut-pick-in-none = Không có đoàn viên nào chưa có hồ sơ ĐVUT.

dvut-admin-member-unknown = Không có đoàn viên mã { $code }.
dvut-admin-no-journey = { $name } chưa có hồ sơ ĐVUT.
dvut-admin-date-needed = Cần --date YYYY-MM-DD.
dvut-admin-warnings-need-yes = Bước này có cảnh báo: chưa ghi nhận. Thêm --yes để xác nhận và ghi nhận.
dvut-admin-recorded = Đã ghi nhận: { $name } — { $step } ({ $date }).
dvut-admin-committee-set = Cấp ủy của { $unit }: { $committee }.
