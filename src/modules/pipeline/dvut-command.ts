import type { ChatContext } from "../../core/context.ts";
import { startFlowButton } from "../../core/dialogue/buttons.ts";
import { action, type Feature } from "../../core/feature.ts";
import type { Choice } from "../../core/messages.ts";
import { formatVietnameseDate, quarterOf, today } from "../../core/periods.ts";
import { hasRole } from "../../core/permissions.ts";
import { packBlocks } from "../../core/reply-long.ts";
import { k } from "../../i18n/i18n.ts";
import { exportButton } from "../documents/index.ts";
import {
  confirmClaimButton,
  correctJourneyButton,
  pickMemberButton,
  pickTransferInButton,
  showJourneyButton,
} from "./buttons.ts";
import { claimChoices, claimText, confirmClaim, pendingClaims } from "./certificate-claim.ts";
import { factsOf, loadJourney } from "./journey.ts";
import { journeyFlowId } from "./journey-flows.ts";
import { journeyRules, nextSteps, overdueOf, progressSteps, stepLabelKey } from "./journey-rules.ts";
import { overdueLine, renderJourney, stepLine } from "./journey-view.ts";
import { latestClassification, stageLabelKey } from "./pipeline.ts";
import { twoYearAnswerChoice, twoYearAnswerLines } from "./two-year-answer.ts";

const LIST_LIMIT = 40;

/** A long text in as many messages as the platforms need, the buttons under the last one. */
function replyWithChoices(ctx: ChatContext, text: string, choices: Choice[]): void {
  const parts = packBlocks([text]);
  parts.forEach((part, i) => {
    ctx.reply(i === parts.length - 1 && choices.length > 0 ? { text: part, choices } : part);
  });
}

function unitFilter(scope: { wholeBlock: boolean; unitIds: ReadonlySet<string> }) {
  return scope.wholeBlock ? {} : { unitId: { in: [...scope.unitIds] } };
}

/** /dvut: the open journeys in the speaker's units (secretary) or subtree (staff), each with what comes next. */
async function listJourneys(ctx: ChatContext): Promise<void> {
  const scope = await ctx.scope();
  const tree = await ctx.orgTree();
  const rules = journeyRules(ctx.deps.config);
  const day = today(ctx.deps.clock.now(), ctx.deps.config.TZ_NAME);
  const rows = await ctx.deps.prisma.candidacy.findMany({
    where: { closedAt: null, person: unitFilter(scope) },
    include: { person: true, events: { where: { supersededById: null } } },
    orderBy: { selectedOn: "asc" },
  });
  const lines = [ctx.t("dvut-list-title", { count: rows.length })];
  const choices: Choice[] = [];
  for (const [i, c] of rows.slice(0, LIST_LIMIT).entries()) {
    const facts = {
      steps: c.events.map((e) => ({ step: e.step, occurredOn: e.occurredOn })),
      dateOfBirth: c.person.dateOfBirth,
      selectedOn: c.selectedOn,
      laterRatings: [],
    };
    const last = c.events.reduce<Date | undefined>((d, e) => (!d || e.occurredOn > d ? e.occurredOn : d), undefined);
    const next = nextSteps(facts).find((s) => (progressSteps as readonly string[]).includes(s));
    const overdue = overdueOf(facts, day, rules).map((o) => overdueLine(ctx.t, o));
    lines.push(
      ctx.t("dvut-list-line", {
        n: i + 1,
        name: c.person.fullName,
        unit: tree.get(c.person.unitId)?.name ?? "",
        stage: ctx.t(stageLabelKey[c.stage]),
        last: last ? formatVietnameseDate(last) : "—",
        next: next ? ctx.t(stepLabelKey[next]) : "—",
      }),
    );
    for (const o of overdue) lines.push(`   ${ctx.t("register-warning", { text: o })}`);
    for (const a of twoYearAnswerLines(ctx.t, c)) lines.push(`   ${a}`);
    choices.push({ value: showJourneyButton.value({ candidacyId: c.id }), label: c.person.fullName });
  }
  if (rows.length > LIST_LIMIT) lines.push(ctx.t("dvut-list-more", { count: rows.length - LIST_LIMIT }));
  if (rows.length === 0) lines.push(ctx.t("dvut-list-empty"));
  choices.push({ value: pickMemberButton.value(), label: ctx.t("dvut-choice-select") });
  choices.push({ value: pickTransferInButton.value(), label: ctx.t("dvut-choice-transfer-in") });
  replyWithChoices(ctx, lines.join("\n"), choices);
}

/** One journey, with exactly the steps that may be recorded next as buttons (and, for staff, corrections). */
async function showJourney(ctx: ChatContext, candidacyId: string): Promise<void> {
  const journey = await loadJourney(ctx.deps.prisma, candidacyId);
  const scope = await ctx.scope();
  if (
    !journey ||
    !(
      scope.wholeBlock ||
      scope.unitIds.has(journey.candidacy.person.unitId) ||
      scope.unitIds.has(journey.candidacy.unitId)
    )
  ) {
    ctx.reply(ctx.t("journey-not-found"));
    return;
  }
  const tree = await ctx.orgTree();
  const rules = journeyRules(ctx.deps.config);
  const day = today(ctx.deps.clock.now(), ctx.deps.config.TZ_NAME);
  const text = renderJourney(ctx.t, journey, rules, day, tree.pathName(journey.candidacy.person.unitId));
  const choices: Choice[] = nextSteps(factsOf(journey)).map((step) => ({
    value: startFlowButton.value({ flowId: journeyFlowId(step), args: [journey.candidacy.id] }),
    label: ctx.t("dvut-choice-record", { step: ctx.t(stepLabelKey[step]) }),
  }));
  if (overdueOf(factsOf(journey), day, rules).some((o) => o.kind === "two_year")) {
    choices.push({ value: twoYearAnswerChoice(journey.candidacy.id), label: ctx.t("two-year-choice-record") });
  }
  if (hasRole(ctx.speaker.roles, "staff")) {
    choices.push({
      value: correctJourneyButton.value({ candidacyId: journey.candidacy.id }),
      label: ctx.t("dvut-choice-correct"),
    });
  }
  choices.push(...(await documentChoices(ctx, journey)));
  replyWithChoices(ctx, text, choices);
  // A certificate the ĐVUT reported from /me, waiting for confirmation.
  for (const claim of await pendingClaims(ctx.deps.prisma, journey.candidacy.id)) {
    ctx.reply({
      text: claimText(ctx.t, claim, journey.candidacy.person.fullName),
      choices: claimChoices(ctx.t, claim),
    });
  }
}

