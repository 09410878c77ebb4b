import { foldText } from "../../core/choices.ts";
import { compareVi } from "../../core/collate.ts";
import type { ChatContext } from "../../core/context.ts";
import { cleanText } from "../../core/dialogue/inputs.ts";
import { type Choice, isPlatform, type Platform } from "../../core/messages.ts";
import type { OrgTree } from "../../core/org.ts";
import { k } from "../../i18n/i18n.ts";
import { type Audience, createBroadcast, previewBroadcast, type Refusal } from "./broadcasts.ts";
import { closeDraft, type Draft, loadDraft, saveDraft } from "./draft.ts";
import { formatLocalDateTime, parseLocalDateTime } from "./when.ts";

const audienceKey: Record<string, string> = {
  all: k("broadcast-audience-all"),
  secretaries: k("broadcast-audience-secretaries"),
  dvut: k("broadcast-audience-dvut"),
  telegram: k("broadcast-audience-telegram"),
  zalo: k("broadcast-audience-zalo"),
  terminal: k("broadcast-audience-terminal"),
  groups: k("broadcast-audience-groups"),
};

const abortChoice = (ctx: ChatContext): Choice => ({ value: "bcc:abort", label: ctx.t("broadcast-choice-abort") });

export function refusalText(ctx: ChatContext, refusal: Refusal): string {
  return ctx.t(refusal.reasonKey, refusal.args);
}

export function audienceLabel(ctx: ChatContext, audience: Audience, tree: OrgTree, wholeBlock: boolean): string {
  switch (audience.kind) {
    case "all":
      return wholeBlock ? ctx.t("broadcast-audience-all") : ctx.t("broadcast-audience-all-scoped");
    case "unit":
      return ctx.t("broadcast-audience-unit-named", { unit: tree.get(audience.unitId)?.name ?? "?" });
    case "role":
      return ctx.t("broadcast-audience-secretaries");
    case "dvut":
      return ctx.t("broadcast-audience-dvut");
    case "platform":
      return ctx.t(audienceKey[audience.platform] as string);
    case "groups":
      return ctx.t("broadcast-audience-groups");
  }
}

/** Starts a draft: `/broadcast` asks for the text, `/broadcast <text>` takes it at once. */
export async function startCompose(ctx: ChatContext, text: string): Promise<void> {
  if (text.trim()) {
    await saveDraft(ctx, { step: "photo", text: cleanText(text) });
    askPhoto(ctx);
    return;
  }
  await saveDraft(ctx, { step: "text" });
  ctx.reply({ text: ctx.t("broadcast-ask-text"), choices: [abortChoice(ctx)] });
}

function askPhoto(ctx: ChatContext): void {
  ctx.reply({
    text: ctx.t("broadcast-ask-photo"),
    choices: [{ value: "bcc:nophoto", label: ctx.t("broadcast-choice-no-photo") }, abortChoice(ctx)],
  });
}

async function askAudience(ctx: ChatContext): Promise<void> {
  const scope = await ctx.scope();
  const options: [string, string][] = [
    ["all", scope.wholeBlock ? ctx.t("broadcast-audience-all") : ctx.t("broadcast-audience-all-scoped")],
    ["unit", ctx.t("broadcast-audience-unit")],
    ["secretaries", ctx.t("broadcast-audience-secretaries")],
    ["dvut", ctx.t("broadcast-audience-dvut")],
    ["telegram", ctx.t("broadcast-audience-telegram")],
    ["zalo", ctx.t("broadcast-audience-zalo")],
    ["groups", ctx.t("broadcast-audience-groups")],
  ];
  // A platform that is no audience of its own (the local terminal) is offered to an author writing from it.
  if (!ctx.capabilities.listedAsAudience)
    options.push([ctx.msg.platform, ctx.t(audienceKey[ctx.msg.platform] as string)]);
  ctx.reply({
    text: ctx.t("broadcast-ask-audience"),
    choices: [...options.map(([value, label]) => ({ value: `bcc:aud:${value}`, label })), abortChoice(ctx)],
  });
}

/** The units a person may pick: their top units first, then the ones below, at most ten buttons. */
async function askUnit(ctx: ChatContext): Promise<void> {
  const tree = await ctx.orgTree();
  const scope = await ctx.scope();
  const depth = (id: string) => tree.ancestors(id).length;
  const units = tree
    .all()
    .filter((u) => u.active && scope.unitIds.has(u.id))
    .sort((a, b) => depth(a.id) - depth(b.id) || compareVi(a.name, b.name))
    .slice(0, 10);
  ctx.reply({
    text: ctx.t("broadcast-ask-unit"),
    choices: [...units.map((u) => ({ value: `bcc:unit:${u.id}`, label: `${u.name} (${u.code})` })), abortChoice(ctx)],
  });
}

