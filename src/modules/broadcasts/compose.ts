import { z } from "zod";
import type { ChatContext } from "../../core/context.ts";
import { type Done, defineFlow, type Option } from "../../core/dialogue/flow.ts";
import { cleanText } from "../../core/dialogue/inputs.ts";
import { isPlatform, type Platform } from "../../core/messages.ts";
import type { OrgTree } from "../../core/org.ts";
import { formatLocalDateTime } from "../../core/periods.ts";
import { ok, type Result, refuse } from "../../core/result.ts";
import { k, type MessageArgs, type MessageKey } from "../../i18n/i18n.ts";
import { type Audience, BROADCAST_TEXT_MAX, createBroadcast, previewBroadcast, type Refusal } from "./broadcasts.ts";

export const COMPOSE_FLOW = "broadcast";

const audienceKey: Record<string, MessageKey> = {
  all: k("broadcast-audience-all"),
  secretaries: k("broadcast-audience-secretaries"),
  dvut: k("broadcast-audience-dvut"),
  telegram: k("broadcast-audience-telegram"),
  zalo: k("broadcast-audience-zalo"),
  terminal: k("broadcast-audience-terminal"),
  groups: k("broadcast-audience-groups"),
};

export function refusalText(ctx: ChatContext, refusal: Refusal): string {
  return ctx.t(refusal.reason, refusal.args);
}

/** How the preview names the audience. */
function audienceLine(audience: Audience, tree: OrgTree, wholeBlock: boolean): { key: MessageKey; args?: MessageArgs } {
  switch (audience.kind) {
    case "all":
      return { key: wholeBlock ? k("broadcast-audience-all") : k("broadcast-audience-all-scoped") };
    case "unit":
      return { key: k("broadcast-audience-unit-named"), args: { unit: tree.get(audience.unitId)?.name ?? "?" } };
    case "role":
      return { key: k("broadcast-audience-secretaries") };
    case "dvut":
      return { key: k("broadcast-audience-dvut") };
    case "platform":
      return { key: audienceKey[audience.platform] as MessageKey };
    case "groups":
      return { key: k("broadcast-audience-groups") };
  }
}

/** The audience the answers name (undefined while "one unit" has no unit yet). */
function audienceOf(answers: { audience: string; unit?: { id: string } | undefined }): Audience | undefined {
  const { audience: chosen, unit } = answers;
  if (chosen === "unit") return unit ? { kind: "unit", unitId: unit.id } : undefined;
  if (chosen === "all") return { kind: "all" };
  if (chosen === "secretaries") return { kind: "role", role: "secretary" };
  if (chosen === "dvut") return { kind: "dvut" };
  if (chosen === "groups") return { kind: "groups" };
  return isPlatform(chosen) ? { kind: "platform", platform: chosen } : undefined;
}

const params = z.object({
  /** The author sends to the whole block ("Tất cả đoàn viên") rather than their own units. */
  wholeBlock: z.boolean(),
  /** A platform that is no audience of its own (the terminal), offered to an author writing from it. */
  ownPlatform: z.enum(["telegram", "zalo", "terminal"]).optional(),
});

/**
 * The broadcast composer, a flow of the dialogue runtime: text → photo (a link, optional) → audience (the unit when
 * "one unit") → time (now, or a local date and time still to come) → read confirmation → a preview with the exact
 * number of recipients → queued by `createBroadcast` in the runtime's filing transaction. Staff send to anyone,
 * secretaries within their own units; the same refusals as the admin command.
 */
