import { action, type Feature } from "../../core/feature.ts";
import { canSeePerson } from "../../core/permissions.ts";
import { memberCardButton } from "./buttons.ts";
import { memberRecord } from "./member-record.ts";
import { searchPeople } from "./people-search.ts";
import { renderRecord } from "./render-record.ts";

/** /find NAME: staff search the whole block, a secretary their units; a result opens the member's record. */
export const findFeature: Feature = {
  name: "find",
  commands: [
    {
      name: "find",
      access: ["secretary", "staff"],
      descriptionKey: "cmd-find",
      async run(ctx, args) {
        const query = args.trim();
        if (query.length < 2) {
          ctx.reply(ctx.t("find-usage"));
          return;
        }
        const { matches, total } = await searchPeople(ctx.deps.prisma, await ctx.scope(), query);
        if (matches.length === 0) {
          ctx.reply(ctx.t("find-none", { query }));
          return;
        }
        const tree = await ctx.orgTree();
        ctx.reply({
          text:
            total > matches.length
              ? ctx.t("find-some", { count: total, shown: matches.length })
              : ctx.t("find-results", { count: total }),
          choices: matches.map((p) => ({
            value: memberCardButton.value({ personId: p.id }),
            label: `${p.fullName}${p.memberCode ? ` (${p.memberCode})` : ""} — ${tree.get(p.unitId)?.name ?? ""}`,
          })),
        });
      },
    },
  ],
  actions: [
    action({
      button: memberCardButton,
      access: ["secretary", "staff"],
      async run(ctx, { personId }) {
        const record = await memberRecord(ctx.deps.prisma, personId);
        // Checked again here: a button value can be forged or outlive a change of role.
        if (!record || !canSeePerson(await ctx.scope(), record.person)) {
          ctx.reply(ctx.t("scope-person-refused"));
          return;
        }
        ctx.reply(await renderRecord(ctx, record, record.person.id === ctx.person?.id));
      },
    }),
  ],
};
