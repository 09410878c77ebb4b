import { foldText } from "../../core/choices.ts";
import type { ChatContext } from "../../core/context.ts";
import { languageOf } from "../../core/language.ts";
import { canSeeUnit } from "../../core/permissions.ts";
import { k } from "../../i18n/i18n.ts";
import { unitLabel } from "../../jobs/recipients.ts";
import { loadRoleHolders } from "../roster/index.ts";
import { confirmBroadcast } from "./broadcasts.ts";
import { confirmBroadcastButton } from "./buttons.ts";
import {
  broadcastRecipients,
  latestBroadcastToConfirm,
  queueConfirmationReminders,
  ratesByUnit,
  responsibleUnit,
  unconfirmedByResponsibleUnit,
} from "./confirmations.ts";

/**
 * What a member may type instead of pressing "Đã đọc / Xác nhận" (on Zalo the button is a numbered line), compared
 * without diacritics, case or punctuation. "ok" and the like only count while something waits for confirmation;
 * the explicit words are also answered once it is confirmed ("already recorded").
 */
const ACK_WORDS = new Set([
  "xac nhan",
  "da doc",
  "da doc xac nhan",
  "toi da doc",
  "da xem",
  "confirm",
  "read",
  "read confirm",
  "i have read it",
]);
const WEAK_ACK_WORDS = new Set(["ok", "oke", "okay", "da nhan"]);

const folded = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const excerpt = (text: string, max = 200) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 100) / whole));

/** "Đã đọc / Xác nhận" pressed (or its number typed): one confirmation per person, from either platform. */
export async function confirmAction(ctx: ChatContext, { broadcastId }: { broadcastId: string }): Promise<void> {
  if (!ctx.person) return;
  const outcome = await confirmBroadcast(ctx.deps.prisma, ctx.deps.clock, broadcastId, ctx.person.id, ctx.msg.platform);
  if (outcome === "unknown") ctx.reply(ctx.t("broadcast-not-found"));
  else if (outcome === "confirmed") ctx.reply(ctx.t("broadcast-ack-thanks"));
  else ctx.reply(ctx.t("broadcast-ack-already"));
}

/**
 * A bare "xác nhận", "đã đọc" or "ok" typed in a chat that received an announcement asking for confirmation confirms
 * the latest one still waiting for this person. Anything else, or nothing to confirm: not ours.
 */
export async function confirmByWord(ctx: ChatContext): Promise<boolean> {
  if (!ctx.person || ctx.content.kind !== "text") return false;
  const word = folded(ctx.content.text);
  const strong = ACK_WORDS.has(word);
  if (!strong && !WEAK_ACK_WORDS.has(word)) return false;
  const latest = await latestBroadcastToConfirm(ctx.deps.prisma, ctx.person, {
    platform: ctx.msg.platform,
    chatId: ctx.msg.chatId,
  });
  if (!latest || (latest.confirmed && !strong)) return false;
  await confirmAction(ctx, { broadcastId: latest.broadcastId });
  return true;
}

/** "Nhắc tất cả" ("ackr:<broadcastId>:<unitId>"): remind the unit's members who still have not confirmed, once. */
export async function remindAllAction(
  ctx: ChatContext,
  { broadcastId, unitId }: { broadcastId: string; unitId: string },
): Promise<void> {
  const scope = await ctx.scope();
  const tree = await ctx.orgTree();
  const broadcast = await ctx.deps.prisma.broadcast.findUnique({ where: { id: broadcastId } });
  if (!broadcast?.requireConfirmation || !tree.get(unitId)) {
    ctx.reply(ctx.t("broadcast-not-found"));
    return;
  }
  if (!canSeeUnit(scope, unitId)) {
    ctx.reply(ctx.t("confirm-remind-not-yours"));
    return;
  }
  const holders = await loadRoleHolders(ctx.deps.prisma);
  const withSecretary = new Set(holders.secretariesByUnit.keys());
  const groups = unconfirmedByResponsibleUnit(await broadcastRecipients(ctx.deps.prisma, broadcastId), (id) =>
    responsibleUnit(tree, withSecretary, id),
  );
  const members = groups.get(unitId) ?? [];
  if (members.length === 0) {
    ctx.reply(ctx.t("confirm-remind-nobody-left"));
    return;
  }
  const { reminded, already } = await queueConfirmationReminders(
    ctx.deps.prisma,
    ctx.deps.clock.now(),
    broadcastId,
    members.map((m) => m.id),
    (locale) => {
      const t = ctx.deps.i18n.forLocale(languageOf(locale, ctx.deps.i18n.defaultLocale));
      return {
        text: t("confirm-nudge", { text: excerpt(broadcast.text) }),
        choices: [{ value: confirmBroadcastButton.value({ broadcastId }), label: t(k("broadcast-ack-button")) }],
      };
    },
  );
  if (reminded === 0 && already > 0) ctx.reply(ctx.t("confirm-remind-already", { count: already }));
  else ctx.reply(ctx.t("confirm-remind-queued", { count: reminded, unreachable: members.length - reminded - already }));
}

/**
 * The confirmation rate of one broadcast per member's unit (confirmed / received), lowest first: staff see every unit,
 * a secretary (its author, or one whose members it reached) only the units in their scope.
 */
export async function showRates(ctx: ChatContext, broadcastId: string): Promise<void> {
  if (!ctx.person) return;
  const scope = await ctx.scope();
  const broadcast = await ctx.deps.prisma.broadcast.findUnique({ where: { id: broadcastId } });
  if (!broadcast?.requireConfirmation) {
    ctx.reply(ctx.t("broadcast-not-found"));
    return;
  }
  const tree = await ctx.orgTree();
  const rates = ratesByUnit(await broadcastRecipients(ctx.deps.prisma, broadcastId), (unitId) =>
    canSeeUnit(scope, unitId),
  );
  if (rates.length === 0) {
    ctx.reply(ctx.t("confirm-rates-none"));
    return;
  }
  const total = rates.reduce((sum, r) => ({ c: sum.c + r.confirmed, n: sum.n + r.recipients }), { c: 0, n: 0 });
  const lines = [
    ctx.t("confirm-rates-title", { text: excerpt(broadcast.text, 60) }),
    ...rates.map((r) =>
      ctx.t("confirm-rates-line", {
        unit: unitLabel(tree, r.unitId),
        confirmed: r.confirmed,
        recipients: r.recipients,
        percent: percent(r.confirmed, r.recipients),
      }),
    ),
    ctx.t("confirm-rates-total", { confirmed: total.c, recipients: total.n, percent: percent(total.c, total.n) }),
  ];
  ctx.reply(lines.join("\n"));
}
