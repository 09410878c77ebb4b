import type { Config } from "../../config.ts";
import { OrgTree } from "../../core/org.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import type { JobDefinition, PlannedMessage } from "../../jobs/job.ts";
import { addDays, dateKey, parseDateKey } from "../../jobs/period-keys.ts";
import { loadRecipients, unitLabel } from "../../jobs/recipients.ts";
import { loadRoleHolders } from "../roster/index.ts";
import { remindUnconfirmedButton } from "./buttons.ts";
import { broadcastRecipients, responsibleUnit, unconfirmedByResponsibleUnit } from "./confirmations.ts";

export const CONFIRMATION_REMINDERS = "confirmation-reminders";

/** Broadcasts older than this (beyond the waiting days) are left alone, e.g. when the job is first deployed. */
const LOOK_BACK_DAYS = 30;

const excerpt = (text: string, max = 80) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/**
 * Daily: `CONFIRM_REMIND_AFTER_DAYS` days after an announcement asking for a read confirmation went out, the
 * secretary of each unit gets the list of their own members (those they answer for: their unit, and branches below
 * it without a secretary of their own) who received it and have not confirmed, with one button to remind them all.
 * Staff and other units' secretaries get nothing. Once per broadcast and unit: a unit already told is not told again.
 */
export function confirmationRemindersJob(config: Config): JobDefinition {
  const afterDays = config.CONFIRM_REMIND_AFTER_DAYS;
  return {
    name: CONFIRMATION_REMINDERS,
    schedule: config.CRON_CONFIRM_REMINDERS,
    description: `announcements asking for a read confirmation: unconfirmed members to their unit's secretary after ${afterDays} days`,
    catchUpMs: 20 * 3_600_000,
    periodOf: (at, timeZone) => dateKey(at, timeZone),
    isPeriod: (period) => parseDateKey(period) !== undefined,
    async plan(db, ctx, period) {
      const day = parseDateKey(period);
      if (!day) throw new Error(`${CONFIRMATION_REMINDERS}: "${period}" is not a date (YYYY-MM-DD)`);
      const timeZone = ctx.deps.config.TZ_NAME;
      const latest = addDays(day, -afterDays);
      const earliest = addDays(latest, -LOOK_BACK_DAYS);
      const broadcasts = (
        await db.broadcast.findMany({
          where: {
            requireConfirmation: true,
            status: { not: "cancelled" },
            sendAt: { gte: addDays(earliest, -1), lt: addDays(latest, 2) },
          },
          orderBy: { sendAt: "asc" },
        })
      ).filter((b) => {
        const sent = parseDateKey(dateKey(b.sendAt, timeZone)) as Date;
        return sent >= earliest && sent <= latest;
      });
      if (broadcasts.length === 0) return [];
      const tree = await OrgTree.load(db);
      const holders = await loadRoleHolders(db);
      const withSecretary = new Set(holders.secretariesByUnit.keys());
      const planned: PlannedMessage[] = [];
      for (const broadcast of broadcasts) {
        const prefix = `${CONFIRMATION_REMINDERS}:${broadcast.id}:`;
        const told = new Set(
          (
            await db.delivery.findMany({ where: { dedupeKey: { startsWith: prefix } }, select: { dedupeKey: true } })
          ).map((d) => (d.dedupeKey as string).slice(prefix.length).split(":")[0]),
        );
        const groups = unconfirmedByResponsibleUnit(await broadcastRecipients(db, broadcast.id), (unitId) =>
          responsibleUnit(tree, withSecretary, unitId),
        );
        for (const [unitId, members] of groups) {
          if (told.has(unitId)) continue;
          const secretaries = await loadRecipients(
            db,
            holders.secretariesByUnit.get(unitId) ?? [],
            ctx.deps.i18n.defaultLocale,
          );
          for (const secretary of secretaries.values()) {
            const t = ctx.deps.i18n.forLocale(secretary.lang);
            const names = members.map((m) =>
              m.unitId === unitId
                ? t("confirm-remind-member", { name: m.fullName })
                : t("confirm-remind-member-in", { name: m.fullName, unit: unitLabel(tree, m.unitId) }),
            );
            planned.push({
              recipient: secretary,
              key: `${prefix}${unitId}:${secretary.id}`,
              message: {
                text: t("confirm-remind-secretary", {
                  text: excerpt(broadcast.text),
                  sent: formatVietnameseDate(parseDateKey(dateKey(broadcast.sendAt, timeZone)) as Date),
                  days: afterDays,
                  unit: unitLabel(tree, unitId),
                  count: members.length,
                  members: names.join("\n"),
                }),
                choices: [
                  {
                    value: remindUnconfirmedButton.value({ broadcastId: broadcast.id, unitId }),
                    label: t("confirm-remind-all"),
                  },
                ],
              },
            });
          }
        }
      }
      return planned;
    },
  };
}
