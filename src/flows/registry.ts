import { activityReportFlow } from "./activity-report.ts";
import { classificationFlow } from "./classification.ts";
import { dvutRemarkFlow } from "./dvut-remark.ts";
import { FlowEngine } from "./engine.ts";
import type { AnyFlow } from "./flow.ts";
import { nominationFlow } from "./nomination.ts";
import { reportReturnFlow } from "./report-return.ts";
import { requestReview } from "./report-review.ts";
import { selfReportFlow } from "./self-report.ts";
import { unitReportFlow } from "./unit-report.ts";

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
