import type { AdminCommand } from "../../admin/command.ts";
import { setTarget } from "./targets.ts";

/** `target set UNIT_CODE YEAR DVUT PARTY`: a unit's annual targets (ĐVUT to introduce, new Party members). */
export const targetCommand: AdminCommand = {
  name: "target",
  usage: "target set UNIT_CODE YEAR DVUT PARTY   set a unit's targets: ĐVUT to introduce, new Party members",
  async run(app, args, out) {
    const { prisma, i18n, clock } = app.deps;
    const t = i18n.forLocale(i18n.defaultLocale);
    const [verb, unitCode, ...numbers] = args;
    const [year, dvut, party] = numbers.map((n) => (/^\d+$/.test(n) ? Number(n) : Number.NaN));
    if (verb !== "set" || !unitCode || numbers.length !== 3) {
      out(t("target-admin-usage"));
      return 2;
    }
    const unit = await prisma.orgUnit.findUnique({ where: { code: unitCode } });
    if (!unit) {
      out(t("role-unit-code-unknown", { code: unitCode }));
      return 1;
    }
    const result = await setTarget(
      prisma,
      { personId: null, unitIds: "all" },
      { unitId: unit.id, year: year as number, dvutToIntroduce: dvut as number, newPartyMembers: party as number },
      clock.now(),
    );
    if (!result.ok) {
      out(t(result.reason, result.args));
      return 1;
    }
    out(
      t("target-saved", {
        unit: unit.name,
        year: String(result.value.year),
        dvut: result.value.dvutToIntroduce,
        party: result.value.newPartyMembers,
      }),
    );
    return 0;
  },
};
