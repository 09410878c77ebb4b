import type { ChatContext } from "../../core/context.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { k } from "../../i18n/i18n.ts";
import { classificationLabelKey, stageLabelKey } from "../pipeline/index.ts";
import type { MemberRecord } from "./member-record.ts";
import { nextStepKey } from "./member-record.ts";

/** A member's record as chat text: where they are, their stage and dated history, mentor and next step. */
export async function renderRecord(ctx: ChatContext, record: MemberRecord, own: boolean): Promise<string> {
  const { person, classification, candidacy } = record;
  const tree = await ctx.orgTree();
  const lines = [ctx.t("record-header", { name: person.fullName, unit: tree.pathName(person.unitId) })];
  if (classification) {
    lines.push(
      ctx.t("record-classification", {
        year: String(classification.year),
        category: ctx.t(classificationLabelKey[classification.category]),
      }),
    );
  }
  if (!candidacy) {
    const eligible = classification?.category === "excellent";
    const key = eligible
      ? own
        ? k("record-not-candidate-eligible")
        : k("record-not-candidate-eligible-other")
      : own
        ? k("record-not-candidate")
        : k("record-not-candidate-other");
    lines.push(ctx.t(key));
    return lines.join("\n");
  }
  lines.push(
    ctx.t("record-stage", {
      stage: ctx.t(stageLabelKey[candidacy.stage]),
      since: formatVietnameseDate(candidacy.stageDate),
    }),
  );
  lines.push(ctx.t("record-history"));
  for (const event of candidacy.events) {
    const details = (event.details ?? {}) as Record<string, unknown>;
    let note = "";
    if (event.toStage === "selected" && typeof details.votesFor === "number") {
      note = ctx.t("record-note-votes", { for: details.votesFor, total: Number(details.votesTotal ?? 0) });
    } else if (typeof details.resolutionNumber === "string") {
      note = ctx.t("record-note-resolution", { number: details.resolutionNumber });
    } else if (typeof details.holiday === "string") {
      note = ctx.t("record-note-holiday", { holiday: details.holiday });
    } else if (typeof details.reason === "string") {
      note = ctx.t("record-note-reason", { reason: details.reason });
    }
    lines.push(
      `• ${formatVietnameseDate(event.occurredOn)} — ${ctx.t(stageLabelKey[event.toStage])}${note ? ` (${note})` : ""}`,
    );
  }
  if (candidacy.mentor) {
    const position = candidacy.mentor.position ? `, ${candidacy.mentor.position}` : "";
    lines.push(ctx.t("record-mentor", { mentor: `${candidacy.mentor.fullName}${position}` }));
  }
  lines.push(ctx.t("record-next", { step: ctx.t(nextStepKey[candidacy.stage]) }));
  return lines.join("\n");
}
