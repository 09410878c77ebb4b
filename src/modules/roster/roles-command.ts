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

/** Words naming the title between the member's code and the unit's ("phó bí thư" folds to "pho bi thu"). */
const titleWords: Record<string, "secretary" | "deputy"> = {
  secretary: "secretary",
  "bi thu": "secretary",
  bithu: "secretary",
  deputy: "deputy",
  pho: "deputy",
  "pho bi thu": "deputy",
  phobithu: "deputy",
};

/** The folded words that may make up a title, read backwards from the unit's code. */
const titleParts = new Set(["secretary", "deputy", "pho", "bi", "thu", "bithu", "phobithu"]);

/**
 * /role grant|revoke MEMBER_CODE [deputy] UNIT_CODE: staff appoint and remove unit secretaries (Bí thư, or Phó Bí thư
 * with "deputy" / "phó bí thư") from the chat.
 */
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
        const title: string[] = [];
        while (words.length > 2 && titleParts.has(foldText(words.at(-1) as string)))
          title.unshift(words.pop() as string);
        const titleName = title.length > 0 ? titleWords[foldText(title.join(" "))] : "secretary";
        const memberCode = words.pop();
        const verb = verbs[foldText(words.join(" "))];
        if (!verb || !memberCode || !unitCode || !titleName) {
          ctx.reply(ctx.t("role-chat-usage"));
          return;
        }
        await change(ctx, verb, memberCode, unitCode, titleName === "deputy");
      },
    },
  ],
};

async function change(
  ctx: ChatContext,
  verb: "grant" | "revoke",
  memberCode: string,
  unitCode: string,
  deputy: boolean,
) {
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
  const input = { personId: person.id, grant: { role: "secretary" as const, unitId: unit.id, deputy } };
  const result =
    verb === "grant"
      ? await grantRole(prisma, actor, input, clock.now())
      : await revokeRole(prisma, actor, input, clock.now());
  if (!result.ok) {
    ctx.reply(ctx.t(result.reason, result.args));
    return;
  }
  // A revoke names the title that was held, whichever word was typed.
  const asDeputy = result.value.deputy;
  const key =
    verb === "grant"
      ? asDeputy
        ? k("role-deputy-secretary-granted")
        : k("role-secretary-granted")
      : asDeputy
        ? k("role-deputy-secretary-revoked")
        : k("role-secretary-revoked");
  ctx.reply(ctx.t(key, { name: person.fullName, unit: unit.name }));
}
