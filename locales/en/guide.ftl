## /guide: the path from member to Party member. Staff may edit this text freely (keep the keys).

cmd-guide = The steps from member to Party member
guide-intro = The path from union member to Party member (plan 102-KH/ĐTN). Each step below is a milestone recorded in your file; send /me to see where you are.
guide-step-classification =
    1. Annual member classification
    Needs: the rating "Hoàn thành xuất sắc nhiệm vụ" (excellent) in your latest classification. This is the condition to be selected as ĐVUT.
guide-step-selection =
    2. Selection as outstanding member (ĐVUT)
    Needs: a branch meeting and vote, with more than half of the votes in favour. The record keeps the meeting date and votes.
guide-step-introduction =
    3. Introduction to the Party
    Needs: a resolution of the union's executive committee introducing the ĐVUT (resolution number and date).
guide-step-handover =
    4. Handover of the list to the Party committee
    ĐVUT lists go to the Party cell or committee on major holidays (3/2, 26/3, 19/5, 2/9…).
guide-step-awareness-class =
    5. Party awareness class
    Needs: full attendance and the class certificate (with its date).
guide-step-recognition =
    6. Recognised as a Party candidate (đối tượng Đảng)
    The Party cell recognises you and assigns a full Party member as your mentor. Every quarter the union sends the Party committee a remark on your progress.
guide-step-admission =
    7. Admission (probationary Party member)
    Needs: a complete application file as the Party cell instructs; the admission ceremony is dated.
guide-step-full-member =
    8. Full Party member
    After 12 months of probation the Party cell confirms full membership.
guide-outro = Note: if two years after selection you are neither recognised as a Party candidate nor admitted, the branch reports it to the grassroots union to discuss the cause with the Party committee. Ask your branch secretary if you need help.
