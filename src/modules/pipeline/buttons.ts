import { button } from "../../core/buttons.ts";

/** The /dvut buttons (src/core/buttons.ts). Recording a step starts its flow (`startFlowButton`, core/dialogue). */
export const showJourneyButton = button("dvut:show", { candidacyId: "id" });
/** Choose a member (rated xuất sắc) to select as ĐVUT. */
export const pickMemberButton = button("dvut:pick");
/** Choose a member whose ĐVUT journey began elsewhere. */
export const pickTransferInButton = button("dvut:pickin");
/** The secretary confirms a certificate the ĐVUT reported. */
export const confirmClaimButton = button("dvut:certok", { claimId: "id" });
/** Staff pick a recorded step of this journey to correct. */
export const correctJourneyButton = button("dvut:fix", { candidacyId: "id" });
