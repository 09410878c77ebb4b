# Broadcasts prepared a batch of recipients at a time (docs/scale.md, "Fan-outs that never stall chat").
broadcast-status-preparing = preparing its recipients
broadcast-list-item-preparing = • { $when } — “{ $text }” — { $status }: { $total } queued so far, received { $sent }
broadcast-queued-preparing = The announcement is created; its list of recipients is still being completed ({ $total } accounts queued so far) and will finish on its own: no need to send it again. Type /broadcasts to follow it.