/** Whether members must confirm they have read it: one button on Telegram, a number or the word on Zalo. */
function askConfirmation(ctx: ChatContext): void {
  ctx.reply({
    text: ctx.t("broadcast-ask-confirmation"),
    choices: [
      { value: "bcc:ack", label: ctx.t("broadcast-choice-ack-yes") },
      { value: "bcc:noack", label: ctx.t("broadcast-choice-ack-no") },
      abortChoice(ctx),
    ],
  });
}

function askTime(ctx: ChatContext): void {
  ctx.reply({
    text: ctx.t("broadcast-ask-time"),
    choices: [{ value: "bcc:now", label: ctx.t("broadcast-choice-now") }, abortChoice(ctx)],
  });
}

async function showPreview(ctx: ChatContext, draft: Draft): Promise<void> {
  const tree = await ctx.orgTree();
  const scope = await ctx.scope();
  const audience = draft.audience as Audience;
  const preview = await previewBroadcast(ctx.deps.prisma, audience, scope, tree);
  if (!preview.ok) {
    ctx.reply(refusalText(ctx, preview));
    await saveDraft(ctx, { ...draft, step: "audience", audience: undefined });
    await askAudience(ctx);
    return;
  }
  const breakdown = (Object.entries(preview.perPlatform) as [Platform, number][])
    .map(([platform, n]) => `${platform[0]?.toUpperCase()}${platform.slice(1)}: ${n}`)
    .join(", ");
  const when = draft.sendAt
    ? formatLocalDateTime(new Date(draft.sendAt), ctx.deps.config.TZ_NAME)
    : ctx.t("broadcast-when-now");
  const lines = [
    ctx.t("broadcast-preview", {
      text: draft.text ?? "",
      audience: audienceLabel(ctx, audience, tree, scope.wholeBlock),
      total: preview.total,
      breakdown: breakdown || "0",
      when,
    }),
  ];
  if (draft.photoUrl) lines.push(ctx.t("broadcast-preview-photo", { url: draft.photoUrl }));
  lines.push(
    draft.requireConfirmation ? ctx.t("broadcast-preview-confirmation") : ctx.t("broadcast-preview-no-confirmation"),
  );
  if (preview.peopleWithoutChat > 0) {
    lines.push(ctx.t("broadcast-preview-without-chat", { count: preview.peopleWithoutChat }));
  }
  ctx.reply({
    text: lines.join("\n"),
    choices: [{ value: "bcc:send", label: ctx.t("broadcast-choice-send") }, abortChoice(ctx)],
  });
}

/** A choice of the compose dialogue ("bcc:…"). */
export async function composeChoice(ctx: ChatContext, rest: string): Promise<void> {
  const draft = await loadDraft(ctx);
  if (!draft) {
    ctx.reply(ctx.t("broadcast-compose-expired"));
    return;
  }
  const [what = "", arg = ""] = rest.split(/:(.*)/s);
  if (what === "abort") {
    await closeDraft(ctx, "cancelled");
    ctx.reply(ctx.t("broadcast-aborted"));
    return;
  }
  if (what === "nophoto" && draft.step === "photo") {
    await saveDraft(ctx, { ...draft, step: "audience" });
    await askAudience(ctx);
    return;
  }
  if (what === "aud" && draft.step === "audience") {
    if (arg === "unit") {
      await saveDraft(ctx, { ...draft, step: "unit" });
      await askUnit(ctx);
      return;
    }
    const audience: Audience | undefined =
      arg === "all"
        ? { kind: "all" }
        : arg === "secretaries"
          ? { kind: "role", role: "secretary" }
          : arg === "dvut"
            ? { kind: "dvut" }
            : arg === "groups"
              ? { kind: "groups" }
              : isPlatform(arg)
                ? { kind: "platform", platform: arg }
                : undefined;
    if (!audience) return askAudience(ctx);
    await saveDraft(ctx, { ...draft, step: "time", audience });
    askTime(ctx);
    return;
  }
  if (what === "unit" && draft.step === "unit") {
    await chooseUnit(ctx, draft, arg);
    return;
  }
  if (what === "now" && draft.step === "time") {
    await saveDraft(ctx, { ...draft, step: "ack", sendAt: undefined });
    askConfirmation(ctx);
    return;
  }
  if ((what === "ack" || what === "noack") && draft.step === "ack") {
    const next = { ...draft, step: "confirm" as const, requireConfirmation: what === "ack" };
    await saveDraft(ctx, next);
    await showPreview(ctx, next);
    return;
  }
  // "sendack" is the button of previews shown before the confirmation question existed.
  if ((what === "send" || what === "sendack") && draft.step === "confirm") {
    await send(ctx, draft, what === "sendack" || draft.requireConfirmation === true);
    return;
  }
  await repeatStep(ctx, draft);
}

