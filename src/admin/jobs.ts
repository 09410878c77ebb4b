import type { App } from "../app.ts";
import type { JobDefinition, PlannedMessage } from "../jobs/job.ts";
import { lastRuns, previewJob, runJob } from "../jobs/run-job.ts";
import { nextSlotAfter } from "../jobs/slots.ts";
import { instanceName } from "../jobs/start.ts";
import { allJobs } from "../modules/index.ts";
import { type AdminCommand, parseOptions } from "./command.ts";

const usage = "jobs [run NAME [--period P] [--force] | preview NAME [--period P]]";

/**
 * `jobs`: every scheduled job with its next run and last result; `jobs run NAME` runs one now (once per period
 * unless --force); `jobs preview NAME` prints who would receive what, writing nothing.
 */
export const jobsCommand: AdminCommand = {
  name: "jobs",
  usage,
  async run(app, args, out) {
    const { positional, options } = parseOptions(args);
    const [action, name] = positional;
    const jobs = allJobs(app.deps.config);
    if (action === undefined) return list(app, jobs, out);
    if (action !== "run" && action !== "preview") {
      out(`usage: npm run admin -- ${usage}`);
      return 2;
    }
    const job = jobs.find((j) => j.name === name);
    if (!job) {
      out(`Unknown job "${name ?? ""}". Jobs: ${jobs.map((j) => j.name).join(", ")}`);
      return 2;
    }
    const period = periodFor(app, job, options.period, out);
    if (typeof period === "number") return period;
    if (action === "preview") return preview(app, job, period, out);
    const outcome = await runJob(app.deps, job, {
      period,
      instance: instanceName("admin"),
      force: options.force === true,
    });
    if (outcome.status === "done") out(`${job.name} ${outcome.period}: done, ${outcome.messages} message(s) queued`);
    else if (outcome.status === "skipped")
      out(`${job.name} ${period}: already done for this period (add --force to run it again)`);
    else out(`${job.name} ${outcome.period}: failed: ${outcome.error}`);
    return outcome.status === "failed" ? 1 : 0;
  },
};

/** The period to run or preview, or the exit code when there is none. */
function periodFor(
  app: App,
  job: JobDefinition,
  given: string | true | undefined,
  out: (line: string) => void,
): string | number {
  if (given === true) {
    out("--period needs a value");
    return 2;
  }
  if (given !== undefined) {
    if (job.isPeriod(given)) return given;
    out(`"${given}" is not a period of ${job.name}: expected the shape of ${example(job, app)}`);
    return 2;
  }
  const period = job.periodOf(app.deps.clock.now(), app.deps.config.TZ_NAME);
  if (period !== undefined) return period;
  out(`Nothing is due for ${job.name} today. To run it anyway, give a period, e.g. --period ${example(job, app)}`);
  return 0;
}

/** A period of the job's shape, for messages: the one of today, or today's date for daily checks. */
function example(job: JobDefinition, app: App): string {
  const now = app.deps.clock.now();
  const tz = app.deps.config.TZ_NAME;
  return job.periodOf(now, tz) ?? new Intl.DateTimeFormat("en-CA", { timeZone: tz }).format(now);
}

async function list(app: App, jobs: JobDefinition[], out: (line: string) => void): Promise<number> {
  const tz = app.deps.config.TZ_NAME;
  const last = await lastRuns(
    app.deps.prisma,
    jobs.map((j) => j.name),
  );
  for (const job of jobs) {
    const next = nextSlotAfter(job.schedule, tz, app.deps.clock.now(), 400 * 86_400_000);
    const run = last.get(job.name);
    const result = run
      ? `${run.period} ${run.status}${run.status === "done" ? `, ${run.messages} message(s)` : ""}` +
        ` at ${formatTime(run.finishedAt ?? run.startedAt, tz)}${run.error ? `: ${run.error}` : ""}`
      : "never run";
    out(`${job.name}  [${job.schedule}]  next: ${next ? formatTime(next, tz) : "-"}  last: ${result}`);
    out(`    ${job.description}`);
  }
  return 0;
}

async function preview(app: App, job: JobDefinition, period: string, out: (line: string) => void): Promise<number> {
  if (!job.plan) {
    out(`${job.name} sends no message of its own: nothing to preview.`);
    return 0;
  }
  const planned = await previewJob(app.deps, job, period);
  const deliveries = planned.reduce((sum, p) => sum + p.recipient.identities.length, 0);
  out(`${job.name} ${period}: ${planned.length} recipient(s), ${deliveries} message(s); nothing is sent.`);
  const groups = new Map<string, PlannedMessage[]>();
  for (const p of planned) {
    const key = JSON.stringify(p.message);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const group of groups.values()) {
    const message = (group[0] as PlannedMessage).message;
    out("");
    out(
      `To ${group.map((p) => `${p.recipient.fullName} (${p.recipient.identities.map((i) => i.platform).join(", ")})`).join("; ")}:`,
    );
    for (const line of message.text.split("\n")) out(`  | ${line}`);
    for (const [i, choice] of (message.choices ?? []).entries()) out(`  [${i + 1}] ${choice.label} → ${choice.value}`);
  }
  return 0;
}

function formatTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}
