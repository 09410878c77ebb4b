## Weekly political education

education-weekly =
    { $title }

    { $text }
education-link = Read more: { $link }
education-source = Source: { $source }
education-anniversaries-title = Anniversaries this week:
education-anniversary = • { $date }: { $title } ({ $years } years)
education-anniversary-round = • { $date }: { $title } ({ $years } years)
education-quiz = Question of the week: { $question }
education-footer = Send /stop_weekly if you no longer want the weekly message.

cmd-stop-weekly = Stop the weekly political-education message
cmd-start-weekly = Receive the weekly political-education message
education-stopped = You will no longer receive the weekly political-education message. Send /start_weekly to receive it again.
education-started = You will receive the political-education message at the start of each week. Send /stop_weekly to stop it.
education-quiz-right = Correct! Thank you for taking part in this week's question.
education-quiz-wrong = Not quite. The right answer is: { $answer }. See you at next week's question!
education-quiz-already = You have already answered this question (only the first answer counts). The right answer is: { $answer }.
education-quiz-unknown = This question no longer takes answers. See you at next week's question!
