# Broadcasts prepared a batch of recipients at a time (docs/scale.md, "Fan-outs that never stall chat").
broadcast-status-preparing = đang chuẩn bị danh sách người nhận
broadcast-list-item-preparing = • { $when } — “{ $text }” — { $status }: đã xếp { $total } tin vào hàng gửi, đã nhận { $sent }
broadcast-queued-preparing = Thông báo đã được tạo; hệ thống đang hoàn tất danh sách người nhận (đã xếp { $total } tài khoản) và sẽ tự tiếp tục, đồng chí không cần gửi lại. Gõ /broadcasts để xem tiến độ.
