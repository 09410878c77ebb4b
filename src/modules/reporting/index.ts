export { whatIsDue } from "./due.ts";
export { missingRemarks, reportingUnitOf, reportingUnits, reportKeys } from "./reporting.ts";
export { decideSelfReport } from "./self-report-review.ts";
