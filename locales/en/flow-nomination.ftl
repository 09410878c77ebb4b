## Flow: ĐVUT nomination (selection vote, introduction resolution)

flow-nom-title = ĐVUT selection
flow-nom-member = Which member was selected?
flow-nom-member-label = Member
flow-nom-meeting = Date of the branch meeting that voted?
flow-nom-meeting-label = Meeting date
flow-nom-total = Total number of votes?
flow-nom-total-label = Total votes
flow-nom-for = Votes for?
flow-nom-for-label = For
flow-nom-against = Votes against?
flow-nom-against-label = Against
flow-nom-has-resolution = Has the executive committee passed the introduction resolution?
flow-nom-has-resolution-label = Resolution passed
flow-nom-resolution-number = Resolution number? E.g. 12-NQ/ĐTN
flow-nom-resolution-number-label = Resolution number
flow-nom-resolution-date = Date of the resolution?
flow-nom-resolution-date-label = Resolution date
