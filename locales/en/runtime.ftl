## The dialogue runtime's newer inputs (date and time, link, unit), a flow's own review screen, and the two
## conversations it took over: the broadcast composer and the registration without a code

flow-hint-datetime = (Type day/month/year hour:minute, for example: 30/11/2026 08:00.)
flow-hint-link = (Send a link starting with https://)
flow-datetime-invalid = I could not read “{ $text }” as a date and time. Use day/month/year hour:minute, for example: 30/11/2026 08:00
flow-datetime-past = That time has passed. Please type a time still to come.
flow-link-invalid = That link is not right: it must start with https:// or http://. Please send it again.
flow-unit-not-found = No unit “{ $text }” found. Type the unit code or name again, or choose from the list.
flow-unit-outside = The unit “{ $unit }” cannot be chosen here. Please choose another unit.
flow-unit-this = { $unit } (this unit)
flow-edit = Change “{ $label }”
flow-review-fix = Please choose below what to change.

broadcast-title = New announcement
broadcast-label-text = Text
broadcast-label-photo = Photo
broadcast-label-audience = Recipients
broadcast-label-unit = Unit
broadcast-label-time = Send at
broadcast-label-confirmation = Read confirmation required

link-reg-title = Registration
link-reg-label-name = Full name
link-reg-label-dob = Date of birth
link-reg-label-unit = Unit
