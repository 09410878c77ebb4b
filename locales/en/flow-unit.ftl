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
flow-unit-difficulties = Difficulties (you may skip)?
flow-unit-difficulties-label = Difficulties
flow-unit-proposals = Proposals (you may skip)?
flow-unit-proposals-label = Proposals
