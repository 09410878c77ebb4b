## Linking: code, contact, registration

link-contact-hint = If your phone number is on the member roster, just press the “Share phone number” button below.
link-share-contact-button = Share phone number
link-register-offer = No link code? You can send a registration request for your unit secretary to confirm.
link-register-button = Register (no code)
link-done = This account is now linked to the member record of { $name }. Send /help to see what you can do.
link-already = This account is already linked to the record of { $name }. Send /help for the commands.
link-linked-to-other = This chat account is already linked to another record. If that is a mistake, please contact your unit secretary.
link-private-only = For your safety, send the link code in a private chat with the bot, not in a group.
link-code-invalid = That link code is wrong, expired or already used. Check the code (for example: /start AB12CD34) or ask your secretary for a new one.
link-rate-limited = Too many wrong codes. For safety, please try again in about an hour, or ask your unit secretary for help.
link-contact-not-own = Please share your own phone number (press “Share phone number”), not someone else's contact.
link-contact-no-match = This phone number is not on the member roster. You can use the link code from your secretary, or send a registration request.
link-contact-ambiguous = This phone number matches several records, so it cannot be linked automatically. Please use a link code or send a registration request.
link-reg-ask-name = Please type your full name (for example: Nguyễn Văn An).
link-reg-bad-name = That name does not look right. Please type your full name in letters, without digits.
link-reg-ask-dob = Thank you, { $name }. What is your date of birth? Please write it as day/month/year, for example 25/03/1998.
link-reg-bad-dob = That date is not valid. Please write it as day/month/year, for example 25/03/1998.
link-reg-ask-unit = Which unit are you a member of? Choose from the list (or type its number):
link-reg-no-units = There is no list of units to choose from yet. Please ask your unit secretary for a link code.
link-reg-not-in-progress = That choice is no longer valid. Send /start to begin again.
link-reg-sent =
    Registration request sent:
    Name: { $name }
    Date of birth: { $dob }
    Unit: { $unit }
    Your unit secretary will review it; the bot will tell you the outcome.
link-reg-request =
    New account link request:
    Name: { $name }
    Date of birth: { $dob }
    Unit: { $unit }
    Please confirm this person is a member of your unit (send /requests to see every request waiting).
link-reg-approve = Approve
link-reg-reject = Reject
link-reg-approved-ack = Approved the request of { $name }. The member's account is now linked.
link-reg-rejected-ack = Rejected the request of { $name }.
link-reg-already-decided = This request has already been decided.
link-reg-not-found = This registration request could not be found.
link-reg-not-yours = This request belongs to a unit you are not responsible for.
link-reg-approved = Your registration has been approved. Welcome, { $name }! Send /help to see what you can do.
link-reg-rejected = Your registration was not approved. If you think this is a mistake, please contact your unit secretary directly.
link-reg-pending = You have already sent a registration request for { $name }; it is waiting for your unit secretary. The bot will tell you the outcome.
cmd-requests = See account link requests waiting for approval
link-reg-none-pending = No registration request is waiting.
link-reg-more-pending = { $count } more waiting; send /requests again after this one.
