## Trust: registration, groups, personal data (docs/trust-accounts.md)

trust-platform-telegram = Telegram
trust-platform-zalo = Zalo
trust-platform-terminal = Terminal
trust-reg-no-display-name = (no display name)
trust-reg-requester = Requested from: { $platform }, display name “{ $displayName }”, username { $username }.
trust-reg-match-new = This person is not on the unit's roster: approving creates a new member record.
trust-reg-match-free = This person is on the unit's roster and has no chat account linked yet.
trust-reg-match-linked = This person already has another chat account linked. A registration cannot be approved: if the member changed accounts, give them a link code.
trust-reg-match-role = This person holds a role in the bot. A registration cannot be approved: such accounts are linked with a link code from an administrator only.
trust-reg-claimed-person = The request of { $name } cannot be approved: this record already has another chat account or holds a role, and is linked with a link code only. Please reject the request.
trust-reg-requester-linked = The request of { $name } cannot be approved: the requesting chat account is already linked to another record.
trust-self-report-own = You cannot confirm your own self-report; the secretary above you confirms it.
trust-group-private = This is done in a private chat with the bot only. Please open your private chat with the bot and send it there.
trust-group-private-link = This is done in a private chat with the bot only. Please write to the bot privately: { $link }
trust-file-failed = The file “{ $name }” could not be sent. Please ask again in a few minutes.
trust-import-demo-present = Note: this database holds the demo org of the terminal mode (units DEMO-…). Do not mix demo and real data: remove it with `npm run admin -- demo remove` before going live.
