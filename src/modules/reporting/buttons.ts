import { button } from "../../core/buttons.ts";

/** A secretary confirms or declines a member's self-report (src/core/buttons.ts); the action is the menu's. */
export const selfReportDecisionButton = button("selfrep", { decision: ["approve", "decline"], reportId: "id" });
/** The self-reports waiting for this secretary. */
export const selfReportsButton = button("selfrep:list");
