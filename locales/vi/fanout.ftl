# Broadcasts prepared a batch of recipients at a time (docs/scale.md, "Fan-outs that never stall chat").
broadcast-status-preparing = đang chuẩn bị danh sách người nhận
broadcast-list-item-preparing = • { $when } — “{ $text }” — { $status }: đã xếp { $total } tin vào hàng gửi, đã nhận { $sent }
