## The ĐVUT journey, continued: the list read back (dvut import), II.3.5 answered, certificates reported from /me, handover batches

dvut-import-file-type = Tệp nhập phải là .xlsx hoặc .csv (danh sách ĐVUT xuất từ hệ thống).
dvut-import-file-missing = Không đọc được tệp { $file }.
dvut-import-unreadable = Không đọc được nội dung tệp: { $detail }
dvut-import-rejected = Tệp bị từ chối, không có thay đổi nào được ghi: { $count } lỗi.
dvut-import-line = Dòng { $line }
dvut-import-headers = dòng tiêu đề không đúng với danh sách ĐVUT do hệ thống xuất (đề nghị xuất lại và chỉ sửa ngày).
dvut-import-no-code = thiếu mã đoàn viên.
dvut-import-duplicate = mã đoàn viên { $code } đã có ở dòng { $line }.
dvut-import-unknown = không có hồ sơ ĐVUT của đoàn viên mã { $code }.
dvut-import-several = đoàn viên mã { $code } có nhiều hồ sơ ĐVUT, không xác định được hồ sơ cần sửa; đề nghị điều chỉnh qua /dvut.
dvut-import-bad-date = cột “{ $column }”: “{ $value }” không phải là ngày (dd/mm/yyyy).
dvut-import-date-added = cột “{ $column }”: bước này chưa được ghi nhận; đề nghị ghi nhận qua /dvut hoặc lệnh dvut record (cần đủ thông tin của bước).
dvut-import-date-removed = cột “{ $column }”: không xóa được một bước bằng tệp nhập; đề nghị điều chỉnh qua /dvut.
dvut-import-date-future = cột “{ $column }”: ngày { $value } chưa đến.
dvut-import-read-only = cột “{ $column }” không sửa được bằng tệp nhập (hiện là “{ $was }”, trong tệp là “{ $value }”).
dvut-import-reason = Nhập lại danh sách ĐVUT từ tệp { $file }, dòng { $line }
dvut-import-unchanged = Tệp không có thay đổi so với dữ liệu hiện có: không ghi gì.
dvut-import-corrected = Đã điều chỉnh { $count } bước (mỗi bước giữ lịch sử và được ghi nhật ký):
dvut-import-change = { $name } — { $step }: { $from } → { $to }

## II.3.5: the cause and the measures of an ĐVUT chosen two years ago or more

two-year-flow-title = Mục II.3.5: nguyên nhân và biện pháp
two-year-flow-intro = ĐVUT { $name }, được bình chọn ngày { $selected }, đã hai năm trở lên mà chưa được kết nạp hay công nhận đối tượng kết nạp Đảng. Theo mục II.3.5 Kế hoạch 102-KH/ĐTN, đề nghị đồng chí ghi lại nguyên nhân và biện pháp đã thống nhất với cấp ủy.
two-year-ask-cause = Nguyên nhân chưa được kết nạp hay công nhận đối tượng kết nạp Đảng?
two-year-ask-cause-label = Nguyên nhân
two-year-ask-measures = Biện pháp đã thống nhất với cấp ủy?
two-year-ask-measures-label = Biện pháp
two-year-answered = Đã ghi nhận nguyên nhân và biện pháp đối với ĐVUT { $name } (quý { $quarter }). Cấp trên xem được trong /dvut và /unit; nhắc việc tạm dừng đến quý sau.
two-year-choice-answer = Ghi nguyên nhân, biện pháp: { $name }
two-year-choice-record = Ghi nguyên nhân và biện pháp (mục II.3.5)
two-year-answer-line = Mục II.3.5 — đã ghi nhận quý { $quarter }:
two-year-answer-cause = · Nguyên nhân: { $cause }
two-year-answer-measures = · Biện pháp đã thống nhất với cấp ủy: { $measures }

## An ĐVUT reports their own certificate from /me; the secretary confirms or refuses it

certificate-claim-choice = Báo cáo giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng
certificate-claim-flow-title = Báo cáo giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng
certificate-claim-intro = Đồng chí nhập thông tin trên giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng. Bí thư chi đoàn sẽ xác nhận trước khi ghi vào hồ sơ ĐVUT.
certificate-claim-ask-issuer = Cơ quan cấp giấy chứng nhận (ví dụ: Trung tâm Chính trị quận)?
certificate-claim-issuer-label = Cơ quan cấp
certificate-claim-no-journey = Đồng chí chưa có hồ sơ ĐVUT đang theo dõi.
certificate-claim-not-open = Hồ sơ ĐVUT của đồng chí đã có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng hoặc không còn ghi nhận được bước này.
certificate-claim-pending = Giấy chứng nhận đồng chí đã báo cáo đang chờ Bí thư chi đoàn xác nhận.
certificate-claim-sent = Đã gửi Bí thư chi đoàn xác nhận. Khi được xác nhận, giấy chứng nhận được ghi vào hồ sơ ĐVUT và đồng chí sẽ nhận được thông báo.
certificate-claim-sent-no-secretary = Đã lưu báo cáo, nhưng đơn vị của đồng chí chưa có Bí thư trên hệ thống để xác nhận; đề nghị đồng chí báo cán bộ { ORG_NAME }.
certificate-claim-to-confirm = ĐVUT { $name } báo cáo giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng: ngày cấp { $date }, cơ quan cấp { $issuer }, số { $number }. Đề nghị đồng chí đối chiếu và xác nhận.
certificate-claim-confirm = Xác nhận giấy chứng nhận
certificate-claim-refuse = Không xác nhận
certificate-claim-confirmed = Đã xác nhận và ghi nhận giấy chứng nhận của ĐVUT { $name }.
certificate-claim-already-decided = Báo cáo giấy chứng nhận này đã được xử lý.
certificate-claim-refuse-title = Không xác nhận giấy chứng nhận
certificate-claim-refuse-intro = Không xác nhận giấy chứng nhận do ĐVUT { $name } báo cáo.
certificate-claim-ask-reason = Lý do không xác nhận (ĐVUT sẽ nhận được lý do này)?
certificate-claim-refused = Đã báo ĐVUT { $name } lý do không xác nhận.
certificate-claim-told-refused = Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (ngày { $date }) đồng chí báo cáo chưa được Bí thư chi đoàn xác nhận. Lý do: { $reason }. Đồng chí có thể báo cáo lại từ /me.

## Handover batches: the ĐVUT handed to a cấp ủy on a holiday

handover-batch-choice = Ghi nhận đợt trao danh sách ĐVUT cho cấp ủy
handover-batch-title = Ghi nhận đợt trao danh sách ĐVUT cho cấp ủy
handover-batch-intro = Ghi nhận đợt trao danh sách ĐVUT cho cấp ủy dịp { $holiday }: ngày trao, cấp ủy nhận, văn bản kèm theo và các ĐVUT trong danh sách.
handover-batch-ask-date = Ngày trao danh sách cho cấp ủy?
handover-batch-ask-dvut = Những ĐVUT nào có trong danh sách đã trao?
handover-batch-dvut-label = ĐVUT trong danh sách
handover-batch-none = Không có ĐVUT nào trong phạm vi của đồng chí còn chờ trao danh sách cho cấp ủy.
handover-batch-holiday = dịp { $date }
handover-batch-recorded = Đã ghi nhận trao danh sách { $count } ĐVUT cho { $committee } ngày { $date }. Mỗi ĐVUT được thông báo.
