import type { ChatContext } from "../../core/context.ts";
import { formatVietnameseDate, today } from "../../core/periods.ts";
import { k } from "../../i18n/i18n.ts";
import { classificationLabelKey, journeyBody, journeyRules, loadJourney, stageLabelKey } from "../pipeline/index.ts";
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
  const journey = await loadJourney(ctx.deps.prisma, candidacy.id);
  if (journey) {
    const day = today(ctx.deps.clock.now(), ctx.deps.config.TZ_NAME);
    lines.push(...journeyBody(ctx.t, journey, journeyRules(ctx.deps.config), day));
  }
  lines.push(ctx.t("record-next", { step: ctx.t(nextStepKey[candidacy.stage]) }));
  return lines.join("\n");
}
