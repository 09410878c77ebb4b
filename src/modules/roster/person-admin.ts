import { type AdminCommand, parseOptions } from "../../admin/command.ts";
import { REDACTED, redactPersonal, writeAudit } from "../../core/audit.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** What an erased person's name becomes: the record stays (counts, history) but names nobody. */
export const ERASED_NAME = "(đã xóa)";

const usage = "person deactivate|erase MEMBER_CODE   stop all messages and access; or anonymise the person's data";

/**
 * `person deactivate CODE`: the person stays in history (reports, ratings, candidacies) but receives nothing, and
 * their chat accounts no longer act as them (no /me). `person erase CODE`: deactivates and anonymises the personal
 * fields (name, birth date, phone, email, gender, position, titles, member code), lets the chat accounts go with
 * their names, anonymises registration requests, and strips personal values from the audit rows about the person.
 */
export const personCommand: AdminCommand = {
  name: "person",
  usage,
  async run(app, args, out) {
    const { positional } = parseOptions(args);
    const [verb, code] = positional;
    if ((verb !== "deactivate" && verb !== "erase") || !code) {
      out(`usage: ${usage}`);
      return 2;
    }
    const { prisma, clock } = app.deps;
    const person = await prisma.person.findUnique({ where: { memberCode: code } });
    if (!person) {
      out(`no person with member code ${code}`);
      return 1;
    }
    const now = clock.now();
    await prisma.$transaction(async (tx) => {
      await tx.person.update({ where: { id: person.id }, data: { active: false, updatedAt: now } });
      // Messages already queued for them are not sent.
      await tx.delivery.updateMany({
        where: { personId: person.id, status: { in: ["pending", "uncertain"] } },
        data: { status: "cancelled" },
      });
      await tx.conversation.updateMany({
        where: { ownerKey: `p:${person.id}`, status: { in: ["active", "paused"] } },
        data: { status: "cancelled", updatedAt: now },
      });
      if (verb === "deactivate") {
        await writeAudit(tx, {
          actorId: null,
          action: "person.deactivate",
          entity: "Person",
          entityId: person.id,
          at: now,
        });
        return;
      }
      await tx.person.update({
        where: { id: person.id },
        data: {
          fullName: ERASED_NAME,
          memberCode: null,
          dateOfBirth: null,
          gender: null,
          phone: null,
          email: null,
          position: null,
          titles: [],
        },
      });
      await tx.platformIdentity.updateMany({
        where: { personId: person.id },
        data: { personId: null, linkedAt: null, displayName: null, username: null },
      });
      await tx.registrationRequest.updateMany({ where: { personId: person.id }, data: { fullName: ERASED_NAME } });
      await tx.linkCode.deleteMany({ where: { personId: person.id } });
      // Audit rows about the person keep what happened and which fields changed, not what they held.
      const rows = await tx.auditLog.findMany({ where: { entityId: person.id } });
      for (const row of rows) {
        await tx.auditLog.update({
          where: { id: row.id },
          data: {
            before: eraseNames(row.before) as Prisma.InputJsonValue,
            after: eraseNames(row.after) as Prisma.InputJsonValue,
          },
        });
      }
      await writeAudit(tx, { actorId: null, action: "person.erase", entity: "Person", entityId: person.id, at: now });
    });
    out(verb === "deactivate" ? `deactivated ${code}` : `erased ${code}`);
    return 0;
  },
};

const NAME_FIELDS = new Set(["fullName", "memberCode", "gender", "position", "titles"]);

/** An audit value with personal fields and names replaced. */
function eraseNames(value: unknown): unknown {
  const redacted = redactPersonal(value);
  if (redacted === null || redacted === undefined) return undefined;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.entries(v).map(([key, inner]) => [key, NAME_FIELDS.has(key) && inner !== null ? REDACTED : walk(inner)]),
      );
    return v;
  };
  return walk(redacted);
}
