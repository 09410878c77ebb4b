## Core: errors, access, choices

error-unexpected = Hệ thống gặp lỗi khi xử lý tin nhắn. Đề nghị đồng chí thử lại sau ít phút.
command-unknown = Không có lệnh /{ $command }. Gõ /help để xem các lệnh đồng chí dùng được.
message-not-understood = Hệ thống chưa nhận diện được nội dung tin nhắn. Gõ /help để xem các lệnh, hoặc /menu để chọn việc cần làm.
message-unsupported = Hệ thống chỉ đọc được tin nhắn chữ và các lựa chọn. Đề nghị đồng chí gõ câu trả lời bằng chữ.
choice-stale = Lựa chọn này đã cũ. Đề nghị đồng chí trả lời câu hỏi mới nhất ở phía dưới.
access-not-linked = Tài khoản chat này chưa được liên kết với hồ sơ đoàn viên. Gõ /start để xem cách liên kết.
access-role-required = Việc này chỉ dành cho: { $roles }. Nếu cần quyền này, đề nghị đồng chí liên hệ Ban Thường vụ { $org }.

role-member = Đoàn viên
role-secretary = Bí thư
role-deputy-secretary = Phó Bí thư
role-staff = Cán bộ { $org }
role-admin = Quản trị viên

## Start, help, language

cmd-start = Bắt đầu, liên kết tài khoản
cmd-help = Các lệnh đồng chí dùng được
cmd-lang = Đổi ngôn ngữ (Tiếng Việt / English)
start-welcome-back = Chào đồng chí { $name }! Gõ /menu để xem việc cần làm, /help để xem các lệnh.
start-welcome-guest =
    Xin chào đồng chí! Đây là hệ thống hỗ trợ của { $org } trong công tác bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng.
    Để bắt đầu, đề nghị đồng chí liên kết tài khoản với hồ sơ đoàn viên: gửi /start kèm mã liên kết do Bí thư chi đoàn cung cấp (ví dụ: /start AB12CD34).
help-intro = Đồng chí { $name }, các lệnh đồng chí dùng được:
help-intro-guest = Các lệnh dùng được khi tài khoản chưa liên kết:
help-guide = Hướng dẫn sử dụng: { $url }
lang-choose = Chọn ngôn ngữ / Choose your language:
lang-changed = Đã chuyển sang { $language }.

## Terminal demo

terminal-banner = Đoàn Bot — chế độ trò chuyện thử trên terminal. Gõ /as member, /as secretary, /as staff hoặc /as guest để đổi vai; /help để xem lệnh; Ctrl+D để thoát.
