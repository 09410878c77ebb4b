## Duyệt / trả lại bổ sung

cmd-review = Báo cáo chờ đồng chí duyệt

review-state-submitted = chờ duyệt
review-state-returned = trả lại
review-state-approved = đã duyệt
review-state-declined = không duyệt

review-request = { $author } đã gửi { $report } (bản { $version }, ngày { $date }). Báo cáo đang chờ đồng chí duyệt.
review-open = Mở báo cáo
review-list = Có { $count } báo cáo chờ đồng chí duyệt. Chọn một báo cáo để xem:
review-list-more = (và { $count } báo cáo khác — duyệt xong những báo cáo này, gõ /review để xem tiếp)
review-list-item = { $report } · { $date }
review-list-none = Không có báo cáo nào chờ đồng chí duyệt.
review-open-header = { $report }
    Người gửi: { $author } · ngày { $date } · bản { $version }
review-open-hint = Bấm “Duyệt” nếu báo cáo đạt, hoặc “Trả lại bổ sung” để chọn mục cần sửa và ghi góp ý.
review-approve = Duyệt
review-return = Trả lại bổ sung
review-back-to-list = Danh sách chờ duyệt
review-approved = Đã duyệt. { $author } sẽ nhận được thông báo.

review-not-found = Không tìm thấy báo cáo này.
review-not-yours = Báo cáo này không thuộc phạm vi duyệt của đồng chí (chỉ Bí thư đơn vị cấp trên hoặc cán bộ { $org } duyệt, và không ai tự duyệt báo cáo do chính người đó gửi).
review-already-decided = Báo cáo này đã được duyệt hoặc trả lại trước đó rồi. Gõ /review để xem các báo cáo còn chờ.
review-new-version = Người gửi vừa gửi bản mới của báo cáo này. Gõ /review và mở lại để xem bản mới.

review-return-title = Trả lại báo cáo để bổ sung
review-return-intro = Trả lại { $report } để bổ sung.
review-return-fields = Chọn các mục cần người gửi sửa lại:
review-return-fields-label = Mục cần sửa
review-return-comment = Góp ý cho mục “{ $label }” (đang ghi: { $value }). Đề nghị đồng chí ghi rõ cần sửa gì, vì sao:
review-return-comment-label = Góp ý “{ $label }”
review-return-done = Đã trả lại báo cáo cho { $author } với góp ý ở { $count } mục. Khi người gửi sửa xong, hệ thống sẽ báo để đồng chí duyệt lại.
review-comment-done = Đã gửi góp ý ở { $count } mục cho { $author }. Loại báo cáo này không sửa được trong chat: báo cáo vẫn chờ đồng chí duyệt sau khi hồ sơ được điều chỉnh.

review-approved-author = { $report } (bản { $version }) đã được { $reviewer } duyệt.
review-returned-author = { $report } được { $reviewer } trả lại để bổ sung. Các mục cần sửa:
    { $items }
    Bấm “Sửa ngay” để trả lời lại đúng các mục này rồi gửi lại; các câu trả lời khác giữ nguyên.
review-commented-author = { $reviewer } có góp ý về { $report }:
    { $items }
    Báo cáo này đã ghi vào hồ sơ ĐVUT nên không sửa được trong chat: đề nghị đồng chí liên hệ cán bộ { $org } để điều chỉnh hồ sơ, sau đó báo cáo sẽ được duyệt.
review-fix-now = Sửa ngay

flow-reviewer-note = Góp ý của người duyệt: { $note }

unit-report-state = Báo cáo quý { $quarter }: { $state }
unit-remark-states = Nhận xét ĐVUT quý { $quarter } đã gửi: { $states }

review-reminder = { $report } đã chờ đồng chí duyệt { $days } ngày (gửi ngày { $date }). Bấm để mở và duyệt hoặc trả lại bổ sung.
menu-review = { $count } báo cáo chờ đồng chí duyệt
menu-unit-report-returned = Báo cáo quý { $quarter }/{ $year } bị trả lại — sửa ngay
