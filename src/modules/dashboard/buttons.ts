import { button } from "../../core/buttons.ts";

/**
 * The dashboard's buttons carry short unit codes, never ids (src/core/buttons.ts): "dash:CODE" (the view of a unit,
 * "*" for the speaker's whole scope), "dash:CODE@2" (its second page of units below), "dashu:CODE" (the unit's own
 * view), "dashc:CODE" (the view's chart, offered where the platform shows pictures).
 */
export const dashboardButton = button("dash", { code: "text", page: "int?" }, { separator: "@" });
export const unitViewButton = button("dashu", { code: "text" });
export const chartButton = button("dashc", { code: "text" });
