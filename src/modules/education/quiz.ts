import type { Db } from "../../core/db.ts";
import type { Locale } from "../../i18n/i18n.ts";
import { type EducationItem, loadEducationContent } from "./content.ts";

export type QuizAnswer =
  | { status: "right" | "wrong" | "already"; rightAnswer: string }
  /** No weekly message with a quiz went to this person that week, or the choice is not one of the quiz's. */
  | { status: "unknown" };

/** Records a member's answer to a week's quiz: the first answer counts, later ones are only told the right answer. */
export async function answerQuiz(
  db: Db,
  input: { personId: string; week: string; choice: number; lang: Locale; now: Date },
): Promise<QuizAnswer> {
  const send = await db.educationSend.findUnique({
    where: { week_personId: { week: input.week, personId: input.personId } },
  });
  if (!send) return { status: "unknown" };
  const quiz = findItem(send.itemId, input.lang)?.quiz;
  if (!quiz || input.choice < 1 || input.choice > quiz.choices.length) return { status: "unknown" };
  const rightAnswer = quiz.choices[quiz.answer - 1] as string;
  const correct = input.choice === quiz.answer;
  const { count } = await db.educationSend.updateMany({
    where: { week: send.week, personId: send.personId, quizAnswer: null },
    data: { quizAnswer: input.choice, quizCorrect: correct, answeredAt: input.now },
  });
  if (count === 0) return { status: "already", rightAnswer };
  return { status: correct ? "right" : "wrong", rightAnswer };
}

/** The item in the person's language, or in Vietnamese when their language lacks it. */
function findItem(itemId: string, lang: Locale): EducationItem | undefined {
  for (const candidate of [lang, "vi"] as const) {
    const item = loadEducationContent(candidate).items.find((i) => i.id === itemId);
    if (item) return item;
  }
  return undefined;
}
