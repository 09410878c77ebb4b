## Trust: registration, groups, personal data (docs/trust-accounts.md)

trust-platform-telegram = Telegram
trust-platform-zalo = Zalo
trust-platform-terminal = Máy trạm
trust-reg-no-display-name = (không có tên hiển thị)
trust-reg-requester = Tài khoản gửi yêu cầu: { $platform }, tên hiển thị “{ $displayName }”, tên người dùng { $username }.
trust-reg-match-new = Chưa có người này trong danh sách đơn vị: nếu duyệt, hồ sơ đoàn viên mới sẽ được tạo.
trust-reg-match-free = Người này có trong danh sách đơn vị và chưa liên kết tài khoản chat nào.
trust-reg-match-linked = Người này đã liên kết tài khoản chat khác với bot. Không thể duyệt qua đăng ký: nếu đúng là đoàn viên đổi tài khoản, đề nghị đồng chí cấp mã liên kết cho người đó.
trust-reg-match-role = Người này đang giữ chức vụ trong hệ thống. Không thể duyệt qua đăng ký: chỉ liên kết bằng mã liên kết do quản trị viên cấp.
trust-reg-claimed-person = Không thể duyệt yêu cầu của { $name }: hồ sơ này đã liên kết tài khoản khác hoặc đang giữ chức vụ, chỉ liên kết được bằng mã liên kết. Đề nghị đồng chí từ chối yêu cầu này.
trust-reg-requester-linked = Không thể duyệt yêu cầu của { $name }: tài khoản gửi yêu cầu đã được liên kết với một hồ sơ khác.
trust-self-report-own = Đồng chí không thể tự xác nhận tự báo cáo của chính đồng chí; tự báo cáo này do Bí thư cấp trên xác nhận.
trust-group-private = Việc này chỉ thực hiện trong cuộc trò chuyện riêng với bot. Đề nghị đồng chí mở cuộc trò chuyện riêng với bot và gửi lại.
trust-group-private-link = Việc này chỉ thực hiện trong cuộc trò chuyện riêng với bot. Đề nghị đồng chí nhắn riêng cho bot tại: { $link }
trust-file-failed = Tệp “{ $name }” chưa gửi được do lỗi đường truyền. Đề nghị đồng chí gửi lại yêu cầu sau ít phút.
trust-import-demo-present = Lưu ý: cơ sở dữ liệu đang chứa tổ chức demo của chế độ dùng thử (các đơn vị DEMO-…). Không trộn dữ liệu demo với danh sách thật: xóa bằng lệnh `npm run admin -- demo remove` trước khi đưa bot vào sử dụng.
