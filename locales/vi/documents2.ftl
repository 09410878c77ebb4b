## ĐVUT export: the note column

export-note-came-from = Chuyển đến từ { $place }
export-note-moved-to = Chuyển sinh hoạt đến { $place }

## Letterhead

document-on-behalf-standing = TM. Ban Thường vụ
document-to-committee-named = { $committee } (để xem xét)

## Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng

document-number-resolution = …-NQ/ĐTN
document-resolution-title = Nghị quyết
document-resolution-subtitle = Về việc giới thiệu đoàn viên ưu tú vào Đảng
document-resolution-basis-party = Căn cứ Điều lệ Đảng Cộng sản Việt Nam và các quy định thi hành Điều lệ Đảng;
document-resolution-basis-union = Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Kế hoạch số 102-KH/ĐTN về tăng cường công tác bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết nạp;
document-resolution-meeting = Ngày { $date }, { $body } đã họp xét giới thiệu đoàn viên ưu tú vào Đảng. Tổng số thành viên: { $members }; có mặt: { $present }; số tán thành: { $inFavour } (đạt { $percent }% tổng số thành viên); số không tán thành: { $against }.
document-resolution-resolves = QUYẾT NGHỊ:
document-resolution-introduce = 1. Giới thiệu đoàn viên { $name }, sinh ngày { $born }, sinh hoạt tại { $unit }, để { $committee } xem xét, kết nạp vào Đảng Cộng sản Việt Nam.
document-resolution-committee-unnamed = cấp ủy
document-resolution-foster = 2. Ban Chấp hành tiếp tục bồi dưỡng, giúp đỡ đoàn viên { $name } trong thời gian cấp ủy xem xét kết nạp.

## Bản nhận xét đoàn viên ưu tú

document-number-remark = …-NX/ĐTN
document-remark-title = Bản nhận xét đoàn viên ưu tú
document-remark-subtitle = Đoàn viên { $name }, { $period }
document-remark-quarter = quý { $quarter } năm { $year }
document-remark-year = năm { $year }
document-remark-person = Họ và tên: { $name }; ngày sinh: { $born }; sinh hoạt tại: { $unit }.
document-remark-intro = Ban Chấp hành { $unit } nhận xét đoàn viên ưu tú { $period } như sau:
document-remark-col-quarter = Quý { $quarter }/{ $year }

## Danh sách of a handover batch

document-handover-subtitle = Trao cho { $committee }
document-handover-subtitle-holiday = Trao cho { $committee } { $holiday }
document-handover-intro = Ngày { $date }, Ban Chấp hành { $unit } trân trọng trao { $committee } danh sách { $count } đoàn viên ưu tú để xem xét, bồi dưỡng, kết nạp vào Đảng như sau:

## Kế hoạch và chỉ tiêu năm

document-number-plan = …-KH/ĐTN
document-plan-title = Kế hoạch
document-plan-subtitle = Bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết nạp năm { $year }
document-plan-basis = Thực hiện Kế hoạch số 102-KH/ĐTN về tăng cường công tác bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết nạp, Ban Chấp hành { $unit } xây dựng kế hoạch năm { $year } như sau:
document-plan-purpose-heading = I. MỤC ĐÍCH, YÊU CẦU
document-plan-purpose = Nâng cao chất lượng công tác bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng; mỗi tổ chức Đoàn có chỉ tiêu cụ thể, phấn đấu hoàn thành và được đánh giá vào cuối năm.
document-plan-targets-heading = II. CHỈ TIÊU
document-plan-targets = Năm { $year }, { $unit } phấn đấu giới thiệu { $dvut } đoàn viên ưu tú cho Đảng xem xét, kết nạp; phấn đấu có { $party } đoàn viên ưu tú được kết nạp vào Đảng.
document-plan-targets-below = Chỉ tiêu của các đơn vị trực thuộc:
document-plan-col-dvut = Giới thiệu ĐVUT
document-plan-col-party = Kết nạp đảng viên mới
document-plan-total = Tổng cộng
document-plan-implementation-heading = III. TỔ CHỨC THỰC HIỆN
document-plan-implementation = Các đơn vị căn cứ chỉ tiêu được giao, bình chọn đoàn viên ưu tú, gửi bản nhận xét hằng quý và trao danh sách cho cấp ủy vào các dịp lễ lớn; báo cáo kết quả về Ban Chấp hành { $unit } hằng quý và cuối năm.

## File titles

document-file-resolution = Nghị quyết giới thiệu ĐVUT vào Đảng năm { $year }
document-file-handover = Danh sách ĐVUT trao cho cấp ủy năm { $year }
document-file-plan = Kế hoạch và chỉ tiêu năm { $year }

## /export choices

export-choice-resolution = Nghị quyết giới thiệu ĐVUT vào Đảng (năm nay)
export-choice-handover = Danh sách ĐVUT trao cho cấp ủy (năm nay)
export-choice-plan = Kế hoạch và chỉ tiêu năm

## Documents offered under a journey in /dvut

dvut-document-resolution = Tải nghị quyết giới thiệu (.docx)
dvut-document-handover = Tải danh sách trao cho cấp ủy (.docx)
dvut-document-remarks = Tải bản nhận xét năm nay (.docx)
