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
pipeline-out-of-scope = Đoàn viên này không thuộc đơn vị đồng chí phụ trách, nên không thể thay đổi hồ sơ.
pipeline-transfer-same-unit = Đoàn viên đã ở đơn vị này rồi.
