## Exports for the Party committee (/export and npm run admin -- export)

cmd-export = Xuất danh sách, báo cáo ra tệp Excel hoặc văn bản
export-choose = Chọn danh sách cần xuất (kỳ hiện tại; muốn kỳ khác, gõ ví dụ /export nhanxet 2026-Q3 hoặc /export xeploai 2025):
export-choice-dvut = Danh sách ĐVUT
export-choice-remarks = Nhận xét ĐVUT quý này
export-choice-unit-reports = Báo cáo quý của đơn vị
export-choice-classification = Xếp loại đoàn viên năm nay
export-usage =
    Cách dùng: /export LOẠI [NĂM hoặc NĂM-Qn] [MÃ_ĐƠN_VỊ] [xlsx|csv|docx]
    LOẠI: dvut (danh sách ĐVUT), nhanxet (nhận xét quý), baocao (báo cáo quý đơn vị), xeploai (xếp loại năm), nghiquyet (nghị quyết giới thiệu ĐVUT vào Đảng), danhsach (danh sách trao cho cấp ủy), kehoach (kế hoạch và chỉ tiêu năm).
    Thêm MÃ_ĐOÀN_VIÊN để có văn bản của một ĐVUT: /export nghiquyet M-0012, /export nhanxet M-0012 docx.
    Ví dụ: /export nhanxet 2026-Q3 STP, hoặc /export dvut docx để có văn bản gửi cấp ủy.
export-empty = { $title }: chưa có dữ liệu nào trong phạm vi đồng chí phụ trách.
export-ready = { $title } — { $rows } dòng. Tệp đính kèm bên dưới.
export-admin-usage = Cách dùng: npm run admin -- export dvut|remarks|unit-reports|classification|resolution|handover|plan [--unit MÃ_ĐƠN_VỊ] [--member MÃ_ĐOÀN_VIÊN] [--year NĂM] [--quarter 1-4] [--format xlsx|csv|docx] [--out TỆP]
export-choose-format = { $kind }: chọn dạng tệp:
export-format-xlsx = Bảng tính Excel (.xlsx)
export-format-csv = CSV
export-format-docx = Văn bản (.docx)
export-empty-all = { $title }: chưa có dữ liệu, không ghi tệp nào.
export-written = Đã ghi { $file } ({ $rows } dòng).

export-title-dvut = Danh sách ĐVUT năm { $year }
export-title-remarks = Nhận xét ĐVUT quý { $period }
export-title-unit-reports = Báo cáo quý của đơn vị { $period }
export-title-classification = Xếp loại đoàn viên năm { $year }

export-status-submitted = Chờ duyệt
export-status-returned = Trả lại
export-status-approved = Đã duyệt
export-status-declined = Không duyệt
export-gender-male = Nam
export-gender-female = Nữ

export-col-no = STT
export-col-member-code = Mã đoàn viên
export-col-full-name = Họ và tên
export-col-date-of-birth = Ngày sinh
export-col-gender = Giới tính
export-col-unit = Đơn vị
export-col-stage = Giai đoạn hiện tại
export-col-selected-on = Ngày bình chọn
export-col-votes = Số phiếu tán thành
export-col-resolution = Số nghị quyết giới thiệu
export-col-introduced-on = Ngày nghị quyết giới thiệu
export-col-handed-over-on = Ngày trao danh sách cho cấp ủy
export-col-certificate-date = Ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng
export-col-recognized-on = Ngày công nhận đối tượng kết nạp Đảng
export-col-mentor = Đảng viên giúp đỡ
export-col-admitted-on = Ngày kết nạp
export-col-full-member-on = Ngày công nhận đảng viên chính thức
export-col-note = Ghi chú
export-col-quarter = Quý
export-col-author = Người lập
export-col-status = Trạng thái
export-col-submitted-at = Ngày nộp
export-col-version = Lần sửa
export-col-classification = Xếp loại
export-col-reason = Lý do
