## Channels: flood limit

flood-warning = Tin nhắn đang được gửi quá nhanh. Hệ thống tạm ngừng trả lời trong ít phút; sau đó đề nghị đồng chí gửi lại.
