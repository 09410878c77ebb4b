## Flow: annual classification of a branch's members

flow-class-title = Member classification
flow-class-intro = Classification { $year } for the { $count } members of { $unit }. Rate each one, or pick “All remaining…”.
flow-class-no-members = { $unit } has no members on its list yet.
flow-class-member = Member { $n }/{ $count }: { $name } — which category?
flow-class-member-label = { $name }
flow-class-rest-option = All remaining…
flow-class-rest = Rate everyone remaining as:
flow-class-rest-label = Everyone remaining
flow-class-reason = Reason for { $name }'s rating (required for the two lowest)?
flow-class-reason-label = Reason ({ $name })
