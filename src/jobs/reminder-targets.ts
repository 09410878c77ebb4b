/**
 * What the buttons of scheduled messages do. A value "flow:start:<flow id>" starts a guided report (the flow
 * engine's action); a value starting with "/" runs that command (src/core/dispatcher.ts). Kept in one place so the
 * names can follow the features that own them.
 */
export const reminderTargets = {
  remark: "flow:start:dvut-remark",
  unitReport: "flow:start:unit-report",
  exportDvut: "/export dvut",
} as const;
