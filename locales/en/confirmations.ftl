## Confirmations: reminders to the units' secretaries, reminders to members, rates per unit

confirm-remind-secretary =
    The announcement “{ $text }” (sent on { $sent }) asks members to confirm they have read it. After { $days } days, { $count } member(s) of { $unit } received it and have not confirmed:
    { $members }
    Tap “Remind all” and the bot reminds each of them once.
confirm-remind-member = • { $name }
confirm-remind-member-in = • { $name } ({ $unit })
confirm-remind-all = Remind all
confirm-remind-queued = { $count ->
        [0] Nobody could be reminded: these members have no chat account the bot can reach.
       *[other] A reminder is on its way to { $count } member(s) who have not confirmed.{ $unreachable ->
            [0] {""}
           *[other] { " " }{ $unreachable } cannot be reached by chat; please remind them in person.
        }
    }
confirm-remind-already = These { $count } member(s) were already reminded; the bot does not remind them again.
confirm-remind-nobody-left = Every member of the unit has confirmed; no reminder needed.
confirm-remind-not-yours = You can only remind members of the units you are responsible for.
confirm-nudge =
    A reminder: you have not yet confirmed reading this announcement:
    “{ $text }”
    Once read, choose “Read / Confirm” (or type “confirm”).

confirm-rates-title = Read confirmations of “{ $text }” (confirmed / received):
confirm-rates-line = • { $unit }: { $confirmed }/{ $recipients } ({ $percent }%)
confirm-rates-total = Total: { $confirmed }/{ $recipients } ({ $percent }%)
confirm-rates-none = This announcement has not reached any member within your scope yet.
