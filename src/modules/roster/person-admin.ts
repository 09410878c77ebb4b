import { type AdminCommand, parseOptions } from "../../admin/command.ts";
import { writeAudit } from "../../core/audit.ts";

/** What an erased person's name becomes: the record stays (counts, history) but names nobody. */
export const ERASED_NAME = "(đã xóa)";

const usage = "person deactivate|erase MEMBER_CODE   stop all messages and access; or anonymise the person's data";

/**
 * `person deactivate CODE`: the person stays in history (reports, ratings, candidacies) but receives nothing, and
 * their chat accounts no longer act as them (no /me). `person erase CODE`: deactivates and anonymises the personal
 * fields (name, birth date, phone, email, gender, position, titles, member code), lets the chat accounts go with
 * their names and anonymises registration requests. The append-only audit log is not rewritten: it never held phone,
 * email or birth values.
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
      // The audit log is append-only (database rules refuse UPDATE and DELETE): its rows were written without phone,
      // email or birth values (redactPersonal), and are not rewritten here.
      await writeAudit(tx, { actorId: null, action: "person.erase", entity: "Person", entityId: person.id, at: now });
    });
    out(verb === "deactivate" ? `deactivated ${code}` : `erased ${code}`);
    return 0;
  },
};
