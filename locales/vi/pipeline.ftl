## The ĐVUT pipeline: stages, classifications, refusals

stage-classified-excellent = Xếp loại Hoàn thành xuất sắc nhiệm vụ
stage-selected = Được bình chọn ĐVUT
stage-introduced = Được giới thiệu cho Đảng (có nghị quyết BCH)
stage-handed-over = Đã trao danh sách cho cấp ủy
stage-awareness-class = Đã học lớp bồi dưỡng nhận thức về Đảng
stage-recognized = Được công nhận đối tượng kết nạp Đảng
stage-admitted = Được kết nạp (đảng viên dự bị)
stage-full-member = Đảng viên chính thức
stage-not-admitted = Không được kết nạp
stage-withdrawn = Đưa ra khỏi danh sách ĐVUT

classification-excellent = Hoàn thành xuất sắc nhiệm vụ
classification-good = Hoàn thành tốt nhiệm vụ
classification-complete = Hoàn thành nhiệm vụ
classification-incomplete = Không hoàn thành nhiệm vụ

pipeline-person-not-found = Không tìm thấy đoàn viên này trong danh sách.
pipeline-unit-not-found = Không tìm thấy đơn vị này.
pipeline-candidacy-not-found = Không tìm thấy hồ sơ ĐVUT này.
pipeline-out-of-scope = Đoàn viên này không thuộc đơn vị đồng chí phụ trách, nên không thể thay đổi hồ sơ.
pipeline-not-excellent = { $name } chưa được xếp loại “Hoàn thành xuất sắc nhiệm vụ” ở lần xếp loại gần nhất, nên chưa thể bình chọn là ĐVUT.
pipeline-already-candidate = { $name } đang có hồ sơ ĐVUT chưa kết thúc.
pipeline-votes-invalid = Số phiếu chưa hợp lệ: số phiếu là số nguyên, tổng số phải lớn hơn 0.
pipeline-votes-exceed-total = Số phiếu tán thành và không tán thành cộng lại vượt quá tổng số phiếu.
pipeline-votes-no-majority = Số phiếu tán thành chưa quá một nửa tổng số, nên chưa đủ điều kiện bình chọn.
pipeline-transition-not-allowed = Không thể chuyển hồ sơ từ bước hiện tại sang bước này. Đề nghị đồng chí thực hiện lần lượt từng bước.
pipeline-details-missing = Còn thiếu thông tin bắt buộc của bước này.
pipeline-date-in-future = Ngày này ở tương lai. Đề nghị đồng chí nhập ngày đã diễn ra.
pipeline-date-before-previous = Ngày này sớm hơn ngày của bước trước. Đề nghị đồng chí kiểm tra lại.
pipeline-transfer-same-unit = Đoàn viên đã ở đơn vị này rồi.
