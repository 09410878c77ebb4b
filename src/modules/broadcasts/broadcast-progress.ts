import type { Clock } from "../../clock.ts";
import type { Config } from "../../config.ts";
import { languageOf } from "../../core/language.ts";
import type { OutgoingMessage, Platform } from "../../core/messages.ts";
import type { Broadcast, PrismaClient } from "../../generated/prisma/client.ts";
import type { I18n, Locale } from "../../i18n/i18n.ts";
import type { Logger } from "../../logger.ts";
import { enqueue } from "../../outbox/enqueue.ts";
import { type BroadcastProgress, broadcastProgress, resumePreparations } from "./broadcasts.ts";

/** Edits a message sent earlier (the outbox worker's `edit`, paced with the platform's sends). */
export type ProgressEditor = (
  platform: Platform,
  chatId: string,
  messageId: string,
  message: OutgoingMessage,
) => Promise<boolean>;

export interface BroadcastTrackerDeps {
  prisma: PrismaClient;
  clock: Clock;
  i18n: I18n;
  logger?: Logger;
  config?: Pick<Config, "JOB_BATCH_SIZE" | "JOB_RUN_STALE_SECONDS">;
}

/** The figures every progress line shows, for t(…, args). */
export function progressArgs(p: BroadcastProgress): Record<string, number> {
  return {
    total: p.total,
    sent: p.sent,
    failed: p.failed,
    unreachable: p.unreachable,
    remaining: p.remaining,
    cancelled: p.cancelled,
    held: p.held,
  };
}

/**
 * Moves broadcasts along as the outbox works (preparing → scheduled → sending → done: a preparation left half-way is
 * finished first) and tells their author, through the
 * outbox too: a "started" message and a final summary. Each transition is a conditional update, so with several
 * instances exactly one of them sends each message (and dedupe keys guard the rest).
 */
export function createBroadcastTracker(
  deps: BroadcastTrackerDeps,
  uncertainPolicy: "resend" | "hold",
  progress: { edit?: ProgressEditor; everyMs?: number; instance?: string } = {},
) {
  const { prisma, clock, i18n } = deps;
  const lastEdit = new Map<string, number>();

  /** Rewrites the "started" message with the current figures, at most every `everyMs` (and once at the end). */
  const showProgress = async (b: Broadcast, p: BroadcastProgress, final: boolean) => {
    if (!progress.edit || !b.originPlatform || !b.originChatId) return;
    if (!final && performance.now() - (lastEdit.get(b.id) ?? Number.NEGATIVE_INFINITY) < (progress.everyMs ?? 5000)) {
      return;
    }
    let messageId = b.progressMessageId;
    if (!messageId) {
      const started = await prisma.delivery.findUnique({ where: { dedupeKey: `broadcast:${b.id}:started` } });
      messageId = started?.status === "sent" ? (started.platformMessageId?.split(",")[0] ?? null) : null;
      if (!messageId) return;
      await prisma.broadcast.update({ where: { id: b.id }, data: { progressMessageId: messageId } });
    }
    lastEdit.set(b.id, performance.now());
    if (final) lastEdit.delete(b.id);
    const lang = await originLocale(b);
    const text = final
      ? i18n.t(lang, "broadcast-progress-done", progressArgs(p))
      : i18n.t(lang, "broadcast-progress-running", progressArgs(p));
    await progress.edit(b.originPlatform, b.originChatId, messageId, { text });
  };

  const originLocale = async (b: Broadcast): Promise<Locale> => {
    if (!b.originPlatform || !b.originChatId) return i18n.defaultLocale;
    const identity = await prisma.platformIdentity.findFirst({
      where: { platform: b.originPlatform, chatId: b.originChatId },
      include: { person: { select: { locale: true } } },
    });
    return languageOf([identity?.person?.locale, identity?.locale], i18n.defaultLocale);
  };

  const tell = async (b: Broadcast, what: "started" | "summary", text: (lang: Locale) => string) => {
    if (!b.originPlatform || !b.originChatId) return;
    const lang = await originLocale(b);
    await enqueue(
      prisma,
      [
        {
          platform: b.originPlatform,
          chatId: b.originChatId,
          message: { text: text(lang) },
          dedupeKey: `broadcast:${b.id}:${what}`,
        },
      ],
      clock.now(),
    );
  };

  const startedStillQueued = async (b: Broadcast) => {
    const started = await prisma.delivery.findUnique({
      where: { dedupeKey: `broadcast:${b.id}:started` },
      select: { status: true },
    });
    return started?.status === "pending" || started?.status === "sending";
  };

  return {
    async tick(): Promise<void> {
      // A preparation cut short (its process died or failed) is finished here, without anyone asking.
      await resumePreparations(deps, progress.instance);
      const now = clock.now();
      const due = await prisma.broadcast.findMany({ where: { status: "scheduled", sendAt: { lte: now } } });
      for (const b of due) {
        const { count } = await prisma.broadcast.updateMany({
          where: { id: b.id, status: "scheduled" },
          data: { status: "sending" },
        });
        if (count === 0) continue;
        const p = await broadcastProgress(prisma, b.id, uncertainPolicy);
        await tell(b, "started", (lang) => i18n.t(lang, "broadcast-progress-started", progressArgs(p)));
      }
      const sending = await prisma.broadcast.findMany({ where: { status: "sending" } });
      for (const b of sending) {
        const p = await broadcastProgress(prisma, b.id, uncertainPolicy);
        if (p.remaining > 0) {
          await showProgress(b, p, false);
          continue;
        }
        // Finish once the "started" message is out, so that its last edit can show the final figures.
        if (progress.edit && (await startedStillQueued(b))) continue;
        const { count } = await prisma.broadcast.updateMany({
          where: { id: b.id, status: "sending" },
          data: { status: "done", finishedAt: now },
        });
        if (count === 0) continue;
        await showProgress(b, p, true);
        await tell(b, "summary", (lang) => {
          const lines = [i18n.t(lang, "broadcast-progress-done", progressArgs(p))];
          if (p.held > 0) lines.push(i18n.t(lang, "broadcast-progress-held", progressArgs(p)));
          if (p.possibleDuplicates > 0) {
            lines.push(i18n.t(lang, "broadcast-progress-duplicates", { count: p.possibleDuplicates }));
          }
          return lines.join("\n");
        });
      }
    },
  };
}

/**
 * For the outbox worker's `everyTick`: moves broadcasts along after each round of sends, editing the author's
 * progress message through the worker that sent it.
 */
export function followBroadcastProgress(
  deps: BroadcastTrackerDeps & {
    config: Pick<Config, "OUTBOX_UNCERTAIN" | "JOB_BATCH_SIZE" | "JOB_RUN_STALE_SECONDS">;
  },
) {
  return (worker: { edit: ProgressEditor; instanceId: string }) => {
    const tracker = createBroadcastTracker(deps, deps.config.OUTBOX_UNCERTAIN, {
      edit: (platform, chatId, messageId, message) => worker.edit(platform, chatId, messageId, message),
      instance: worker.instanceId,
    });
    return () => tracker.tick();
  };
}
