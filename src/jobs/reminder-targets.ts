import { startFlowButton } from "../core/dialogue/buttons.ts";

/**
 * What the buttons of scheduled messages do. A start button (`startFlowButton`, "flow:start:<flow id>:…") starts a
 * guided report (the flow engine's action); a value starting with "/" runs that command (src/core/dispatcher.ts).
 * Kept in one place so the names can follow the features that own them.
 */
export const reminderTargets = {
  /** The remarks still owed for a quarter ("2026-Q3"). */
  remark: (quarterKey: string) => startFlowButton.value({ flowId: "dvut-remark", args: [quarterKey] }),
  /** One unit's report for a quarter ("2026-Q3"). */
  unitReport: (unitId: string, quarterKey: string) =>
    startFlowButton.value({ flowId: "unit-report", args: [unitId, quarterKey] }),
  exportDvut: "/export dvut",
} as const;
