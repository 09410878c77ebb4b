import { formatVietnameseDate } from "../../core/periods.ts";
import { k, type Translate } from "../../i18n/i18n.ts";
import { factsOf, type Journey, stepDetails } from "./journey.ts";
import {
  certificateValidUntil,
  type FileItem,
  fileItemLabelKey,
  fileItems,
  fileItemsDone,
  type JourneyRules,
  nextSteps,
  type Overdue,
  overdueOf,
  probationEnds,
  stepLabelKey,
} from "./journey-rules.ts";
import { stageLabelKey } from "./pipeline.ts";
import { twoYearAnswerLines } from "./two-year-answer.ts";

/** One step as a line: date, name, source, and the facts it carries (votes, mentor, file item, reason). */
export function stepLine(t: Translate, event: Journey["candidacy"]["events"][number]): string {
  const d = stepDetails(event);
  const parts: string[] = [];
  if (event.sourceBody) parts.push(event.sourceBody);
  if (event.sourceNumber) parts.push(t("journey-line-number", { number: event.sourceNumber }));
  if (event.sourceDate) parts.push(t("journey-line-of-date", { date: formatVietnameseDate(event.sourceDate) }));
  if (typeof d.membersTotal === "number") {
    parts.push(
      t("journey-line-votes", { members: d.membersTotal, present: d.present ?? 0, inFavour: d.inFavour ?? 0 }),
    );
  } else if (typeof d.votesFor === "number") {
    parts.push(t("journey-line-votes-old", { inFavour: d.votesFor, total: d.votesTotal ?? 0 }));
  }
  if (event.step === "selection" && "partyRep" in d) {
    parts.push(
      d.partyRep
        ? t("journey-line-party-rep", { name: d.partyRep, opinion: d.partyRepOpinion ? ` — ${d.partyRepOpinion}` : "" })
        : t("journey-line-no-party-rep"),
    );
  }
  if (d.mentorName) parts.push(t("journey-line-mentor", { name: d.mentorName }));
  if (d.fileItem && fileItems.includes(d.fileItem as FileItem)) parts.push(t(fileItemLabelKey[d.fileItem as FileItem]));
  if (d.holiday) parts.push(t("journey-line-holiday", { holiday: d.holiday }));
  if (event.reason) {
    parts.push(t(event.correctsId ? k("journey-line-corrected") : k("journey-line-reason"), { reason: event.reason }));
  }
  const head = `${formatVietnameseDate(event.occurredOn)} — ${t(stepLabelKey[event.step])}`;
  return `• ${head}${parts.length > 0 ? ` (${parts.join("; ")})` : ""}`;
}

export function overdueLine(t: Translate, o: Overdue): string {
  if (o.kind === "two_year") return t("journey-overdue-two-year");
  if (o.kind === "certificate_lapsing")
    return t("journey-overdue-certificate", { date: formatVietnameseDate(o.validUntil) });
  return t("journey-overdue-probation", { date: formatVietnameseDate(o.endsOn) });
}

/**
 * A journey as chat text: stage, every current step with its source, the mentor, the file checklist, the dates that
 * matter (certificate valid until, probation ends), what may come next and what is overdue.
 */
export function renderJourney(
  t: Translate,
  journey: Journey,
  rules: JourneyRules,
  today: Date,
  unitPath: string,
): string {
  const { candidacy } = journey;
  return [
    t("journey-header", { name: candidacy.person.fullName, unit: unitPath }),
    t("journey-stage", { stage: t(stageLabelKey[candidacy.stage]), since: formatVietnameseDate(candidacy.stageDate) }),
    ...journeyBody(t, journey, rules, today),
    ...twoYearAnswerLines(t, candidacy),
  ].join("\n");
}

/** The journey below its header: steps, mentor, file, key dates, next steps, overdue (also shown by /me). */
export function journeyBody(t: Translate, journey: Journey, rules: JourneyRules, today: Date): string[] {
  const { candidacy } = journey;
  const facts = factsOf(journey);
  const lines = [t("journey-steps")];
  for (const event of journey.candidacy.events) if (event.supersededById === null) lines.push(stepLine(t, event));
  if (candidacy.mentor) {
    const position = candidacy.mentor.position ? `, ${candidacy.mentor.position}` : "";
    lines.push(t("journey-mentor", { mentor: `${candidacy.mentor.fullName}${position}` }));
  }
  if (facts.steps.some((s) => s.step === "recognition" || s.step === "file_item")) {
    const done = fileItemsDone(facts);
    lines.push(t("journey-file"));
    for (const item of fileItems) lines.push(`${done.has(item) ? "[x]" : "[ ]"} ${t(fileItemLabelKey[item])}`);
  }
  const validUntil = certificateValidUntil(facts, rules);
  if (validUntil && !candidacy.admittedOn) {
    lines.push(t("journey-certificate-valid", { date: formatVietnameseDate(validUntil) }));
  }
  const ends = probationEnds(facts, rules);
  if (ends && !candidacy.fullMemberOn) lines.push(t("journey-probation-ends", { date: formatVietnameseDate(ends) }));
  const next = nextSteps(facts);
  lines.push(
    next.length > 0
      ? t("journey-next", { steps: next.map((s) => t(stepLabelKey[s])).join(", ") })
      : t("journey-closed"),
  );
  for (const o of overdueOf(facts, today, rules)) lines.push(t("register-warning", { text: overdueLine(t, o) }));
  return lines;
}
