## Dialogue runtime: typed answers and confirmations (docs/dialogue-runtime.md)

choice-confirm-typed = Đồng chí vừa gõ “{ $label }”. Việc này cần xác nhận: bấm nút hoặc gõ 1 để xác nhận; gõ nội dung khác để bỏ qua.
choice-confirm-yes = Xác nhận: { $label }

## Example flow (docs/dialogue-runtime.md, run by test/docs/dialogue-runtime.test.ts)

example-suggestion-title = Góp ý
example-suggestion-topic = Đồng chí góp ý về việc gì?
example-suggestion-topic-label = Chủ đề
example-suggestion-activities = Hoạt động
example-suggestion-other = Việc khác
example-suggestion-text = Đồng chí viết nội dung góp ý.
example-suggestion-text-label = Nội dung
example-suggestion-named = Có được nêu tên đồng chí khi đọc góp ý không?
example-suggestion-named-label = Nêu tên
example-suggestion-done = Đã gửi góp ý. Cảm ơn đồng chí.
