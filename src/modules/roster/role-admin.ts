import type { AdminCommand } from "../../admin/command.ts";
import { roleLabelKey } from "../../core/permissions.ts";
import { k } from "../../i18n/i18n.ts";
import type { RoleGrant } from "./roles.ts";
import { grantRole, revokeRole } from "./roles.ts";

/** `role grant|revoke MEMBER_CODE secretary|deputy UNIT_CODE | staff | admin` (deputy: Phó Bí thư) */
export const roleCommand: AdminCommand = {
  name: "role",
  usage: "role grant|revoke MEMBER_CODE secretary|deputy UNIT_CODE | staff | admin   grant or revoke a role",
  async run(app, args, out) {
    const { prisma, i18n, clock } = app.deps;
    const t = i18n.forLocale(i18n.defaultLocale);
    const [verb, memberCode, role, unitCode] = args;
    const valid =
      (verb === "grant" || verb === "revoke") &&
      memberCode &&
      (((role === "secretary" || role === "deputy") && unitCode) || role === "staff" || role === "admin");
    if (!valid) {
      out(t("role-admin-usage"));
      return 2;
    }
    const person = await prisma.person.findUnique({ where: { memberCode } });
    if (!person) {
      out(t("role-person-code-unknown", { code: memberCode }));
      return 1;
    }
    let grant: RoleGrant;
    if (role === "secretary" || role === "deputy") {
      const unit = await prisma.orgUnit.findUnique({ where: { code: unitCode as string } });
      if (!unit) {
        out(t("role-unit-code-unknown", { code: unitCode as string }));
        return 1;
      }
      grant = { role: "secretary", unitId: unit.id, deputy: role === "deputy" };
    } else grant = { role: role as "staff" | "admin" };
    const actor = { personId: null, unitIds: "all" as const };
    const change = { personId: person.id, grant };
    const result =
      verb === "grant"
        ? await grantRole(prisma, actor, change, clock.now())
        : await revokeRole(prisma, actor, change, clock.now());
    if (!result.ok) {
      out(t(result.reason, result.args));
      return 1;
    }
    // A secretary's title is the one held (a revoke names it whichever word was typed).
    const title =
      grant.role === "secretary"
        ? t(result.value.deputy ? k("role-deputy-secretary") : roleLabelKey.secretary)
        : t(roleLabelKey[grant.role]);
    out(t(verb === "grant" ? k("role-granted") : k("role-revoked"), { name: person.fullName, role: title }));
    return 0;
  },
};
