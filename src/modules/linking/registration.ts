import { z } from "zod";
import type { ChatContext } from "../../core/context.ts";
import { defineGuestFlow } from "../../core/dialogue/flow.ts";
import { canSeeUnit } from "../../core/permissions.ts";
import { ok, refuse } from "../../core/result.ts";
import { k } from "../../i18n/i18n.ts";
import { fullNameSchema } from "../roster/index.ts";
import { formatDayMonthYear, parseDayMonthYear } from "./dates.ts";
import {
  createRegistrationRequest,
  decideRegistration,
  pendingRegistration,
  registrationApprovers,
} from "./linking.ts";
import { describeRegistration, notifyApprovers, notifyRequester } from "./registration-notify.ts";

/**
 * The registration ("I have no code"), a guest flow of the dialogue runtime: full name → date of birth → unit, for a
 * chat account not yet linked to anyone (its draft belongs to the chat account). The last answer sends the request
 * at once, to be approved by the unit's secretary; a registration left for a day is forgotten, so later chat is not
 * taken for a name or a date.
 */
export const REGISTRATION_FLOW = "link-registration";

export const registrationFlow = defineGuestFlow({
  id: REGISTRATION_FLOW,
  titleKey: k("link-reg-title"),
  access: "anyone",
  params: z.object({}).strict() as z.ZodType<Record<string, never>>,
  expireAfterHours: 24,
  autoSubmit: true,
  async init(env) {
    if (env.person) return refuse("link-already", { name: env.person.fullName });
    // One request at a time per chat account: secretaries are not asked twice about the same person.
    const pending = await pendingRegistration(env.deps.prisma, env.account.platform, env.account.externalId);
    if (pending) return refuse("link-reg-pending", { name: pending.fullName });
    if (!env.tree.all().some((u) => u.active)) return refuse("link-reg-no-units");
    return ok({});
  },
  steps: () => [
    {
      id: "name",
      kind: "text",
      max: 200,
      promptKey: k("link-reg-ask-name"),
      labelKey: k("link-reg-label-name"),
      // The roster's own rule for names (and its cleaning of control and direction-override characters): what a
      // secretary approves is what an import would accept, and nothing in it runs in a spreadsheet.
      parse(text) {
        const name = fullNameSchema.safeParse(text);
        return name.success ? ok(name.data) : refuse("link-reg-bad-name");
      },
    },
    {
      id: "dob",
      kind: "text",
      max: 40,
      promptKey: k("link-reg-ask-dob"),
      promptArgs: (_params, answers) => ({ name: typeof answers.name === "string" ? answers.name : "" }),
      labelKey: k("link-reg-label-dob"),
      parse(text, env) {
        const date = parseDayMonthYear(text, env.now);
        return date ? ok(formatDayMonthYear(date)) : refuse("link-reg-bad-dob");
      },
    },
    { id: "unit", kind: "unit", browse: "tree", promptKey: k("link-reg-ask-unit"), labelKey: k("link-reg-label-unit") },
  ],
  async apply({ tx, env, answers, afterCommit }) {
    const { unit, name } = answers;
    // The step stored the date it read ("15/03/1998"); read back the same way.
    const dob = parseDayMonthYear(answers.dob, env.now);
    if (!dob) return refuse("link-reg-not-in-progress");
    const pending = await pendingRegistration(tx, env.account.platform, env.account.externalId);
    if (pending) return refuse("link-reg-pending", { name: pending.fullName });
    const request = await createRegistrationRequest(tx, env.deps.clock, {
      platform: env.account.platform,
      externalId: env.account.externalId,
      chatId: env.account.chatId,
      fullName: name,
      dateOfBirth: dob,
      unitId: unit.id,
    });
    afterCommit(async () => {
      const approvers = await registrationApprovers(env.deps.prisma, unit.id);
      // Delivered by the outbox worker (src/outbox), like every message nobody asked for.
      await notifyApprovers(env.deps, request, approvers, env.tree.pathName(unit.id));
    });
    return ok({
      key: k("link-reg-sent"),
      args: { name: request.fullName, dob: formatDayMonthYear(request.dateOfBirth), unit: unit.name },
    });
  },
  finalRefusals: ["link-reg-pending", "link-reg-not-in-progress"],
});

/** "Đăng ký (chưa có mã)": starts the registration (or says why not: already linked, a request waiting). */
export function startRegistration(ctx: ChatContext): Promise<void> {
  return ctx.deps.dialogue.start(ctx, REGISTRATION_FLOW);
}

const decisionFailureKey = {
  "not-found": k("link-reg-not-found"),
  "already-decided": k("link-reg-already-decided"),
  "claimed-person": k("trust-reg-claimed-person"),
  "requester-linked": k("trust-reg-requester-linked"),
} as const;

/** "reg:approve:<id>" / "reg:reject:<id>" (./buttons.ts), pressed by a secretary (or staff) of the unit. */
export async function registrationDecisionAction(
  ctx: ChatContext,
  { decision, requestId }: { decision: "approve" | "reject"; requestId: string },
): Promise<void> {
  if (!ctx.person) return;
  const { prisma, clock } = ctx.deps;
  const request = await prisma.registrationRequest.findUnique({ where: { id: requestId } });
  if (!request) {
    ctx.reply(ctx.t("link-reg-not-found"));
    return;
  }
  if (!canSeeUnit(await ctx.scope(), request.unitId)) {
    ctx.reply(ctx.t("link-reg-not-yours"));
    return;
  }
  const result = await decideRegistration(prisma, clock, requestId, ctx.person.id, decision === "approve");
  if (!result.ok) {
    ctx.reply(ctx.t(decisionFailureKey[result.reason], { name: request.fullName }));
    return;
  }
  await notifyRequester(ctx.deps, result.request, decision === "approve", result.person?.fullName ?? request.fullName);
  ctx.reply(
    decision === "approve"
      ? ctx.t("link-reg-approved-ack", { name: request.fullName })
      : ctx.t("link-reg-rejected-ack", { name: request.fullName }),
  );
}

/** /requests: the oldest registration waiting in the secretary's units, with approve/reject, and how many remain. */
export async function showPendingRegistrations(ctx: ChatContext): Promise<void> {
  const scope = await ctx.scope();
  const pending = (
    await ctx.deps.prisma.registrationRequest.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" } })
  ).filter((r) => canSeeUnit(scope, r.unitId));
  const first = pending[0];
  if (!first) {
    ctx.reply(ctx.t("link-reg-none-pending"));
    return;
  }
  const tree = await ctx.orgTree();
  const details = await describeRegistration(ctx.deps, ctx.lang, first, tree.pathName(first.unitId));
  const more = pending.length > 1 ? `\n\n${ctx.t("link-reg-more-pending", { count: pending.length - 1 })}` : "";
  ctx.reply({ text: `${details.text}${more}`, choices: details.choices });
}
