import type { AdminCommand } from "../admin/command.ts";
import type { Config } from "../config.ts";
import type { AnyFlow } from "../core/dialogue/flow.ts";
import type { Feature } from "../core/feature.ts";
import { housekeepingJob } from "../jobs/housekeeping.ts";
import type { JobDefinition } from "../jobs/job.ts";
import { type DraftSweep, staleDraftsJob } from "../jobs/stale-drafts.ts";
import { sweepIdleConversations } from "../jobs/sweep-drafts.ts";
import { broadcastsModule } from "./broadcasts/manifest.ts";
import { dashboardModule } from "./dashboard/manifest.ts";
import { documentsModule } from "./documents/manifest.ts";
import { educationModule } from "./education/manifest.ts";
import { helpModule } from "./help/manifest.ts";
import { linkingModule } from "./linking/manifest.ts";
import { menuModule } from "./menu/manifest.ts";
import type { ModuleKernel, ModuleManifest } from "./module.ts";
import { pipelineModule } from "./pipeline/manifest.ts";
import { reportingModule } from "./reporting/manifest.ts";
import { reportReturnFlow, requestReview } from "./review/index.ts";
import { reviewModule } from "./review/manifest.ts";
import { rosterModule } from "./roster/manifest.ts";

/**
 * Every module, in the order their chat features are consulted (linking first: a stranger's message is about
 * linking; the menu last). A new capability is a folder under src/modules with a manifest.ts, added here.
 */
export const modules: readonly ModuleManifest[] = [
  linkingModule,
  helpModule,
  educationModule,
  rosterModule,
  dashboardModule,
  documentsModule,
  pipelineModule,
  reportingModule,
  broadcastsModule,
  reviewModule,
  menuModule,
];

export function allFeatures(kernel: ModuleKernel): Feature[] {
  return modules.flatMap((m) => (typeof m.features === "function" ? m.features(kernel) : (m.features ?? [])));
}

const filingFlows: AnyFlow[] = modules.flatMap((m) => m.flows ?? []);

/** Every flow: each module's, and the reviewer's return of a filed report (which reads the filing flows). */
export const allFlows: AnyFlow[] = [
  ...filingFlows,
  reportReturnFlow((flowId) => filingFlows.find((f) => f.id === flowId)),
];

/** Every filed report of a reviewed kind (and every corrected version) asks its reviewers: the engine's one hook. */
export const dialogueHooks = { afterFile: requestReview };

/** The dialogue runtime's sweep: reminds idle drafts once, expires old ones. */
const sweepFlowDrafts: DraftSweep = async (deps) => {
  const { reminders, expired } = await sweepIdleConversations(deps);
  return reminders.length + expired;
};

/** Every scheduled job: each module's, and the kernel's own (drafts, housekeeping). Tests may replace the sweep. */
export function allJobs(config: Config, options: { sweepDrafts?: DraftSweep } = {}): JobDefinition[] {
  return [
    ...modules.flatMap((m) => m.jobs?.(config) ?? []),
    staleDraftsJob(config, options.sweepDrafts ?? sweepFlowDrafts),
    housekeepingJob(config),
  ];
}

/** Every module's admin subcommands (the jobs command is the admin tool's own). */
export const moduleAdminCommands: AdminCommand[] = modules.flatMap((m) => m.adminCommands ?? []);
