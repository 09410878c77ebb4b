import type { Db } from "../../core/db.ts";
import { inQuarter, type Quarter, quarterWindow } from "../../core/periods.ts";

export interface UnitParticipation {
  unitId: string;
  /** Active members of the unit (not counting units below it). */
  members: number;
  /** Of them, how many sent /stop_weekly. */
  optedOut: number;
  /** Weekly messages sent to the unit's members in the weeks asked. */
  sent: number;
  /** Quiz answers given, and how many were right. */
  answered: number;
  correct: number;
}

/**
 * Participation in the weekly political education per unit, for the dashboard: messages received, quiz answers and
 * opt-outs of each unit's current members, over the given ISO weeks ("2026-W48"), or every week when none given.
 */
export async function educationParticipation(
  db: Db,
  unitIds: Iterable<string>,
  weeks?: readonly string[],
): Promise<UnitParticipation[]> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return [];
  const people = await db.person.findMany({
    where: { unitId: { in: ids }, active: true },
    select: { id: true, unitId: true, weeklyOptOut: true },
  });
  const sends = await db.educationSend.findMany({
    where: { personId: { in: people.map((p) => p.id) }, ...(weeks ? { week: { in: [...weeks] } } : {}) },
    select: { personId: true, quizAnswer: true, quizCorrect: true },
  });
  const byUnit = new Map<string, UnitParticipation>(
    ids.map((unitId) => [unitId, { unitId, members: 0, optedOut: 0, sent: 0, answered: 0, correct: 0 }]),
  );
  const unitOf = new Map<string, string>();
  for (const person of people) {
    const row = byUnit.get(person.unitId) as UnitParticipation;
    row.members++;
    if (person.weeklyOptOut) row.optedOut++;
    unitOf.set(person.id, person.unitId);
  }
  for (const send of sends) {
    const row = byUnit.get(unitOf.get(send.personId) as string) as UnitParticipation;
    row.sent++;
    if (send.quizAnswer !== null) row.answered++;
    if (send.quizCorrect) row.correct++;
  }
  return [...byUnit.values()];
}

export interface QuizParticipation {
  /** Members who received at least one weekly message (with its quiz) in the period. */
  received: number;
  /** Of them, members who answered at least one quiz. */
  answered: number;
}

/**
 * For the unit quarterly report: how many of the current active members of `unitIds` received the weekly
 * political-education message in the quarter (local dates), and how many of them answered its quiz at least once.
 */
export async function quarterQuizParticipation(
  db: Db,
  unitIds: Iterable<string>,
  q: Quarter,
  timeZone: string,
): Promise<QuizParticipation> {
  const sends = await db.educationSend.findMany({
    where: { sentAt: quarterWindow(q), person: { unitId: { in: [...new Set(unitIds)] }, active: true } },
    select: { personId: true, sentAt: true, quizAnswer: true },
  });
  const received = new Set<string>();
  const answered = new Set<string>();
  for (const send of sends) {
    if (!inQuarter(send.sentAt, q, timeZone)) continue;
    received.add(send.personId);
    if (send.quizAnswer !== null) answered.add(send.personId);
  }
  return { received: received.size, answered: answered.size };
}
