import { z } from "zod";
import type { ChatContext } from "../../core/context.ts";
import type { Choice } from "../../core/messages.ts";
import { canSeeUnit } from "../../core/permissions.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
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

/** The registration ("I have no code") is a short guided conversation: name → date of birth → unit. */
const FLOW_ID = "link-registration";
const STATE_VERSION = 1;
const ABANDON_AFTER_MS = 24 * 3_600_000;

const stateSchema = z.object({
  step: z.enum(["name", "dob", "unit"]),
  fullName: z.string().optional(),
  dateOfBirth: z.string().optional(),
});
type RegistrationState = z.infer<typeof stateSchema>;

async function loadState(ctx: ChatContext): Promise<RegistrationState | null> {
  const row = await ctx.deps.prisma.conversation.findUnique({
    where: { ownerKey_flowId: { ownerKey: ctx.ownerKey, flowId: FLOW_ID } },
  });
  if (row?.status !== "active" || row.stateVersion !== STATE_VERSION) return null;
  // A registration left for a day is forgotten, so later chat is not taken for a name or a date.
  if (ctx.deps.clock.now().getTime() - row.updatedAt.getTime() > ABANDON_AFTER_MS) return null;
  const parsed = stateSchema.safeParse(row.state);
  return parsed.success ? parsed.data : null;
}

async function saveState(ctx: ChatContext, state: RegistrationState | null): Promise<void> {
  const key = { ownerKey: ctx.ownerKey, flowId: FLOW_ID };
  const data = {
    status: state ? ("active" as const) : ("submitted" as const),
    stateVersion: STATE_VERSION,
    state: (state ?? {}) as Prisma.InputJsonValue,
    lastPlatform: ctx.msg.platform,
    lastChatId: ctx.msg.chatId,
    updatedAt: ctx.deps.clock.now(),
  };
  await ctx.deps.prisma.conversation.upsert({
    where: { ownerKey_flowId: key },
    create: { ...key, ...data },
    update: { ...data, revision: { increment: 1 } },
  });
}

/** One request at a time per chat account: secretaries are not asked twice about the same person. */
async function replyIfPending(ctx: ChatContext): Promise<boolean> {
  const pending = await pendingRegistration(ctx.deps.prisma, ctx.msg.platform, ctx.msg.sender.externalId);
  if (!pending) return false;
  ctx.reply(ctx.t("link-reg-pending", { name: pending.fullName }));
  return true;
}

export async function startRegistration(ctx: ChatContext): Promise<void> {
  if (ctx.person) {
    ctx.reply(ctx.t("link-already", { name: ctx.person.fullName }));
    return;
  }
  if (await replyIfPending(ctx)) return;
  await saveState(ctx, { step: "name" });
  ctx.reply(ctx.t("link-reg-ask-name"));
}

/** Takes typed answers while a registration is in progress; false when none is. */
export async function continueRegistration(ctx: ChatContext): Promise<boolean> {
  if (ctx.content.kind !== "text" || ctx.person) return false;
  const state = await loadState(ctx);
  if (!state) return false;
  const text = ctx.content.text.trim().replace(/\s+/g, " ");
  if (state.step === "name") {
    // The roster's own rule for names (and its cleaning of control and direction-override characters): what a
    // secretary approves is what an import would accept, and nothing in it runs in a spreadsheet.
    const name = fullNameSchema.safeParse(ctx.content.text);
    if (!name.success) {
      ctx.reply(ctx.t("link-reg-bad-name"));
      return true;
    }
    await saveState(ctx, { step: "dob", fullName: name.data });
    ctx.reply(ctx.t("link-reg-ask-dob", { name: name.data }));
    return true;
  }
  if (state.step === "dob") {
    const date = parseDayMonthYear(text, ctx.deps.clock.now());
    if (!date) {
      ctx.reply(ctx.t("link-reg-bad-dob"));
      return true;
    }
    await saveState(ctx, { ...state, step: "unit", dateOfBirth: date.toISOString() });
    await offerUnits(ctx, null);
    return true;
  }
  // Waiting for a unit: the list is shown again.
  await offerUnits(ctx, null);
  return true;
}

