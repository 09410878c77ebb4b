## Broadcasts: compose, list, cancel, confirm

cmd-broadcast = Write and send an announcement
cmd-broadcasts = Recent announcements
broadcast-ask-text = New announcement. Send its text (up to 4000 characters).
broadcast-ask-photo = Add a photo? Send its link (starting with https://), or choose “No photo”.
broadcast-photo-invalid = That link does not look right: it must start with https:// or http://. Send it again, or choose “No photo”.
broadcast-ask-audience = Who should receive it?
broadcast-ask-unit = Choose a unit (the announcement goes to it and every unit below it), or type a unit code:
broadcast-unit-not-found = No unit “{ $text }” found. Type the unit code again, or choose from the list.
broadcast-ask-time = When? Choose “Send now”, or type a date and time, for example: 30/11/2026 08:00
broadcast-preview =
    Preview:
    ───────────
    { $text }
    ───────────
    To: { $audience }
    Accounts that will receive it: { $total } ({ $breakdown })
    Sent: { $when }
broadcast-preview-photo = Photo: { $url }
broadcast-preview-confirmation = Read confirmation required: yes (each member taps “Read / Confirm”; on Zalo they answer 1 or type “confirm”)
broadcast-preview-no-confirmation = Read confirmation required: no
broadcast-ask-confirmation = Ask members to confirm they have read it? With “Yes”, each member taps “Read / Confirm”; after a few days each unit's secretary gets the list of members who have not confirmed, to remind them.
broadcast-preview-without-chat = { $count } people in this group have no linked chat account and will not receive it.
broadcast-when-now = as soon as you confirm
broadcast-queued = The announcement is queued for { $total } accounts. You will hear when sending starts and when it is done. Type /broadcasts to follow it.

broadcast-choice-no-photo = No photo
broadcast-choice-now = Send now
broadcast-choice-cancel = Stop sending: { $text }
broadcast-choice-rates = Confirmation rate per unit: { $text }

broadcast-audience-all = All members
broadcast-audience-all-scoped = All members of your units
broadcast-audience-unit = A unit and every unit below it
broadcast-audience-unit-named = { $unit } and every unit below it
broadcast-audience-secretaries = Secretaries
broadcast-audience-dvut = Outstanding members (ĐVUT)
broadcast-audience-telegram = Telegram users only
broadcast-audience-zalo = Zalo users only
broadcast-audience-terminal = Terminal demo users only
broadcast-audience-groups = Registered unit group chats

broadcast-refused-no-scope = You are not in charge of any unit yet, so you cannot send announcements.
broadcast-refused-unit-unknown = That unit does not exist.
broadcast-refused-out-of-scope = You can only send announcements within your own unit and the units below it; “{ $unit }” is outside them.
broadcast-refused-empty = The announcement is empty. Please send its text again.
broadcast-refused-too-long = The announcement is longer than { $max } characters. Please shorten it and send it again.
broadcast-refused-nobody = Nobody would receive this announcement (no one in that group has a linked chat account). Please choose other recipients.
broadcast-refused-not-yours = You can only stop announcements you sent yourself.
broadcast-not-found = Announcement not found.
broadcast-already-finished = This announcement has already been sent or stopped.
broadcast-cancelled = Announcement stopped: { $count } messages not yet sent will not go out. Messages already sent cannot be recalled.

broadcast-list-empty = No announcements yet.
broadcast-list-title = Recent announcements:
broadcast-list-item = • { $when } — “{ $text }” — { $status }: received { $sent }/{ $total }, failed { $failed }, unreachable { $unreachable }, remaining { $remaining }
broadcast-list-confirmations = { $count } people confirmed they read it
broadcast-status-scheduled = waiting for its time
broadcast-status-sending = sending
broadcast-status-done = done
broadcast-status-cancelled = stopped

broadcast-progress-started = Sending the announcement to { $total } accounts.
broadcast-progress-running = Sending the announcement: { $sent } received, { $failed } failed, { $unreachable } unreachable, { $remaining } of { $total } remaining.
broadcast-progress-done = Announcement sent: { $sent } received, { $failed } failed, { $unreachable } unreachable (blocked the bot or left){ $cancelled ->
        [0] .
       *[other] , { $cancelled } stopped.
    }
broadcast-progress-held = { $held } messages were interrupted while being sent and may not have arrived; they wait for an administrator to decide whether to send them again.
broadcast-progress-duplicates = { $count } people may have received the announcement twice because the server was interrupted while sending.

broadcast-ack-button = Read / Confirm
broadcast-ack-thanks = Thank you for confirming you read the announcement.
broadcast-ack-already = You have already confirmed this announcement.
