import { foldText } from "../../core/choices.ts";
import type { ChatContext } from "../../core/context.ts";
import type { Feature } from "../../core/feature.ts";
import { k } from "../../i18n/i18n.ts";
import { grantRole, revokeRole } from "./roles.ts";

const verbs: Record<string, "grant" | "revoke"> = {
  grant: "grant",
  giao: "grant",
  cap: "grant",
  revoke: "revoke",
  thu: "revoke",
  "thu hoi": "revoke",
  thuhoi: "revoke",
};

/** /role grant|revoke MEMBER_CODE UNIT_CODE: staff appoint and remove unit secretaries from the chat. */
export const rolesFeature: Feature = {
  name: "roles",
  commands: [
    {
      name: "role",
      access: ["staff"],
      descriptionKey: "cmd-role",
      async run(ctx, args) {
        const words = args.trim().split(/\s+/).filter(Boolean);
        const unitCode = words.pop();
        const memberCode = words.pop();
        const verb = verbs[foldText(words.join(" "))];
        if (!verb || !memberCode || !unitCode) {
          ctx.reply(ctx.t("role-chat-usage"));
          return;
        }
        await change(ctx, verb, memberCode, unitCode);
      },
    },
  ],
};

async function change(ctx: ChatContext, verb: "grant" | "revoke", memberCode: string, unitCode: string) {
  const { prisma, clock } = ctx.deps;
  const person = await prisma.person.findUnique({ where: { memberCode } });
  if (!person) {
    ctx.reply(ctx.t("role-person-code-unknown", { code: memberCode }));
    return;
  }
  const unit = await prisma.orgUnit.findUnique({ where: { code: unitCode } });
  if (!unit) {
    ctx.reply(ctx.t("role-unit-code-unknown", { code: unitCode }));
    return;
  }
  const scope = await ctx.scope();
  const actor = { personId: ctx.person?.id ?? null, unitIds: scope.wholeBlock ? ("all" as const) : scope.unitIds };
  const input = { personId: person.id, grant: { role: "secretary" as const, unitId: unit.id } };
  const result =
    verb === "grant"
      ? await grantRole(prisma, actor, input, clock.now())
      : await revokeRole(prisma, actor, input, clock.now());
  if (!result.ok) {
    ctx.reply(ctx.t(result.reason, result.args));
    return;
  }
  ctx.reply(
    ctx.t(verb === "grant" ? k("role-secretary-granted") : k("role-secretary-revoked"), {
      name: person.fullName,
      unit: unit.name,
    }),
  );
}
