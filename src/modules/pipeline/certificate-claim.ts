import { z } from "zod";
import { writeAudit } from "../../core/audit.ts";
import type { ChatContext } from "../../core/context.ts";
import type { Db } from "../../core/db.ts";
import { startFlowButton } from "../../core/dialogue/buttons.ts";
import { defineFlow } from "../../core/dialogue/flow.ts";
import type { Choice } from "../../core/messages.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { ok, refuse } from "../../core/result.ts";
import type { CertificateClaim } from "../../generated/prisma/client.ts";
import { isLocale, k, type Translate } from "../../i18n/i18n.ts";
import { queueForPerson } from "../../outbox/notify.ts";
import { loadRoleHolders, responsibleSecretaries } from "../roster/index.ts";
import { confirmClaimButton } from "./buttons.ts";
import { factsOf, loadJourney, openJourneyOf, recordStep } from "./journey.ts";
import { journeyRules, nextSteps } from "./journey-rules.ts";

/**
 * An ĐVUT reports their own certificate of the lớp bồi dưỡng nhận thức về Đảng from /me (admission.md: "an ĐVUT may
 * report their own certificate for the secretary to confirm"). The claim waits; their secretary confirms it (then it
 * is a recorded step: audited, and the ĐVUT is told) or refuses it with a reason (the ĐVUT is told that too).
 */
export const SELF_CERTIFICATE_FLOW = "journey-self-certificate";
export const CERTIFICATE_REFUSE_FLOW = "journey-certificate-refuse";

/** The /me button, when the person's open journey still waits for a certificate and none is waiting for confirmation. */
export async function selfCertificateChoice(db: Db, t: Translate, personId: string): Promise<Choice | undefined> {
  const open = await openJourneyOf(db, personId);
  if (!open) return undefined;
  const journey = await loadJourney(db, open.id);
  if (!journey || !nextSteps(factsOf(journey)).includes("certificate")) return undefined;
  const pending = await db.certificateClaim.count({ where: { candidacyId: open.id, status: "pending" } });
  if (pending > 0) return undefined;
  return { value: startFlowButton.value({ flowId: SELF_CERTIFICATE_FLOW }), label: t("certificate-claim-choice") };
}

/** Pending claims of a journey, for /dvut: each with its confirm and refuse buttons. */
export async function pendingClaims(db: Db, candidacyId: string): Promise<CertificateClaim[]> {
  return db.certificateClaim.findMany({ where: { candidacyId, status: "pending" }, orderBy: { submittedAt: "asc" } });
}

export function claimText(t: Translate, claim: CertificateClaim, name: string): string {
  return t("certificate-claim-to-confirm", {
    name,
    date: formatVietnameseDate(claim.certificateDate),
    issuer: claim.issuer,
    number: claim.number ?? "—",
  });
}

export function claimChoices(t: Translate, claim: CertificateClaim): Choice[] {
  return [
    { value: confirmClaimButton.value({ claimId: claim.id }), label: t("certificate-claim-confirm") },
    {
      value: startFlowButton.value({ flowId: CERTIFICATE_REFUSE_FLOW, args: [claim.id] }),
      label: t("certificate-claim-refuse"),
    },
  ];
}

const selfParams = z.object({ candidacyId: z.string(), unitId: z.string(), name: z.string() });

export const selfCertificateFlow = defineFlow({
  id: SELF_CERTIFICATE_FLOW,
  titleKey: k("certificate-claim-flow-title"),
  access: "linked",
  params: selfParams,
  async init(env) {
    const open = await openJourneyOf(env.deps.prisma, env.person.id);
    const journey = open ? await loadJourney(env.deps.prisma, open.id) : undefined;
    if (!journey) return refuse("certificate-claim-no-journey");
    if (!nextSteps(factsOf(journey)).includes("certificate")) return refuse("certificate-claim-not-open");
    if ((await pendingClaims(env.deps.prisma, journey.candidacy.id)).length > 0)
      return refuse("certificate-claim-pending");
    return ok({ candidacyId: journey.candidacy.id, unitId: env.person.unitId, name: env.person.fullName });
  },
  intro: async () => ({ key: k("certificate-claim-intro") }),
  steps: () => [
    {
      id: "date",
      kind: "date",
      notFuture: true,
      promptKey: k("journey-ask-date-certificate"),
      labelKey: k("journey-ask-date-label"),
    },
    {
      id: "issuer",
      kind: "text",
      max: 200,
      promptKey: k("certificate-claim-ask-issuer"),
      labelKey: k("certificate-claim-issuer-label"),
    },
    {
      id: "number",
      kind: "text",
      max: 50,
      optional: true,
      promptKey: k("journey-ask-number"),
      labelKey: k("journey-ask-number-label"),
    },
  ],
  finalRefusals: ["certificate-claim-no-journey", "certificate-claim-not-open", "certificate-claim-pending"],
  async apply({ tx, env, params: p, answers }) {
    const claim = await tx.certificateClaim.create({
      data: {
        candidacyId: p.candidacyId,
        personId: env.person.id,
        certificateDate: new Date(`${answers.date}T00:00:00Z`),
        issuer: answers.issuer.trim(),
        number: answers.number?.trim() || null,
        submittedAt: env.now,
      },
    });
    await writeAudit(tx, {
      actorId: env.person.id,
      action: "journey.certificate-claim",
      entity: "Candidacy",
      entityId: p.candidacyId,
      before: null,
      after: { claimId: claim.id, certificateDate: claim.certificateDate, issuer: claim.issuer, number: claim.number },
      at: env.now,
    });
    // The secretary responsible for the ĐVUT's unit gets the request, with its two buttons.
    const holders = await loadRoleHolders(tx);
    const secretaries = responsibleSecretaries(env.tree, holders, p.unitId)?.personIds ?? [];
    const people = await tx.person.findMany({ where: { id: { in: secretaries } } });
    for (const secretary of people) {
      const t = env.deps.i18n.forLocale(isLocale(secretary.locale) ? secretary.locale : env.deps.i18n.defaultLocale);
      await queueForPerson(
        tx,
        secretary.id,
        { text: claimText(t, claim, p.name), choices: claimChoices(t, claim) },
        `certificate-claim:${claim.id}:${secretary.id}`,
        env.now,
      );
    }
    return ok({ key: secretaries.length > 0 ? k("certificate-claim-sent") : k("certificate-claim-sent-no-secretary") });
  },
});

