import type { ChatContext } from "../../core/context.ts";
import { documentLink } from "./document-link.ts";
import { type FileRequest, prepareFile } from "./export-file.ts";

/**
 * Sends an export or a document to the asker: as a file where the chat takes files; otherwise as a short-lived link
 * for them only (when the service has a public address and a link secret), or else a word on where to get it.
 */
export async function replyWithFile(ctx: ChatContext, request: FileRequest): Promise<void> {
  const prepared = await prepareFile(ctx.deps, await ctx.orgTree(), await ctx.scope(), request, ctx.t);
  if (!prepared.ok) {
    if (prepared.reason === "empty") ctx.reply(ctx.t("export-empty", { title: prepared.title }));
    else if (prepared.reason === "no-document") ctx.reply(ctx.t("document-kinds-only"));
    else ctx.reply(ctx.t("document-not-allowed"));
    return;
  }
  if (ctx.canReceiveFiles) {
    ctx.reply({
      text: ctx.t("export-ready", { title: prepared.title, rows: prepared.rows }),
      files: [await prepared.render()],
    });
    return;
  }
  const url = ctx.person ? documentLink(ctx.deps, ctx.person.id, request) : undefined;
  if (url) {
    ctx.reply(
      ctx.t("document-link-sent", {
        title: prepared.title,
        url,
        minutes: ctx.deps.config.DOCUMENT_LINK_TTL_MINUTES,
      }),
    );
  } else ctx.reply(ctx.t("document-no-files-here", { title: prepared.title }));
}
