# Lines once marked by an emoji: the bot sends no emoji in official replies (wording.md), so they say it in words.
register-attention = Cần chú ý: { $alerts }
register-unit-alerts = { $unit } · { $count } việc cần chú ý
register-warning = Lưu ý: { $text }

# A Phó Bí thư appointed or removed from the chat (/role grant MÃ deputy ĐƠN_VỊ).
role-deputy-secretary-granted = Đã giao vai trò Phó Bí thư { $unit } cho { $name }.
role-deputy-secretary-revoked = Đã thu hồi vai trò Phó Bí thư { $unit } của { $name }.
