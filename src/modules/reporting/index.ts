export { selfReportDecisionButton, selfReportsButton } from "./buttons.ts";
export { dueFor, whatIsDue } from "./due.ts";
export { classificationYears, openQuartersAt, quarterRules } from "./periods.ts";
export { missingRemarks, reportingUnitOf, reportingUnits, reportKeys } from "./reporting.ts";
export { decideSelfReport } from "./self-report-review.ts";
