# Broadcasts prepared a batch of recipients at a time (docs/scale.md, "Fan-outs that never stall chat").
broadcast-status-preparing = preparing its recipients
broadcast-list-item-preparing = • { $when } — “{ $text }” — { $status }: { $total } queued so far, received { $sent }
