import { randomInt } from "node:crypto";
import { writeAudit } from "../../core/audit.ts";
import type { Db } from "../../core/db.ts";

/** No 0/O, 1/I/L: a code read over the phone or copied by hand cannot be mistyped into another valid-looking one. */
export const LINK_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const LINK_CODE_LENGTH = 8;

export function randomLinkCode(): string {
  let code = "";
  for (let i = 0; i < LINK_CODE_LENGTH; i++) code += LINK_CODE_ALPHABET[randomInt(LINK_CODE_ALPHABET.length)];
  return code;
}

/**
 * A one-time personal code that links a chat account to this person (consumed by /start CODE). Older unused codes
 * of the person stop working, so only the latest code handed out is valid.
 */
export async function createLinkCode(
  db: Db,
  personId: string,
  options: { ttlHours: number; now: Date; actorId: string | null },
): Promise<{ code: string; expiresAt: Date }> {
  const expiresAt = new Date(options.now.getTime() + options.ttlHours * 3_600_000);
  await db.linkCode.updateMany({
    where: { personId, usedAt: null, expiresAt: { gt: options.now } },
    data: { expiresAt: options.now },
  });
  for (let attempt = 0; ; attempt++) {
    const code = randomLinkCode();
    // 31^8 ≈ 8.5e11 codes: a collision is rare, but the unique index decides.
    const created = await db.linkCode.createMany({
      data: [{ code, personId, expiresAt, createdAt: options.now }],
      skipDuplicates: true,
    });
    if (created.count === 1) {
      await writeAudit(db, {
        actorId: options.actorId,
        action: "linkcode.create",
        entity: "Person",
        entityId: personId,
        after: { expiresAt },
        at: options.now,
      });
      return { code, expiresAt };
    }
    if (attempt > 5) throw new Error("could not allocate a unique link code");
  }
}
