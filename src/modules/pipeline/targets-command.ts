import type { Feature } from "../../core/feature.ts";
import { setTarget } from "./targets.ts";

/** /target UNIT_CODE YEAR DVUT PARTY: staff set a unit's annual targets from the chat. */
export const targetsFeature: Feature = {
  name: "targets",
  commands: [
    {
      name: "target",
      access: ["staff"],
      descriptionKey: "cmd-target",
      async run(ctx, args) {
        const words = args.trim().split(/\s+/).filter(Boolean);
        const [unitCode, ...numbers] = words;
        if (!unitCode || numbers.length !== 3 || !numbers.every((n) => /^\d+$/.test(n))) {
          ctx.reply(ctx.t("target-chat-usage"));
          return;
        }
        const [year, dvut, party] = numbers.map(Number) as [number, number, number];
        const unit = await ctx.deps.prisma.orgUnit.findUnique({ where: { code: unitCode } });
        if (!unit) {
          ctx.reply(ctx.t("unit-code-unknown", { code: unitCode }));
          return;
        }
        const scope = await ctx.scope();
        const result = await setTarget(
          ctx.deps.prisma,
          { personId: ctx.person?.id ?? null, unitIds: scope.wholeBlock ? "all" : scope.unitIds },
          { unitId: unit.id, year, dvutToIntroduce: dvut, newPartyMembers: party },
          ctx.deps.clock.now(),
        );
        if (!result.ok) {
          ctx.reply(ctx.t(result.reason, result.args));
          return;
        }
        ctx.reply(ctx.t("target-saved", { unit: unit.name, year: String(year), dvut, party }));
      },
    },
  ],
};
