## Channels: flood limit

flood-warning = Bạn đang gửi tin nhắn quá nhanh. Mình sẽ tạm ngừng trả lời trong ít phút; sau đó bạn gửi lại giúp mình nhé.
