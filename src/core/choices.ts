import { type Choice, isNumbered } from "./messages.ts";

/**
 * Lower-case, without Vietnamese diacritics, emoji, the tick of a chosen option or surrounding punctuation, for
 * forgiving comparisons: "✅ Duyệt", "✓ Duyệt" and "duyet" fold to the same text (the bot sends no emoji, a person
 * may still type one).
 */
export function foldText(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u{fe0f}|\u{200d}|\u{20e3}|✓/gu, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/^[\s.,;:!?"'()[\]“”‘’…-]+|[\s.,;:!?"'()[\]“”‘’…-]+$/g, "")
    .replace(/\s+/g, " ");
}

/** The label of a choice as typed: folded, and its head before a colon ("Giữ nguyên: 2" → "giu nguyen"). */
function labelForms(label: string): string[] {
  const folded = foldText(label);
  const colon = label.indexOf(":");
  const head = colon > 0 ? foldText(label.slice(0, colon)) : "";
  return head && head !== folded ? [folded, head] : [folded];
}

/** A typed label matches a choice by its whole label, or the part before its colon, without diacritics or emoji. */
export function matchLabel(text: string, choices: readonly Choice[]): Choice | undefined {
  const folded = foldText(text);
  if (folded === "") return undefined;
  return choices.find((c) => labelForms(c.label).includes(folded));
}

/** A typed "2" or "2." as a number, or undefined. */
export function typedNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,3}\.?$/.test(trimmed) ? Number.parseInt(trimmed, 10) : undefined;
}

/**
 * Matches typed text against one message's choices: by its number in the list (numbered from `from`, skipping the
 * choices that take no number), or by label. Used where one list is on screen; src/core/pending.ts matches across
 * every message still open.
 */
export function matchChoice(text: string, choices: readonly Choice[], from = 1): Choice | undefined {
  const n = typedNumber(text);
  if (n !== undefined) return choices.filter(isNumbered)[n - from];
  return matchLabel(text, choices);
}
