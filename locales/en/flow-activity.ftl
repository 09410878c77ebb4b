## Flow: activity report by a secretary

flow-activity-title = Activity report
flow-activity-type = Kind of activity?
flow-activity-type-label = Kind
flow-activity-type-political = Political study session
flow-activity-type-seminar = Seminar
flow-activity-type-forum = Forum
flow-activity-type-dialogue = Dialogue with the Party committee
flow-activity-type-club = Club activity
flow-activity-type-volunteer = Volunteer work
flow-activity-type-other = Other
flow-activity-other = Name of the kind of activity?
flow-activity-other-label = Activity name
flow-activity-date = Date held?
flow-activity-date-label = Date
flow-activity-topics = Main topics (pick several, or skip)?
flow-activity-topics-label = Topics
flow-activity-topic-history = History and traditions
flow-activity-topic-hcm = Following Hồ Chí Minh's example
flow-activity-topic-party = The Party and the Union
flow-activity-topic-law = Law
flow-activity-topic-other = Other topics
flow-activity-participants = Number of participants?
flow-activity-participants-label = Participants
flow-activity-summary = Short summary (a few sentences)?
flow-activity-summary-label = Summary
