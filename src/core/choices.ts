import type { Choice } from "./messages.ts";

/** Lower-case, without Vietnamese diacritics or surrounding punctuation, for forgiving comparisons. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/^[\s.,;:!?"'()[\]-]+|[\s.,;:!?"'()[\]-]+$/g, "")
    .replace(/\s+/g, " ");
}

/** Matches typed text against offered choices: by number ("2"), by exact label, or by label without diacritics. */
export function matchChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const trimmed = text.trim();
  if (/^\d{1,3}\.?$/.test(trimmed)) {
    const index = Number.parseInt(trimmed, 10) - 1;
    return choices[index];
  }
  const exact = choices.find((c) => c.label.trim().toLowerCase() === trimmed.toLowerCase());
  if (exact) return exact;
  const folded = foldText(trimmed);
  if (folded === "") return undefined;
  return choices.find((c) => foldText(c.label) === folded);
}
