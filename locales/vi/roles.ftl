## Roles and link codes

cmd-role = Giao hoặc thu hồi vai trò Bí thư, Phó Bí thư của một đơn vị
role-chat-usage =
    Cách dùng:
    /role grant MÃ_ĐOÀN_VIÊN MÃ_ĐƠN_VỊ — giao vai trò Bí thư đơn vị đó
    /role grant MÃ_ĐOÀN_VIÊN deputy MÃ_ĐƠN_VỊ — giao vai trò Phó Bí thư đơn vị đó
    /role revoke MÃ_ĐOÀN_VIÊN MÃ_ĐƠN_VỊ — thu hồi vai trò Bí thư hoặc Phó Bí thư
    Ví dụ: /role grant DV0004 STP-VP, /role grant DV0005 deputy STP-VP
role-admin-usage = Cách dùng: npm run admin -- role grant|revoke MÃ_ĐOÀN_VIÊN secretary|deputy MÃ_ĐƠN_VỊ | staff | admin (deputy: Phó Bí thư)
role-person-code-unknown = Không có đoàn viên nào mang mã { $code }.
role-unit-code-unknown = Không có đơn vị nào mang mã { $code }.
role-person-not-found = Không tìm thấy đoàn viên này (hoặc đoàn viên đã ngừng sinh hoạt).
role-unit-not-found = Không tìm thấy đơn vị này (hoặc đơn vị đã ngừng hoạt động).
role-block-roles-admin-only = Vai trò cán bộ { $org } và quản trị viên chỉ được giao bằng dòng lệnh quản trị.
role-out-of-scope = Đơn vị { $unit } không thuộc phạm vi đồng chí phụ trách.
role-person-not-in-unit = { $name } không sinh hoạt ở { $unit } hay đơn vị trực thuộc, nên không thể làm Bí thư hay Phó Bí thư đơn vị này.
role-already-held = { $name } đã giữ vai trò này rồi.
role-not-held = { $name } hiện không giữ vai trò này, nên không có gì để thu hồi.
role-granted = Đã giao vai trò { $role } cho { $name }.
role-revoked = Đã thu hồi vai trò { $role } của { $name }.
role-secretary-granted = Đã giao vai trò Bí thư { $unit } cho { $name }.
role-secretary-revoked = Đã thu hồi vai trò Bí thư { $unit } của { $name }.
link-code-usage = Cách dùng: npm run admin -- link-code MÃ_ĐOÀN_VIÊN
link-code-created = Mã liên kết của { $name }: { $code } (dùng một lần, hết hạn lúc { $until }). Đoàn viên gửi cho bot: /start { $code }
