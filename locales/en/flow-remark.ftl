## Flow: quarterly remark on an ĐVUT (bản nhận xét)

flow-remark-title = ĐVUT remark
flow-remark-intro = Remark for Q{ $quarter }/{ $year } on { $name } ({ $left } ĐVUT still without one).
flow-remark-none-left = ✅ Every ĐVUT you look after has a remark this quarter.
flow-remark-attitude = Political attitude and outlook of { $name }? E.g. Firm stance, follows the Party's policies well.
flow-remark-attitude-label = Political attitude
flow-remark-results = { $name }'s work or study results this quarter?
flow-remark-results-label = Work, study
flow-remark-union = How does { $name } take part in union activities?
flow-remark-union-label = Union activity
flow-remark-ethics = Ethics and lifestyle of { $name }?
flow-remark-ethics-label = Ethics, lifestyle
flow-remark-strengths = Main strengths (you may skip)?
flow-remark-strengths-label = Strengths
flow-remark-weaknesses = Weaknesses to work on (you may skip)?
flow-remark-weaknesses-label = Weaknesses
flow-remark-proposal = The branch's proposal for { $name }?
flow-remark-proposal-label = Proposal
flow-remark-proposal-keep = Keep fostering
flow-remark-proposal-recognition = Propose recognition as Party candidate
flow-remark-proposal-admission = Propose admission to the Party
flow-remark-proposal-concerns = Concerns
flow-remark-concerns = What exactly are the concerns?
flow-remark-concerns-label = Concerns