async function chooseUnit(ctx: ChatContext, draft: Draft, unitId: string): Promise<void> {
  const audience: Audience = { kind: "unit", unitId };
  const preview = await previewBroadcast(ctx.deps.prisma, audience, await ctx.scope(), await ctx.orgTree());
  if (!preview.ok) {
    ctx.reply(refusalText(ctx, preview));
    await askUnit(ctx);
    return;
  }
  await saveDraft(ctx, { ...draft, step: "time", audience });
  askTime(ctx);
}

async function send(ctx: ChatContext, draft: Draft, requireConfirmation: boolean): Promise<void> {
  const person = ctx.person;
  if (!person || !draft.text || !draft.audience) return;
  const result = await createBroadcast(
    ctx.deps,
    {
      createdById: person.id,
      text: draft.text,
      photoUrl: draft.photoUrl ?? null,
      audience: draft.audience,
      sendAt: draft.sendAt ? new Date(draft.sendAt) : null,
      requireConfirmation,
      origin: { platform: ctx.msg.platform, chatId: ctx.msg.chatId },
    },
    await ctx.scope(),
    await ctx.orgTree(),
  );
  if (!result.ok) {
    ctx.reply(refusalText(ctx, result));
    await saveDraft(ctx, { ...draft, step: "audience", audience: undefined });
    await askAudience(ctx);
    return;
  }
  await closeDraft(ctx, "submitted");
  ctx.reply(
    result.complete
      ? ctx.t("broadcast-queued", { total: result.recipients })
      : ctx.t("broadcast-queued-preparing", { total: result.recipients }),
  );
}

async function repeatStep(ctx: ChatContext, draft: Draft): Promise<void> {
  switch (draft.step) {
    case "text":
      ctx.reply({ text: ctx.t("broadcast-ask-text"), choices: [abortChoice(ctx)] });
      return;
    case "photo":
      return askPhoto(ctx);
    case "audience":
      return askAudience(ctx);
    case "unit":
      return askUnit(ctx);
    case "time":
      return askTime(ctx);
    case "ack":
      return askConfirmation(ctx);
    case "confirm":
      return showPreview(ctx, draft);
  }
}

/** Typed text while a draft is open. False when there is no draft (another feature may take the message). */
export async function composeText(ctx: ChatContext): Promise<boolean> {
  if (!ctx.person) return false;
  const draft = await loadDraft(ctx);
  if (!draft) return false;
  if (ctx.content.kind !== "text") {
    ctx.reply(ctx.t("broadcast-compose-text-only"));
    await repeatStep(ctx, draft);
    return true;
  }
  const text = cleanText(ctx.content.text);
  switch (draft.step) {
    case "text":
      await saveDraft(ctx, { ...draft, step: "photo", text });
      askPhoto(ctx);
      return true;
    case "photo":
      if (!/^https?:\/\/\S+$/i.test(text)) {
        ctx.reply({
          text: ctx.t("broadcast-photo-invalid"),
          choices: [{ value: "bcc:nophoto", label: ctx.t("broadcast-choice-no-photo") }, abortChoice(ctx)],
        });
        return true;
      }
      await saveDraft(ctx, { ...draft, step: "audience", photoUrl: text });
      await askAudience(ctx);
      return true;
    case "unit": {
      const tree = await ctx.orgTree();
      const folded = foldText(text);
      const unit = tree.all().find((u) => u.code.toLowerCase() === text.toLowerCase() || foldText(u.name) === folded);
      if (!unit) {
        ctx.reply(ctx.t("broadcast-unit-not-found", { text }));
        await askUnit(ctx);
        return true;
      }
      await chooseUnit(ctx, draft, unit.id);
      return true;
    }
    case "time": {
      const at = parseLocalDateTime(text, ctx.deps.config.TZ_NAME, ctx.deps.clock.now());
      if (!at) {
        ctx.reply(ctx.t("broadcast-time-invalid", { text }));
        askTime(ctx);
        return true;
      }
      if (at <= ctx.deps.clock.now()) {
        ctx.reply(ctx.t("broadcast-time-past"));
        askTime(ctx);
        return true;
      }
      await saveDraft(ctx, { ...draft, step: "ack", sendAt: at.toISOString() });
      askConfirmation(ctx);
      return true;
    }
    default:
      ctx.reply(ctx.t("broadcast-compose-text-only"));
      await repeatStep(ctx, draft);
      return true;
  }
}