/** The secretary (or staff) confirms a claim: the certificate becomes a recorded step, audited, and the ĐVUT is told. */
export async function confirmClaim(ctx: ChatContext, claimId: string): Promise<void> {
  const { prisma, clock, config, i18n } = ctx.deps;
  const scope = await ctx.scope();
  const now = clock.now();
  const claim = await prisma.certificateClaim.findUnique({
    where: { id: claimId },
    include: { candidacy: { include: { person: true } } },
  });
  const inScope = (unitId: string) => scope.wholeBlock || scope.unitIds.has(unitId);
  if (!claim || (!inScope(claim.candidacy.person.unitId) && !inScope(claim.candidacy.unitId))) {
    ctx.reply(ctx.t("journey-not-found"));
    return;
  }
  if (claim.status !== "pending") {
    ctx.reply(ctx.t("certificate-claim-already-decided"));
    return;
  }
  const actor = { personId: ctx.person?.id ?? null, unitIds: scope.wholeBlock ? ("all" as const) : scope.unitIds };
  const result = await prisma.$transaction(async (tx) => {
    const recorded = await recordStep(
      tx,
      actor,
      claim.candidacyId,
      {
        step: "certificate",
        date: claim.certificateDate,
        sourceBody: claim.issuer,
        sourceNumber: claim.number ?? undefined,
      },
      { rules: journeyRules(config), i18n, acceptWarnings: true },
      now,
    );
    if (!recorded.ok) return recorded;
    await tx.certificateClaim.update({
      where: { id: claim.id },
      data: { status: "confirmed", decidedById: actor.personId, decidedAt: now, eventId: recorded.value.event.id },
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: "journey.certificate-claim.confirm",
      entity: "Candidacy",
      entityId: claim.candidacyId,
      before: { claimId: claim.id, status: "pending" },
      after: { claimId: claim.id, status: "confirmed", eventId: recorded.value.event.id },
      at: now,
    });
    return recorded;
  });
  if (!result.ok) {
    ctx.reply(ctx.t(result.reason, result.args));
    return;
  }
  ctx.reply(ctx.t("certificate-claim-confirmed", { name: claim.candidacy.person.fullName }));
}

const refuseParams = z.object({ claimId: z.string(), name: z.string(), personId: z.string(), locale: z.string() });

/** The secretary refuses a claim, with a reason the ĐVUT is told. */
export const certificateRefuseFlow = defineFlow({
  id: CERTIFICATE_REFUSE_FLOW,
  titleKey: k("certificate-claim-refuse-title"),
  access: ["secretary", "staff"],
  params: refuseParams,
  async init(env, args) {
    const claim = await env.deps.prisma.certificateClaim.findUnique({
      where: { id: args.trim() },
      include: { candidacy: { include: { person: true } } },
    });
    const inScope = (unitId: string) => env.scope.wholeBlock || env.scope.unitIds.has(unitId);
    if (!claim || (!inScope(claim.candidacy.person.unitId) && !inScope(claim.candidacy.unitId)))
      return refuse("journey-not-found");
    if (claim.status !== "pending") return refuse("certificate-claim-already-decided");
    const person = claim.candidacy.person;
    return ok({ claimId: claim.id, name: person.fullName, personId: person.id, locale: person.locale });
  },
  intro: async (_env, p) => ({ key: k("certificate-claim-refuse-intro"), args: { name: p.name } }),
  steps: () => [
    {
      id: "reason",
      kind: "text",
      min: 3,
      max: 1000,
      promptKey: k("certificate-claim-ask-reason"),
      labelKey: k("journey-ask-reason-label"),
    },
  ],
  finalRefusals: ["journey-not-found", "certificate-claim-already-decided"],
  async apply({ tx, env, params: p, answers }) {
    const reason = answers.reason.trim();
    const updated = await tx.certificateClaim.updateMany({
      where: { id: p.claimId, status: "pending" },
      data: { status: "refused", decidedById: env.person.id, decidedAt: env.now, refusalReason: reason },
    });
    if (updated.count === 0) return refuse("certificate-claim-already-decided");
    const claim = await tx.certificateClaim.findUniqueOrThrow({ where: { id: p.claimId } });
    await writeAudit(tx, {
      actorId: env.person.id,
      action: "journey.certificate-claim.refuse",
      entity: "Candidacy",
      entityId: claim.candidacyId,
      before: { claimId: claim.id, status: "pending" },
      after: { claimId: claim.id, status: "refused", reason },
      at: env.now,
    });
    const t = env.deps.i18n.forLocale(isLocale(p.locale) ? p.locale : env.deps.i18n.defaultLocale);
    await queueForPerson(
      tx,
      p.personId,
      {
        text: t("certificate-claim-told-refused", {
          date: formatVietnameseDate(claim.certificateDate),
          reason,
        }),
      },
      `certificate-claim:${claim.id}:refused`,
      env.now,
    );
    return ok({ key: k("certificate-claim-refused"), args: { name: p.name } });
  },
});
