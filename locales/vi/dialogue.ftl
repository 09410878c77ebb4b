## Dialogue runtime: typed answers and confirmations (docs/dialogue-runtime.md)

choice-confirm-typed = Đồng chí vừa gõ “{ $label }”. Việc này cần xác nhận: bấm nút hoặc gõ 1 để xác nhận; gõ nội dung khác để bỏ qua.
choice-confirm-yes = Xác nhận: { $label }
