## Core: errors, access, choices

error-unexpected = Sorry, something went wrong while handling your message. Please try again in a few minutes.
command-unknown = There is no /{ $command } command. Send /help to see the commands you can use.
message-not-understood = The message was not recognised. Send /help to see the commands, or /menu to choose what to do.
message-unsupported = Only text messages and choices can be read. Please type your answer.
choice-stale = That choice is out of date. Please answer the latest question below.
access-not-linked = This chat account is not linked to a member record yet. Send /start to see how to link it.
access-role-required = This is only for: { $roles }. If you need it, ask the standing committee of { $org }.

role-member = Member
role-secretary = Secretary
role-deputy-secretary = Deputy Secretary
role-staff = { $org } staff
role-admin = Administrator

## Start, help, language

cmd-start = Start, link your account
cmd-help = Commands you can use
cmd-lang = Change language (Tiếng Việt / English)
start-welcome-back = Hello { $name }! Send /menu to see what is due, /help for the commands.
start-welcome-guest =
    Hello! This is the { $org } assistant for fostering outstanding members and introducing them to the Party.
    To begin, link this account to your member record: send /start followed by the link code your branch secretary gave you (for example: /start AB12CD34).
help-intro = { $name }, these are the commands you can use:
help-intro-guest = These are the commands you can use before linking your account:
help-guide = Guide: { $url }
lang-choose = Chọn ngôn ngữ / Choose your language:
lang-changed = Switched to { $language }.

## Terminal demo

terminal-banner = Đoàn Bot — terminal chat demo. Type /as member, /as secretary, /as staff or /as guest to switch who you are; /help for commands; Ctrl+D to quit.
