import type { OutgoingMessage } from "../../core/messages.ts";
import { formatVietnameseDate } from "../../core/periods.ts";
import { k, type Translate } from "../../i18n/i18n.ts";
import { quizAnswerButton } from "./buttons.ts";
import type { EducationItem } from "./content.ts";
import type { AnniversaryOfWeek } from "./weekly-selection.ts";

/**
 * "Tròn" (a round count) is said only of a multiple of ten years: "tròn 80 năm", but "(97 năm)" (wording.md).
 */
export function isRoundAnniversary(years: number): boolean {
  return years > 0 && years % 10 === 0;
}

/** The weekly message in one language: the item, the week's anniversaries, the quiz as choices. */
export function weeklyMessage(
  t: Translate,
  week: string,
  item: EducationItem,
  anniversaries: readonly AnniversaryOfWeek[],
): OutgoingMessage {
  const parts = [t("education-weekly", { title: item.title, text: item.text })];
  if (item.link) parts.push(t("education-link", { link: item.link }));
  if (item.source) parts.push(t("education-source", { source: item.source }));
  if (anniversaries.length > 0) {
    const lines = anniversaries.map((a) =>
      t(isRoundAnniversary(a.yearsAgo) ? k("education-anniversary-round") : k("education-anniversary"), {
        // The event's own date; the year as text, or Fluent would print it as a grouped number ("1.930").
        date: `${formatVietnameseDate(a.date).slice(0, 5)}/${a.anniversary.year}`,
        title: a.anniversary.title,
        years: a.yearsAgo,
      }),
    );
    parts.push([t("education-anniversaries-title"), ...lines].join("\n"));
  }
  if (item.quiz) parts.push(t("education-quiz", { question: item.quiz.question }));
  parts.push(t("education-footer"));
  return {
    text: parts.join("\n\n"),
    ...(item.quiz
      ? {
          choices: item.quiz.choices.map((label, i) => ({
            value: quizAnswerButton.value({ week, choice: i + 1 }),
            label,
          })),
        }
      : {}),
    ...(item.image ? { photoUrl: item.image } : {}),
  };
}
