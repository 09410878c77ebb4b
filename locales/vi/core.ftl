## Core: errors, access, choices

error-unexpected = Xin lỗi, đã có lỗi khi xử lý tin nhắn của bạn. Vui lòng thử lại sau ít phút.
command-unknown = Không có lệnh /{ $command }. Gõ /help để xem các lệnh bạn dùng được.
message-not-understood = Mình chưa hiểu tin nhắn này. Gõ /help để xem các việc mình có thể giúp, hoặc /menu để chọn.
message-unsupported = Mình chỉ đọc được tin nhắn chữ và các lựa chọn. Bạn vui lòng gõ câu trả lời bằng chữ nhé.
choice-stale = Lựa chọn này đã cũ. Vui lòng trả lời câu hỏi mới nhất ở phía dưới.
access-not-linked = Tài khoản chat này chưa được liên kết với hồ sơ đoàn viên. Gõ /start để xem cách liên kết.
access-role-required = Việc này chỉ dành cho: { $roles }. Nếu bạn cần quyền này, hãy liên hệ Ban Thường vụ Đoàn Khối.

role-member = Đoàn viên
role-secretary = Bí thư
role-staff = Cán bộ Đoàn Khối
role-admin = Quản trị viên

## Start, help, language

cmd-start = Bắt đầu, liên kết tài khoản
cmd-help = Các lệnh bạn dùng được
cmd-lang = Đổi ngôn ngữ (Tiếng Việt / English)
start-welcome-back = Chào { $name }! Gõ /menu để xem việc cần làm, /help để xem các lệnh.
start-welcome-guest =
    Chào bạn! Đây là trợ lý của Đoàn Khối về công tác bồi dưỡng đoàn viên ưu tú.
    Để bắt đầu, hãy liên kết tài khoản với hồ sơ đoàn viên của bạn: gửi /start kèm mã liên kết mà Bí thư chi đoàn đã gửi (ví dụ: /start AB12CD34).
help-intro = { $name } ơi, đây là các lệnh bạn dùng được:
help-intro-guest = Đây là các lệnh bạn dùng được khi chưa liên kết tài khoản:
lang-choose = Chọn ngôn ngữ / Choose your language:
lang-changed = Đã chuyển sang { $language }.

## Terminal demo

terminal-banner = Đoàn Bot — chế độ trò chuyện thử trên terminal. Gõ /as member, /as secretary, /as staff hoặc /as guest để đổi vai; /help để xem lệnh; Ctrl+D để thoát.
