import { activityReportFlow } from "./activity-report.ts";
import { classificationFlow } from "./classification.ts";
import { dvutRemarkFlow } from "./dvut-remark.ts";
import { FlowEngine } from "./engine.ts";
import type { AnyFlow } from "./flow.ts";
import { nominationFlow } from "./nomination.ts";
import { selfReportFlow } from "./self-report.ts";
import { unitReportFlow } from "./unit-report.ts";

/** Every flow the bot runs. A new flow: one file under src/flows, its strings in locales/<lang>/flow-<name>.ftl, a line here. */
export const allFlows: AnyFlow[] = [
  dvutRemarkFlow,
  unitReportFlow,
  classificationFlow,
  activityReportFlow,
  selfReportFlow,
  nominationFlow,
];

/** The engine over every flow. It keeps no state of its own, so one shared instance serves every chat. */
export const flowEngine = new FlowEngine(allFlows);
