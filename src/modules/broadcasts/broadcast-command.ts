import type { ChatContext } from "../../core/context.ts";
import { action, type Feature } from "../../core/feature.ts";
import type { Choice } from "../../core/messages.ts";
import { formatLocalDateTime } from "../../core/periods.ts";
import type { BroadcastStatus } from "../../generated/prisma/enums.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";
import { broadcastProgress, cancelBroadcast, recentBroadcasts } from "./broadcasts.ts";
import {
  broadcastRatesButton,
  cancelBroadcastButton,
  confirmBroadcastButton,
  remindUnconfirmedButton,
} from "./buttons.ts";
import { COMPOSE_FLOW, refusalText } from "./compose.ts";
import { confirmAction, confirmByWord, remindAllAction, showRates } from "./confirm.ts";

const statusKey: Record<BroadcastStatus, MessageKey> = {
  preparing: k("broadcast-status-preparing"),
  scheduled: k("broadcast-status-scheduled"),
  sending: k("broadcast-status-sending"),
  done: k("broadcast-status-done"),
  cancelled: k("broadcast-status-cancelled"),
};

const excerpt = (text: string, max = 40) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

async function listBroadcasts(ctx: ChatContext): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  const scope = await ctx.scope();
  const broadcasts = await recentBroadcasts(ctx.deps.prisma, { personId: person.id, scope });
  if (broadcasts.length === 0) {
    ctx.reply(ctx.t("broadcast-list-empty"));
    return;
  }
  const lines = [ctx.t("broadcast-list-title")];
  const choices: Choice[] = [];
  for (const b of broadcasts) {
    const p = await broadcastProgress(ctx.deps.prisma, b.id, ctx.deps.config.OUTBOX_UNCERTAIN);
    // Half its list is not the whole of it: while preparing, say how many are queued so far, not "x of total".
    if (b.status === "preparing") {
      lines.push(
        ctx.t("broadcast-list-item-preparing", {
          when: formatLocalDateTime(b.sendAt, ctx.deps.config.TZ_NAME),
          text: excerpt(b.text),
          status: ctx.t(statusKey[b.status]),
          total: p.total,
          sent: p.sent,
        }),
      );
    } else
      lines.push(
        ctx.t("broadcast-list-item", {
          when: formatLocalDateTime(b.sendAt, ctx.deps.config.TZ_NAME),
          text: excerpt(b.text),
          status: ctx.t(statusKey[b.status]),
          sent: p.sent,
          total: p.total,
          failed: p.failed,
          unreachable: p.unreachable,
          remaining: p.remaining,
        }),
      );
    if (b.requireConfirmation) {
      const count = await ctx.deps.prisma.broadcastConfirmation.count({ where: { broadcastId: b.id } });
      lines.push(`  ${ctx.t("broadcast-list-confirmations", { count })}`);
      choices.push({
        value: broadcastRatesButton.value({ broadcastId: b.id }),
        label: ctx.t("broadcast-choice-rates", { text: excerpt(b.text, 24) }),
      });
    }
    const mayCancel = scope.wholeBlock || b.createdById === person.id;
    if (mayCancel && (b.status === "preparing" || b.status === "scheduled" || b.status === "sending")) {
      choices.push({
        value: cancelBroadcastButton.value({ broadcastId: b.id }),
        label: ctx.t("broadcast-choice-cancel", { text: excerpt(b.text, 24) }),
        secure: true,
      });
    }
  }
  ctx.reply(choices.length > 0 ? { text: lines.join("\n"), choices } : lines.join("\n"));
}

/**
 * Announcements: staff to anyone, secretaries within their own units. `/broadcast` composes step by step
 * (text, photo, audience, time, preview with exact counts, confirm); `/broadcasts` follows and stops them.
 */
export const broadcastFeature: Feature = {
  name: "broadcast",
  commands: [
    {
      name: "broadcast",
      access: ["staff", "secretary"],
      descriptionKey: "cmd-broadcast",
      run: (ctx, args) => ctx.deps.dialogue.start(ctx, COMPOSE_FLOW, args),
    },
    {
      name: "broadcasts",
      access: ["staff", "secretary"],
      descriptionKey: "cmd-broadcasts",
      run: (ctx) => listBroadcasts(ctx),
    },
  ],
  actions: [
    action({
      button: broadcastRatesButton,
      access: ["staff", "secretary"],
      run: (ctx, { broadcastId }) => showRates(ctx, broadcastId),
    }),
    action({
      button: cancelBroadcastButton,
      access: ["staff", "secretary"],
      async run(ctx, { broadcastId }) {
        if (!ctx.person) return;
        const result = await cancelBroadcast(ctx.deps.prisma, ctx.deps.clock, broadcastId, {
          personId: ctx.person.id,
          scope: await ctx.scope(),
        });
        ctx.reply(result.ok ? ctx.t("broadcast-cancelled", { count: result.cancelled }) : refusalText(ctx, result));
      },
    }),
    action({ button: confirmBroadcastButton, access: "linked", run: confirmAction }),
    action({ button: remindUnconfirmedButton, access: ["secretary", "staff"], run: remindAllAction }),
  ],
  fallback: (ctx) => confirmByWord(ctx),
};
