# Links to a chart's picture, fetched by Zalo (or opened by hand)
image-link-method = Chỉ mở được liên kết này để xem hình.
image-link-invalid = Liên kết hình không hợp lệ. Đề nghị đồng chí xem lại biểu đồ trong cuộc trò chuyện với bot.
image-link-expired = Liên kết hình đã hết hạn. Đề nghị đồng chí xem lại biểu đồ trong cuộc trò chuyện với bot.
