import type { ModuleManifest } from "../module.ts";
import { certificateRefuseFlow, selfCertificateFlow } from "./certificate-claim.ts";
import { dvutCommand } from "./dvut-admin.ts";
import { dvutFeature } from "./dvut-command.ts";
import { handoverBatchFlow } from "./handover-batch.ts";
import { holidayHandoverJob } from "./holiday-handover.ts";
import { journeyCorrectFlow } from "./journey-correct-flow.ts";
import { journeyFlows } from "./journey-flows.ts";
import { targetCommand } from "./target-admin.ts";
import { targetsFeature } from "./targets-command.ts";
import { twoYearAnswerFlow } from "./two-year-answer.ts";
import { twoYearRuleJob } from "./two-year-rule.ts";

/** The ĐVUT journey from bình chọn to Party membership, its targets, and the reminders it owes (II.3.5, holidays). */
export const pipelineModule: ModuleManifest = {
  name: "pipeline",
  features: [targetsFeature, dvutFeature],
  flows: [
    ...journeyFlows,
    journeyCorrectFlow as never,
    twoYearAnswerFlow as never,
    selfCertificateFlow as never,
    certificateRefuseFlow as never,
    handoverBatchFlow as never,
  ],
  jobs: (config) => [holidayHandoverJob(config), twoYearRuleJob(config)],
  adminCommands: [targetCommand, dvutCommand],
};
