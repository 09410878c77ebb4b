import type { Config } from "../../config.ts";
import { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import type { JobDefinition, PlannedMessage } from "../../jobs/job.ts";
import { dateKey, parseDateKey } from "../../jobs/period-keys.ts";
import { loadRecipients } from "../../jobs/recipients.ts";
import { openReportButton } from "./buttons.ts";
import { readFiled, reportHeading } from "./report-review.ts";
import { loadReviewers, reportsWaiting } from "./review.ts";

export const REVIEW_REMINDERS = "review-reminders";

const DAY = 86_400_000;

/**
 * Daily: each report waiting for review (chờ duyệt) longer than REVIEW_REMIND_AFTER_DAYS reminds its reviewers, with
 * a button that opens it. A reviewer hears about one report at most once per reminder period: the message key names
 * the report, its version and which period of waiting it is in, and the outbox keeps one row per key.
 */
export function reviewRemindersJob(config: Config): JobDefinition {
  const after = config.REVIEW_REMIND_AFTER_DAYS;
  return {
    name: REVIEW_REMINDERS,
    schedule: config.CRON_REVIEW_REMINDERS,
    description: `reports waiting for review more than ${after} day(s): a reminder to their reviewers`,
    catchUpMs: 20 * 3_600_000,
    periodOf: (at, timeZone) => dateKey(at, timeZone),
    isPeriod: (period) => parseDateKey(period) !== undefined,
    async plan(db, ctx, period) {
      const day = parseDateKey(period);
      if (!day) throw new Error(`${REVIEW_REMINDERS}: "${period}" is not a date (YYYY-MM-DD)`);
      // As of the end of that day: a report sent on day D is due a reminder on day D + after.
      const asOf = new Date(Math.min(ctx.now.getTime(), day.getTime() + DAY));
      const waiting = await reportsWaiting(db, { before: new Date(asOf.getTime() - after * DAY) });
      if (waiting.length === 0) return [];
      const tree = await OrgTree.load(db);
      const planned: PlannedMessage[] = [];
      const reviewersOf = await loadReviewers(db, tree);
      const byReport = waiting.map((r) => [r, reviewersOf(r)] as const);
      const recipients = await loadRecipients(
        db,
        byReport.flatMap(([, ids]) => ids),
        ctx.deps.i18n.defaultLocale,
      );
      for (const [report, reviewerIds] of byReport) {
        const flow = readFiled(report, ctx.deps.dialogue.flow)?.flow;
        if (!flow) continue;
        const days = Math.max(after, Math.floor((asOf.getTime() - report.submittedAt.getTime()) / DAY));
        const round = Math.floor(days / after);
        for (const reviewerId of reviewerIds) {
          const recipient = recipients.get(reviewerId);
          if (!recipient) continue;
          const t = ctx.deps.i18n.forLocale(recipient.lang);
          const text = t("review-reminder", {
            report: await reportHeading(db, tree, report, flow, t),
            date: formatVietnameseDate(report.submittedAt),
            days,
          });
          planned.push({
            recipient,
            key: `${REVIEW_REMINDERS}:${report.id}:v${report.version}:${round}:${reviewerId}`,
            message: {
              text,
              choices: [{ value: openReportButton.value({ reportId: report.id }), label: t("review-open") }],
            },
          });
        }
      }
      return planned;
    },
  };
}