/** Units one level at a time, from the top: a unit with units below it can be chosen itself or opened. */
async function offerUnits(ctx: ChatContext, parentId: string | null): Promise<void> {
  const tree = await ctx.orgTree();
  const roots = tree.roots().filter((u) => u.active);
  let units = parentId ? tree.childrenOf(parentId) : roots;
  // A single top unit (the Đoàn Khối itself) is opened straight away.
  if (!parentId && roots.length === 1 && roots[0]) {
    parentId = roots[0].id;
    units = tree.childrenOf(parentId);
  }
  const choices: Choice[] = units
    .filter((u) => u.active)
    .map((u) => ({
      value: tree.childrenOf(u.id).some((c) => c.active) ? `link:open:${u.id}` : `link:unit:${u.id}`,
      label: u.name,
    }));
  const parent = parentId ? tree.get(parentId) : undefined;
  if (parent)
    choices.push({ value: `link:unit:${parent.id}`, label: ctx.t("link-reg-this-unit", { unit: parent.name }) });
  if (choices.length === 0) {
    ctx.reply(ctx.t("link-reg-no-units"));
    return;
  }
  ctx.reply({ text: ctx.t("link-reg-ask-unit"), choices });
}

/** "link:open:<unitId>" shows the units below; "link:unit:<unitId>" sends the request. */
export async function registrationUnitAction(ctx: ChatContext, rest: string): Promise<void> {
  const state = ctx.person ? null : await loadState(ctx);
  if (state?.step !== "unit" || !state.fullName || !state.dateOfBirth) {
    ctx.reply(ctx.t("link-reg-not-in-progress"));
    return;
  }
  const [what, unitId = ""] = [rest.slice(0, rest.indexOf(":")), rest.slice(rest.indexOf(":") + 1)];
  const tree = await ctx.orgTree();
  const unit = tree.get(unitId);
  if (!unit?.active) {
    await offerUnits(ctx, null);
    return;
  }
  if (what === "open") {
    await offerUnits(ctx, unit.id);
    return;
  }
  if (await replyIfPending(ctx)) {
    await saveState(ctx, null);
    return;
  }
  const request = await createRegistrationRequest(ctx.deps.prisma, ctx.deps.clock, {
    platform: ctx.msg.platform,
    externalId: ctx.msg.sender.externalId,
    chatId: ctx.msg.chatId,
    fullName: state.fullName,
    dateOfBirth: new Date(state.dateOfBirth),
    unitId: unit.id,
  });
  await saveState(ctx, null);
  const approvers = await registrationApprovers(ctx.deps.prisma, unit.id);
  // Delivered by the outbox worker (src/outbox), like every message nobody asked for.
  await notifyApprovers(ctx.deps, request, approvers, tree.pathName(unit.id));
  ctx.reply(
    ctx.t("link-reg-sent", {
      name: request.fullName,
      dob: formatDayMonthYear(request.dateOfBirth),
      unit: unit.name,
    }),
  );
}

const decisionFailureKey = {
  "not-found": k("link-reg-not-found"),
  "already-decided": k("link-reg-already-decided"),
  "claimed-person": k("trust-reg-claimed-person"),
  "requester-linked": k("trust-reg-requester-linked"),
} as const;

/** "reg:approve:<id>" / "reg:reject:<id>", pressed by a secretary (or staff) of the unit. */
export async function registrationDecisionAction(ctx: ChatContext, rest: string): Promise<void> {
  const [verb, requestId = ""] = [rest.slice(0, rest.indexOf(":")), rest.slice(rest.indexOf(":") + 1)];
  if ((verb !== "approve" && verb !== "reject") || !ctx.person) return;
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
  const result = await decideRegistration(prisma, clock, requestId, ctx.person.id, verb === "approve");
  if (!result.ok) {
    ctx.reply(ctx.t(decisionFailureKey[result.reason], { name: request.fullName }));
    return;
  }
  await notifyRequester(ctx.deps, result.request, verb === "approve", result.person?.fullName ?? request.fullName);
  ctx.reply(
    verb === "approve"
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
