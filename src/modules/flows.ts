import { FlowEngine } from "../core/dialogue/engine.ts";
import type { AnyFlow } from "../core/dialogue/flow.ts";
import { nominationFlow } from "./pipeline/nomination.ts";
import { activityReportFlow } from "./reporting/activity-report.ts";
import { classificationFlow } from "./reporting/classification.ts";
import { dvutRemarkFlow } from "./reporting/dvut-remark.ts";
import { selfReportFlow } from "./reporting/self-report.ts";
import { unitReportFlow } from "./reporting/unit-report.ts";
import { reportReturnFlow } from "./review/report-return.ts";
import { requestReview } from "./review/report-review.ts";

/** Every flow that files a report. A new flow: one file under src/flows, its strings in locales/<lang>/flow-<name>.ftl, a line here. */
const filingFlows: AnyFlow[] = [
  dvutRemarkFlow,
  unitReportFlow,
  classificationFlow,
  activityReportFlow,
  selfReportFlow,
  nominationFlow,
];

/** The flow a filed report was made with. */
export const flowById = (flowId: string): AnyFlow | undefined => filingFlows.find((f) => f.id === flowId);

/** Every flow the bot runs: the filing flows and the reviewer's return of a filed report. */
export const allFlows: AnyFlow[] = [...filingFlows, reportReturnFlow(flowById)];

/**
 * The engine over every flow. It keeps no state of its own, so one shared instance serves every chat. Every filed
 * report of a reviewed kind (and every corrected version) asks its reviewers, in one place: the engine's hook.
 */
export const flowEngine = new FlowEngine(allFlows, { afterFile: requestReview });
