import type { Config } from "../config.ts";
import type { JobDefinition } from "./job.ts";
import { dateKey, parseDateKey } from "./period-keys.ts";

export const HOUSEKEEPING = "housekeeping";

/** Update claims are needed only while a platform may deliver the same update again (minutes, not weeks). */
export const INBOUND_KEEP_DAYS = 14;

/**
 * Once a day, forgets the de-duplication claims of old incoming updates, so the table every update touches stays
 * small. Kept far longer than any platform retries and than a stale claim lives (`UPDATE_CLAIM_STALE_SECONDS`).
 */
export function housekeepingJob(config: Config): JobDefinition {
  return {
    name: HOUSEKEEPING,
    schedule: config.CRON_HOUSEKEEPING,
    description: `forgets incoming-update claims older than ${INBOUND_KEEP_DAYS} days`,
    catchUpMs: 20 * 3_600_000,
    periodOf: (at, timeZone) => dateKey(at, timeZone),
    isPeriod: (period) => parseDateKey(period) !== undefined,
    async perform({ deps, now }) {
      const before = new Date(
        now.getTime() - Math.max(INBOUND_KEEP_DAYS * 86_400, deps.config.UPDATE_CLAIM_STALE_SECONDS * 2) * 1000,
      );
      const { count } = await deps.prisma.inboundUpdate.deleteMany({ where: { receivedAt: { lt: before } } });
      return count;
    },
  };
}