/** The documents of this ĐVUT that exist: the nghị quyết, the danh sách they were handed over in, the bản nhận xét. */
async function documentChoices(ctx: ChatContext, journey: NonNullable<Awaited<ReturnType<typeof loadJourney>>>) {
  const code = journey.candidacy.person.memberCode;
  if (!code) return [];
  const current = journey.candidacy.events.filter((e) => e.supersededById === null);
  const choices: Choice[] = [];
  if (current.some((e) => e.step === "resolution")) {
    choices.push({
      value: exportButton.value({ kind: "resolution", args: [code] }),
      label: ctx.t("dvut-document-resolution"),
    });
  }
  if (current.some((e) => e.step === "handover")) {
    choices.push({
      value: exportButton.value({ kind: "handover", args: [code] }),
      label: ctx.t("dvut-document-handover"),
    });
  }
  const remarks = await ctx.deps.prisma.report.count({
    where: { kind: "dvut_remark", subjectPersonId: journey.candidacy.personId },
  });
  if (remarks > 0) {
    const year = quarterOf(ctx.deps.clock.now(), ctx.deps.config.TZ_NAME).year;
    choices.push({
      value: exportButton.value({ kind: "remarks", args: [String(year), code, "docx"] }),
      label: ctx.t("dvut-document-remarks"),
    });
  }
  return choices;
}

/** Members who may be chosen: rated xuất sắc in their latest year, with no open journey, in the speaker's units. */
async function pickMember(ctx: ChatContext, comingIn: boolean): Promise<void> {
  const scope = await ctx.scope();
  const people = await ctx.deps.prisma.person.findMany({
    where: { active: true, ...unitFilter(scope), candidacies: { none: { closedAt: null } } },
    orderBy: { fullName: "asc" },
    take: 200,
  });
  const choices: Choice[] = [];
  for (const p of people) {
    if (!comingIn && (await latestClassification(ctx.deps.prisma, p.id))?.category !== "excellent") continue;
    const flow = comingIn ? "transfer_in" : "selection";
    choices.push({ value: startFlowButton.value({ flowId: journeyFlowId(flow), args: [p.id] }), label: p.fullName });
    if (choices.length >= 30) break;
  }
  if (choices.length === 0) {
    ctx.reply(ctx.t(comingIn ? k("dvut-pick-in-none") : k("dvut-pick-none")));
    return;
  }
  ctx.reply({ text: ctx.t(comingIn ? k("dvut-pick-in") : k("dvut-pick")), choices });
}

/** Staff pick the step to correct; the correction flow asks the new date or number and the reason. */
async function pickCorrection(ctx: ChatContext, candidacyId: string): Promise<void> {
  const journey = await loadJourney(ctx.deps.prisma, candidacyId);
  if (!journey) {
    ctx.reply(ctx.t("journey-not-found"));
    return;
  }
  const current = journey.candidacy.events.filter((e) => e.supersededById === null);
  ctx.reply({
    text: [ctx.t("dvut-correct-pick"), ...current.map((e, i) => `${i + 1}. ${stepLine(ctx.t, e).slice(2)}`)].join("\n"),
    choices: current.map((e) => ({
      value: startFlowButton.value({ flowId: "journey-correct", args: [e.id] }),
      label: `${formatVietnameseDate(e.occurredOn)} — ${ctx.t(stepLabelKey[e.step])}`,
    })),
  });
}

export const dvutFeature: Feature = {
  name: "dvut",
  commands: [
    {
      name: "dvut",
      access: ["secretary", "staff"],
      descriptionKey: "cmd-dvut",
      run: (ctx) => listJourneys(ctx),
    },
  ],
  actions: [
    action({
      button: showJourneyButton,
      access: ["secretary", "staff"],
      run: (ctx, { candidacyId }) => showJourney(ctx, candidacyId),
    }),
    action({ button: pickMemberButton, access: ["secretary", "staff"], run: (ctx) => pickMember(ctx, false) }),
    action({ button: pickTransferInButton, access: ["secretary", "staff"], run: (ctx) => pickMember(ctx, true) }),
    action({
      button: confirmClaimButton,
      access: ["secretary", "staff"],
      run: (ctx, { claimId }) => confirmClaim(ctx, claimId),
    }),
    action({
      button: correctJourneyButton,
      access: ["secretary", "staff"],
      // A secretary who was shown no such button gets the list instead, as before.
      run: (ctx, { candidacyId }) =>
        hasRole(ctx.speaker.roles, "staff") ? pickCorrection(ctx, candidacyId) : listJourneys(ctx),
    }),
  ],
};
