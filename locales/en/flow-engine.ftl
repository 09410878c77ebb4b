## Guided flows: the engine's own words (progress, hints, re-asks, review)

flow-progress = { $title } · Question { $n }/{ $total }
flow-hint-text = (Type your answer, at most { $max } characters.)
flow-hint-number = (Type a number from { $min } to { $max }, e.g. 3.)
flow-hint-date = (Type day/month/year, e.g. 15/3/2026.)
flow-hint-multi = (Tap to select or unselect, then tap “Done”. Or type the numbers, e.g. 1, 3.)
flow-hint-member = (Type a few letters of the name to search, e.g. hoa.)
flow-nav-hint = /back: previous question · /cancel: discard
flow-today = Today ({ $date })
flow-yes = Yes
flow-no = No
flow-skip = Skip
flow-skipped = (skipped)
flow-keep = Keep: { $value }
flow-multi-done = Done
flow-current-answer = Current answer: { $value }
flow-default-answer = From the records: { $value }. Tap “Keep” if right, or type the correct value.
flow-member-found = Found { $count } with “{ $query }”. Tap the right person:
flow-member-many = { $count } people match; here are the first { $shown }. Type more letters to narrow it down.

flow-text-expected = Please type your answer for this question.
flow-text-too-short = That answer is too short: at least { $min } characters, please.
flow-text-too-long = That answer is too long ({ $length } characters): at most { $max }. Please shorten it.
flow-number-invalid = “{ $text }” is not a number. Please type a number, e.g. 3.
flow-number-whole = Please type a whole number.
flow-number-range = The number must be from { $min } to { $max }.
flow-date-invalid = Could not read the date “{ $text }”. Type day/month/year, e.g. 15/3/2026.
flow-date-future = That date is in the future (today is { $today }). Please give a date that has passed.
flow-date-too-old = That date is too long ago (before { $date }). Please check the year.
flow-choice-invalid = Please pick one of the choices below (tap a button or type its number).
flow-yesno-invalid = Please answer Yes or No.
flow-multi-empty = Nothing is selected yet. Select at least one, then tap “Done”.
flow-multi-invalid = Please type the numbers of the items, from 1 to { $count }, e.g. 1, 3.
flow-member-query-short = Type at least 2 letters of the name to search.
flow-member-none = Nobody called “{ $query }” in the units you look after. Try another name.
flow-member-not-in-scope = This person is no longer in your list. Please pick again.
flow-skip-required = This question is required and cannot be skipped.
flow-back-first = This is already the first question.
flow-unsupported-content = I can only read text and choices. Please answer the question below.
flow-stale-answer = That answer belongs to an older question, so it was not recorded. The current question:
flow-continued-here = You started this in another chat. Continue here:
flow-review-use-buttons = Please tap “Send” to send, or pick a question to change.

flow-review-title = Check your { $title } before sending:
flow-review-title-correction = Correct your { $title } (pick what to change, then send again):
flow-review-hint = Tap the number of an answer to change it, or “Send” if everything is right.
flow-confirm = Send
flow-discard = Discard

flow-submitted = { $title } sent. Thank you!
flow-corrected = { $title } updated (version { $version }). The previous version is kept.
flow-already-submitted = This was already sent; it is not sent twice.
flow-report-already-filed = This report was already filed (perhaps by someone else in your unit). Yours was not sent; whoever filed it can correct it via /menu → “Correct a sent report”.
flow-cancelled = Discarded. { $linked ->
    [yes] Type /menu to do something else.
   *[no] Type /help to see what you can do.
}
flow-correction-cancelled = Correction abandoned. The report you sent is unchanged.
flow-resumed = Continuing where you left off:
flow-none-active = You have nothing in progress. { $linked ->
    [yes] Type /menu to choose.
   *[no] Type /help to see what you can do.
}
flow-draft-dropped = Your old draft no longer fits after an update. { $linked ->
    [yes] Type /menu to start again.
   *[no] Type /help to see what you can do.
}
flow-unknown = That item was not found. { $linked ->
    [yes] Type /menu to see what you can do.
   *[no] Type /help to see what you can do.
}
flow-not-allowed = This is not available for your role.
flow-unit-not-yours = That unit is outside the units you look after.
flow-correct-not-yours = Only the person who sent a report can correct it.
flow-correct-not-possible = This kind of report cannot be corrected in chat. Please contact the staff of { $org }.
flow-idle-reminder = Your { $title } is not finished. Tap “Continue” to go on; the draft is discarded after { $days } days without answers.
flow-continue = Continue
flow-review-page = (Page { $page }/{ $pages } — tap the next page to see the other answers.)
flow-review-next-page = Page { $page }/{ $pages }
