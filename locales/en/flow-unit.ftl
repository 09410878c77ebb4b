## Flow: unit quarterly report

flow-unit-title = Unit quarterly report
flow-unit-intro =
    Q{ $quarter }/{ $year } report of { $unit }.
    Targets for { $year }: introduce { $targetDvut } ĐVUT, { $targetMembers } new Party members. So far: { $introduced } introduced, { $admitted } admitted.
flow-unit-intro-no-target =
    Q{ $quarter }/{ $year } report of { $unit }.
    The unit has no targets for { $year }. So far: { $introduced } ĐVUT introduced, { $admitted } admitted.
flow-unit-selected = ĐVUT selected this quarter?
flow-unit-selected-label = ĐVUT selected
flow-unit-introduced = ĐVUT introduced to the Party (with a resolution) this quarter?
flow-unit-introduced-label = Introduced to the Party
flow-unit-awareness = ĐVUT who attended the Party awareness class this quarter?
flow-unit-awareness-label = Awareness class
flow-unit-recognized = ĐVUT recognised as Party candidates this quarter?
flow-unit-recognized-label = Recognised as candidates
flow-unit-admitted = ĐVUT admitted to the Party this quarter?
flow-unit-admitted-label = Admitted
flow-unit-education = Political-education sessions held this quarter?
flow-unit-education-label = Education sessions
flow-unit-quiz-received = How many members of the unit (branches below it included) received the weekly political-education message with its quiz this quarter?
flow-unit-quiz-received-label = Received the weekly quiz
flow-unit-quiz-answered = Of those { $whole } members, how many answered the quiz at least once?
flow-unit-quiz-answered-label = Answered the quiz
flow-unit-ack-recipients = How many announcements asking for a read confirmation were received by members this quarter (one per member and announcement)?
flow-unit-ack-recipients-label = Announcements to confirm, received
flow-unit-ack-confirmed = Of those { $whole }, how many were confirmed as read?
flow-unit-ack-confirmed-label = Confirmed as read
flow-unit-part-too-large = This cannot be more than { $whole } (the previous answer). Type it again, or go back with /back to change the previous answer.
flow-unit-difficulties = Difficulties (you may skip)?
flow-unit-difficulties-label = Difficulties
flow-unit-proposals = Proposals (you may skip)?
flow-unit-proposals-label = Proposals