export const composeFlow = defineFlow({
  id: COMPOSE_FLOW,
  titleKey: k("broadcast-title"),
  access: ["staff", "secretary"],
  params,
  // Filing reads the whole audience once to count it (a province: 100,000 people); the rows are queued after.
  submitTimeoutMs: 60_000,
  async init(env) {
    if (!env.scope.wholeBlock && env.scope.unitIds.size === 0) return refuse("broadcast-refused-no-scope");
    const own: Platform = env.account.platform;
    return ok({
      wholeBlock: env.scope.wholeBlock,
      ...(env.account.capabilities.listedAsAudience ? {} : { ownPlatform: own }),
    });
  },
  // `/broadcast <text>` gives the text at once.
  prefill: (args) => (cleanText(args) ? { text: cleanText(args) } : {}),
  steps: (p) => {
    const options: Option[] = [
      { value: "all", labelKey: p.wholeBlock ? k("broadcast-audience-all") : k("broadcast-audience-all-scoped") },
      { value: "unit", labelKey: k("broadcast-audience-unit") },
      { value: "secretaries", labelKey: k("broadcast-audience-secretaries") },
      { value: "dvut", labelKey: k("broadcast-audience-dvut") },
      { value: "telegram", labelKey: k("broadcast-audience-telegram") },
      { value: "zalo", labelKey: k("broadcast-audience-zalo") },
      { value: "groups", labelKey: k("broadcast-audience-groups") },
    ];
    if (p.ownPlatform) options.push({ value: p.ownPlatform, labelKey: audienceKey[p.ownPlatform] as MessageKey });
    return [
      {
        id: "text",
        kind: "text",
        max: BROADCAST_TEXT_MAX,
        promptKey: k("broadcast-ask-text"),
        labelKey: k("broadcast-label-text"),
      },
      {
        id: "photo",
        kind: "link",
        optional: true,
        skipLabelKey: k("broadcast-choice-no-photo"),
        invalidKey: k("broadcast-photo-invalid"),
        promptKey: k("broadcast-ask-photo"),
        labelKey: k("broadcast-label-photo"),
      },
      {
        id: "audience",
        kind: "choice",
        options,
        promptKey: k("broadcast-ask-audience"),
        labelKey: k("broadcast-label-audience"),
      },
      {
        id: "unit",
        kind: "unit",
        browse: "list",
        when: (answers) => answers.audience === "unit",
        within: (env) => (env.scope.wholeBlock ? undefined : env.scope.unitIds),
        outsideKey: k("broadcast-refused-out-of-scope"),
        invalidKey: k("broadcast-unit-not-found"),
        promptKey: k("broadcast-ask-unit"),
        labelKey: k("broadcast-label-unit"),
      },
      {
        id: "sendAt",
        kind: "datetime",
        future: true,
        optional: true,
        skipLabelKey: k("broadcast-choice-now"),
        promptKey: k("broadcast-ask-time"),
        labelKey: k("broadcast-label-time"),
      },
      {
        id: "ack",
        kind: "yesno",
        promptKey: k("broadcast-ask-confirmation"),
        labelKey: k("broadcast-label-confirmation"),
      },
    ];
  },
  async review(env, _params, answers) {
    const audience = audienceOf(answers);
    if (!audience) return refuse("broadcast-refused-unit-unknown");
    const preview = await previewBroadcast(env.deps.prisma, audience, env.scope, env.tree);
    if (!preview.ok) return preview;
    const breakdown = (Object.entries(preview.perPlatform) as [Platform, number][])
      .map(([platform, n]) => `${platform[0]?.toUpperCase()}${platform.slice(1)}: ${n}`)
      .join(", ");
    const { sendAt } = answers;
    const named = audienceLine(audience, env.tree, env.scope.wholeBlock);
    const lines: Done[] = [
      {
        key: k("broadcast-preview"),
        args: {
          text: answers.text,
          audience: env.deps.i18n.t(env.lang, named.key, named.args),
          total: preview.total,
          breakdown: breakdown || "0",
          when: sendAt
            ? formatLocalDateTime(new Date(sendAt), env.deps.config.TZ_NAME)
            : env.deps.i18n.t(env.lang, k("broadcast-when-now")),
        },
      },
    ];
    if (answers.photo !== null) lines.push({ key: k("broadcast-preview-photo"), args: { url: answers.photo } });
    lines.push({
      key: answers.ack ? k("broadcast-preview-confirmation") : k("broadcast-preview-no-confirmation"),
    });
    if (preview.peopleWithoutChat > 0) {
      lines.push({ key: k("broadcast-preview-without-chat"), args: { count: preview.peopleWithoutChat } });
    }
    return ok({ lines });
  },
  async apply({ tx, env, answers, afterCommit }): Promise<Result<{ key: MessageKey; args: MessageArgs }>> {
    const audience = audienceOf(answers);
    if (!audience) return refuse("broadcast-refused-unit-unknown");
    const sendAt = answers.sendAt !== null ? new Date(answers.sendAt) : null;
    const result = await createBroadcast(
      env.deps,
      {
        createdById: env.person.id,
        text: answers.text,
        photoUrl: answers.photo,
        audience,
        sendAt,
        requireConfirmation: answers.ack,
        origin: { platform: env.account.platform, chatId: env.account.chatId },
      },
      env.scope,
      env.tree,
      { within: { tx, afterCommit } },
    );
    if (!result.ok) return result;
    return ok({ key: k("broadcast-queued"), args: { total: result.recipients } });
  },
  refusalSteps: {
    "broadcast-refused-empty": "text",
    "broadcast-refused-too-long": "text",
    "broadcast-refused-unit-unknown": "audience",
    "broadcast-refused-out-of-scope": "audience",
    "broadcast-refused-nobody": "audience",
  },
});
