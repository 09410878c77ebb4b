import type { Db } from "../../core/db.ts";
import type { CandidacyStage } from "../../generated/prisma/client.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";

/** What to do next at each stage, said to the member (and to their secretary looking at the record). */
export const nextStepKey: Record<CandidacyStage, MessageKey> = {
  classified_excellent: k("next-step-classified-excellent"),
  selected: k("next-step-selected"),
  introduced: k("next-step-introduced"),
  handed_over: k("next-step-handed-over"),
  awareness_class: k("next-step-awareness-class"),
  recognized: k("next-step-recognized"),
  admitted: k("next-step-admitted"),
  full_member: k("next-step-full-member"),
  not_admitted: k("next-step-closed"),
  withdrawn: k("next-step-closed"),
  not_full_member: k("next-step-closed"),
  transferred_out: k("next-step-closed"),
  matured: k("next-step-closed"),
};

/** One member's own record: unit, latest classification, and their ĐVUT candidacy with its dated history. */
export async function memberRecord(db: Db, personId: string) {
  const person = await db.person.findUnique({
    where: { id: personId },
    include: {
      unit: true,
      classifications: { orderBy: [{ year: "desc" }, { createdAt: "desc" }], take: 1 },
      candidacies: {
        orderBy: { createdAt: "desc" },
        take: 1,
        include: { mentor: true, events: { orderBy: [{ occurredOn: "asc" }, { recordedAt: "asc" }] } },
      },
    },
  });
  if (!person) return undefined;
  const { classifications, candidacies, ...rest } = person;
  return { person: rest, classification: classifications[0] ?? null, candidacy: candidacies[0] ?? null };
}

export type MemberRecord = NonNullable<Awaited<ReturnType<typeof memberRecord>>>;
