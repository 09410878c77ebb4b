import type { AppDeps } from "../core/deps.ts";
import { startFlowButton } from "../core/dialogue/buttons.ts";
import type { AnyFlow } from "../core/dialogue/flow.ts";
import { languageOf } from "../core/language.ts";
import { queueForPerson } from "../outbox/notify.ts";

export interface FlowReminder {
  conversationId: string;
  personId: string;
  flowId: string;
  text: string;
}

/**
 * For the scheduler: reminds once each draft left idle for FLOW_IDLE_REMIND_HOURS (a Delivery row per chat account
 * of the person, and the reminder in the result), and expires drafts idle for FLOW_EXPIRE_DAYS. Safe to run often
 * and from several instances: a draft is claimed by setting `remindedAt` only where it is still empty.
 */
export async function sweepIdleConversations(
  deps: AppDeps,
  flows: readonly AnyFlow[] = deps.dialogue.list(),
): Promise<{ reminders: FlowReminder[]; expired: number }> {
  const { prisma, clock, config, i18n } = deps;
  const now = clock.now();
  const expireBefore = new Date(now.getTime() - config.FLOW_EXPIRE_DAYS * 86_400_000);
  let { count: expired } = await prisma.conversation.updateMany({
    where: { status: { in: ["active", "paused"] }, updatedAt: { lt: expireBefore } },
    data: { status: "expired" },
  });
  // A flow with its own, shorter expiry (a registration left for a day).
  for (const flow of flows) {
    if (flow.expireAfterHours === undefined) continue;
    const { count } = await prisma.conversation.updateMany({
      where: {
        flowId: flow.id,
        status: { in: ["active", "paused"] },
        updatedAt: { lt: new Date(now.getTime() - flow.expireAfterHours * 3_600_000) },
      },
      data: { status: "expired" },
    });
    expired += count;
  }
  const remindBefore = new Date(now.getTime() - config.FLOW_IDLE_REMIND_HOURS * 3_600_000);
  const idle = await prisma.conversation.findMany({
    where: { status: { in: ["active", "paused"] }, updatedAt: { lt: remindBefore }, remindedAt: null },
    take: 500,
  });
  const reminders: FlowReminder[] = [];
  for (const row of idle) {
    const personId = row.ownerKey.startsWith("p:") ? row.ownerKey.slice(2) : undefined;
    const flow = flows.find((f) => f.id === row.flowId);
    const person = personId ? await prisma.person.findUnique({ where: { id: personId } }) : null;
    // Claim it; the updatedAt stays, so the expiry still counts from the last answer.
    const { count } = await prisma.conversation.updateMany({
      where: { id: row.id, remindedAt: null, updatedAt: row.updatedAt },
      data: { remindedAt: now, updatedAt: row.updatedAt },
    });
    if (count !== 1 || !person || !flow) continue;
    const lang = languageOf(person.locale, i18n.defaultLocale);
    const text = i18n.t(lang, "flow-idle-reminder", {
      title: i18n.t(lang, flow.titleKey),
      days: config.FLOW_EXPIRE_DAYS,
    });
    const choices = [{ value: startFlowButton.value({ flowId: flow.id }), label: i18n.t(lang, "flow-continue") }];
    await queueForPerson(prisma, person.id, { text, choices }, `flow-remind:${row.id}:${row.updatedAt.getTime()}`, now);
    reminders.push({ conversationId: row.id, personId: person.id, flowId: flow.id, text });
  }
  return { reminders, expired };
}
