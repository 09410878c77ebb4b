# Lines once marked by an emoji: the bot sends no emoji in official replies (wording.md), so they say it in words.
register-attention = Needs attention: { $alerts }
register-unit-alerts = { $unit } · { $count } to look at
register-warning = Note: { $text }

# A Phó Bí thư appointed or removed from the chat (/role grant CODE deputy UNIT).
role-deputy-secretary-granted = { $name } is now deputy secretary of { $unit }.
role-deputy-secretary-revoked = { $name } is no longer deputy secretary of { $unit }.
