import type { Feature } from "../../core/feature.ts";
import { selfCertificateChoice } from "../pipeline/index.ts";
import { memberRecord } from "./member-record.ts";
import { renderRecord } from "./render-record.ts";

/** /me: a member's own standing — and only their own. */
export const meFeature: Feature = {
  name: "me",
  commands: [
    {
      name: "me",
      access: "linked",
      descriptionKey: "cmd-me",
      inPlatformMenu: true,
      async run(ctx) {
        const record = ctx.person ? await memberRecord(ctx.deps.prisma, ctx.person.id) : undefined;
        if (!record) {
          ctx.reply(ctx.t("access-not-linked"));
          return;
        }
        // An ĐVUT whose journey waits for the certificate reports it here; their secretary confirms it.
        const certificate = await selfCertificateChoice(ctx.deps.prisma, ctx.t, record.person.id);
        ctx.reply({
          text: await renderRecord(ctx, record, true),
          choices: [...(certificate ? [certificate] : []), { value: "/guide", label: ctx.t("record-see-guide") }],
        });
      },
    },
  ],
};
