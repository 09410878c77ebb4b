import type { Config } from "../config.ts";
import type { AppDeps } from "../core/deps.ts";
import type { JobDefinition } from "./job.ts";
import { dateKey, parseDateKey } from "./period-keys.ts";

export const HOUSEKEEPING = "housekeeping";

/** Update claims are needed only while a platform may deliver the same update again (minutes, not weeks). */
export const INBOUND_KEEP_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * Once a day: forgets the de-duplication claims of old incoming updates, so the table every update touches stays
 * small (kept far longer than any platform retries and than a stale claim lives, `UPDATE_CLAIM_STALE_SECONDS`), and
 * applies the retention periods (RETENTION_*_DAYS, 0: kept for ever) to rows whose work is over.
 */
export function housekeepingJob(config: Config): JobDefinition {
  return {
    name: HOUSEKEEPING,
    schedule: config.CRON_HOUSEKEEPING,
    description: `forgets incoming-update claims older than ${INBOUND_KEEP_DAYS} days; retention of deliveries, registration requests, abandoned drafts and link codes`,
    catchUpMs: 20 * 3_600_000,
    periodOf: (at, timeZone) => dateKey(at, timeZone),
    isPeriod: (period) => parseDateKey(period) !== undefined,
    async perform({ deps, now }) {
      const before = new Date(
        now.getTime() - Math.max(INBOUND_KEEP_DAYS * 86_400, deps.config.UPDATE_CLAIM_STALE_SECONDS * 2) * 1000,
      );
      const { count } = await deps.prisma.inboundUpdate.deleteMany({ where: { receivedAt: { lt: before } } });
      return count + (await applyRetention(deps, now));
    },
  };
}

/** Deletes what the retention periods no longer keep; the number of rows deleted. */
export async function applyRetention(deps: Pick<AppDeps, "prisma" | "config">, now: Date): Promise<number> {
  const { prisma, config } = deps;
  const cutoff = (days: number) => (days > 0 ? new Date(now.getTime() - days * DAY_MS) : undefined);
  let removed = 0;

  const deliveries = cutoff(config.RETENTION_DELIVERY_DAYS);
  if (deliveries) {
    const { count } = await prisma.delivery.deleteMany({
      where: {
        status: { in: ["sent", "failed", "unreachable", "cancelled"] },
        OR: [{ sentAt: { lt: deliveries } }, { sentAt: null, createdAt: { lt: deliveries } }],
        // An announcement still sending counts its deliveries for its progress.
        AND: [{ OR: [{ broadcastId: null }, { broadcast: { status: { in: ["done", "cancelled"] } } }] }],
      },
    });
    // Then the stored messages no delivery sends any more, as old as the deliveries kept (a message enqueued again
    // since has a newer time, and is locked by that transaction until it ends).
    const messages = await prisma.outboxMessage.deleteMany({
      where: { createdAt: { lt: deliveries }, deliveries: { none: {} } },
    });
    removed += count + messages.count;
  }

  const registrations = cutoff(config.RETENTION_REGISTRATION_DAYS);
  if (registrations) {
    const { count } = await prisma.registrationRequest.deleteMany({
      where: {
        status: { in: ["approved", "rejected"] },
        OR: [{ decidedAt: { lt: registrations } }, { decidedAt: null, createdAt: { lt: registrations } }],
      },
    });
    removed += count;
  }

  const drafts = cutoff(config.RETENTION_DRAFT_DAYS);
  if (drafts) {
    const { count } = await prisma.conversation.deleteMany({
      where: { status: { in: ["cancelled", "expired"] }, updatedAt: { lt: drafts } },
    });
    removed += count;
  }

  const codes = cutoff(config.RETENTION_LINK_CODE_DAYS);
  if (codes) {
    const { count } = await prisma.linkCode.deleteMany({
      where: { OR: [{ usedAt: { lt: codes } }, { usedAt: null, expiresAt: { lt: codes } }] },
    });
    const attempts = await prisma.linkAttempt.deleteMany({ where: { at: { lt: codes } } });
    removed += count + attempts.count;
  }
  return removed;
}
