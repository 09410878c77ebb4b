## Flow: quarterly remark on an ĐVUT (bản nhận xét)

flow-remark-title = ĐVUT remark
flow-remark-intro = Remark for Q{ $quarter }/{ $year } on { $name } ({ $left } ĐVUT still without one).
flow-remark-none-left = Every ĐVUT you look after has a remark this quarter.
flow-remark-attitude = Political qualities and outlook of { $name }? E.g. Firm stance, follows the Party's lines and the State's policies and laws.
flow-remark-attitude-label = Political qualities, outlook
flow-remark-results = { $name }'s ability and work or study results this quarter?
flow-remark-results-label = Ability, work or study results
flow-remark-union = { $name }'s relations with people, standing, and part in union activities?
flow-remark-union-label = Relations with people, standing, union activity
flow-remark-ethics = Ethics and lifestyle of { $name }?
flow-remark-ethics-label = Ethics, lifestyle
flow-remark-strengths = Main strengths (you may skip)?
flow-remark-strengths-label = Strengths
flow-remark-weaknesses = Shortcomings to work on (you may skip)?
flow-remark-weaknesses-label = Shortcomings
flow-remark-proposal = The branch's proposal for { $name }?
flow-remark-proposal-label = Proposal
flow-remark-proposal-keep = Keep fostering
flow-remark-proposal-recognition = Propose recognition as Party candidate
flow-remark-proposal-admission = Propose admission to the Party
flow-remark-proposal-concerns = No proposal yet (give the reason)
flow-remark-concerns = Why no proposal yet?
flow-remark-concerns-label = Reason for no proposal
