import { k, type MessageArgs, type MessageKey } from "../../i18n/i18n.ts";
import { foldText } from "../choices.ts";
import { compareVi } from "../collate.ts";
import type { OrgTree } from "../org.ts";
import { formatVietnameseDate, parseLocalDateTime, parseVietnameseDate, today } from "../periods.ts";
import { refuse } from "../result.ts";
import type { AnswerValue, AnyStep, GuestEnv, Option } from "./flow.ts";

/** What the person gave for a step: typed text, or the value of one of the step's own buttons. */
export type StepInput = { kind: "text"; text: string } | { kind: "value"; value: string };

export type ParseOutcome =
  | { ok: true; value: AnswerValue }
  | { ok: false; reason: MessageKey; args?: MessageArgs }
  /** A member search: show these and ask again. */
  | { ok: "search"; query: string; matches: { id: string; name: string }[] }
  /** A several-choices step: the ticked options changed. */
  | { ok: "ticked"; ticked: string[] };

export const MEMBER_PAGE = 8;
/** C0/C1 control characters (not tab or line feed), zero-width and bidirectional override characters. */
function isStripped(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Removes control and direction-override characters; keeps line breaks. */
export function cleanText(text: string): string {
  // A lone surrogate (half an emoji) cannot be stored as text in PostgreSQL: it becomes U+FFFD.
  const normalised = text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/\r\n?/g, "\n");
  let out = "";
  for (const ch of normalised) if (!isStripped(ch.codePointAt(0) ?? 0)) out += ch;
  return out.trim();
}

/** A short quote of what was typed, safe to echo back. */
export function quote(text: string, max = 30): string {
  const clean = cleanText(text).replace(/\s+/g, " ");
  // By code points, so an emoji is never cut in half (a lone surrogate cannot be stored).
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : clean;
}

/** Turns the input into an answer for the step, or a precise reason (a locale key) why not. */
export async function parseAnswer(
  step: AnyStep,
  input: StepInput,
  env: GuestEnv,
  params: unknown,
  ticked: readonly string[],
): Promise<ParseOutcome> {
  const invalid = (key: MessageKey, args?: MessageArgs) => refuse(step.invalidKey ?? key, args);
  switch (step.kind) {
    case "text": {
      if (input.kind !== "text") return refuse("flow-text-expected");
      const text = cleanText(input.text);
      const min = step.min ?? 1;
      if ([...text].length < min) return refuse("flow-text-too-short", { min });
      if ([...text].length > step.max) return refuse("flow-text-too-long", { max: step.max, length: [...text].length });
      if (step.parse) {
        const parsed = step.parse(text, env, params);
        return parsed.ok ? { ok: true, value: parsed.value } : parsed;
      }
      return { ok: true, value: text };
    }
    case "datetime": {
      if (input.kind !== "text") return invalid(k("flow-datetime-invalid"), { text: quote(input.value) });
      const raw = cleanText(input.text);
      const at = parseLocalDateTime(raw, env.deps.config.TZ_NAME, env.now);
      if (!at) return invalid(k("flow-datetime-invalid"), { text: quote(raw) });
      if (step.future && at <= env.now) return refuse("flow-datetime-past");
      return { ok: true, value: at.toISOString() };
    }
    case "link": {
      const raw = input.kind === "text" ? cleanText(input.text) : input.value;
      if (!/^https?:\/\/[^\s/]+\S*$/i.test(raw) || [...raw].length > 1000) return invalid(k("flow-link-invalid"));
      return { ok: true, value: raw };
    }
    case "unit": {
      const tree = env.tree;
      let unit: { id: string; name: string } | undefined;
      if (input.kind === "value") unit = tree.get(input.value);
      else {
        const text = cleanText(input.text);
        const folded = foldText(text);
        unit = tree
          .all()
          .find((u) => u.active && (u.code.toLowerCase() === text.toLowerCase() || foldText(u.name) === folded));
        if (!unit) return invalid(k("flow-unit-not-found"), { text: quote(text) });
      }
      if (!unit || !tree.get(unit.id)?.active) return invalid(k("flow-unit-not-found"), { text: "" });
      const within = step.within?.(env, params);
      if (within && !within.has(unit.id)) return refuse(step.outsideKey ?? k("flow-unit-outside"), { unit: unit.name });
      return { ok: true, value: { id: unit.id, name: unit.name } };
    }
    case "number": {
      const raw = input.kind === "text" ? cleanText(input.text) : input.value;
      if (!/^[+-]?\d[\d.,\s]*$/.test(raw)) return refuse("flow-number-invalid", { text: quote(raw) });
      if (/[.,]\d{1,2}$/.test(raw.replace(/\s/g, ""))) return refuse("flow-number-whole");
      const value = Number(raw.replace(/[.,\s]/g, ""));
      if (!Number.isSafeInteger(value) || value < step.min || value > step.max) {
        return refuse("flow-number-range", { min: step.min, max: step.max });
      }
      return { ok: true, value };
    }
    case "date": {
      const raw = input.kind === "text" ? cleanText(input.text) : input.value;
      const date = parseVietnameseDate(raw);
      if (!date) return refuse("flow-date-invalid", { text: quote(raw) });
      const todayDate = today(env.now, env.deps.config.TZ_NAME);
      if (step.notFuture && date > todayDate) {
        return refuse("flow-date-future", { today: formatVietnameseDate(todayDate) });
      }
      const notBefore = step.notBefore ? new Date(`${step.notBefore}T00:00:00Z`) : new Date("1950-01-01T00:00:00Z");
      if (date < notBefore) return refuse("flow-date-too-old", { date: formatVietnameseDate(notBefore) });
      return { ok: true, value: date.toISOString().slice(0, 10) };
    }
    case "choice": {
      const option = findOption(step.options, input, env);
      return option ? { ok: true, value: option.value } : refuse("flow-choice-invalid");
    }
    case "yesno": {
      if (input.kind === "value") {
        if (input.value === "yes" || input.value === "no") return { ok: true, value: input.value === "yes" };
        return refuse("flow-yesno-invalid");
      }
      const folded = foldText(input.text);
      if (["co", "c", "yes", "y", "dong y", "ok", "u"].includes(folded)) return { ok: true, value: true };
      if (["khong", "k", "ko", "no", "n"].includes(folded)) return { ok: true, value: false };
      return refuse("flow-yesno-invalid");
    }
    case "multi": {
      if (input.kind === "value") {
        if (input.value === "done") {
          if (ticked.length === 0) return refuse("flow-multi-empty");
          return { ok: true, value: step.options.map((o) => o.value).filter((v) => ticked.includes(v)) };
        }
        if (!step.options.some((o) => o.value === input.value)) return refuse("flow-choice-invalid");
        const next = ticked.includes(input.value) ? ticked.filter((v) => v !== input.value) : [...ticked, input.value];
        return { ok: "ticked", ticked: next };
      }
      // "1, 3" or "1 3": the numbers of the options.
      const parts = cleanText(input.text)
        .split(/[\s,;]+/)
        .filter((p) => p !== "");
      const picked = new Set<string>();
      for (const part of parts) {
        const index = /^\d{1,3}$/.test(part) ? Number(part) - 1 : -1;
        const option = step.options[index];
        if (!option) return refuse("flow-multi-invalid", { count: step.options.length });
        picked.add(option.value);
      }
      if (picked.size === 0) return refuse("flow-multi-invalid", { count: step.options.length });
      return { ok: true, value: step.options.map((o) => o.value).filter((v) => picked.has(v)) };
    }
    case "member": {
      const candidates = await step.candidates(env, params);
      if (input.kind === "value") {
        const found = candidates.find((c) => c.id === input.value);
        return found ? { ok: true, value: found } : refuse("flow-member-not-in-scope");
      }
      const query = foldText(cleanText(input.text));
      if ([...query].length < 2) return refuse("flow-member-query-short");
      const matches = candidates.filter((c) => foldText(c.name).includes(query));
      if (matches.length === 0) return refuse("flow-member-none", { query: quote(input.text) });
      return { ok: "search", query: quote(input.text), matches };
    }
  }
}

function findOption(options: readonly Option[], input: StepInput, env: GuestEnv): Option | undefined {
  if (input.kind === "value") return options.find((o) => o.value === input.value);
  const folded = foldText(cleanText(input.text));
  if (folded === "") return undefined;
  return options.find((o) => foldText(optionLabel(o, env)) === folded);
}

export function optionLabel(option: Option, env: { deps: GuestEnv["deps"]; lang: GuestEnv["lang"] }): string {
  return option.label ?? (option.labelKey ? env.deps.i18n.t(env.lang, option.labelKey) : option.value);
}

/** The most units a unit step offers as buttons; more are typed by code or name. */
export const UNIT_PAGE = 10;

/**
 * The buttons of a unit step. "list": the units of `within` (every active unit without it), the highest first.
 * "tree": the units one level below `browse` (below the top, or the single top unit opened straight away); a unit
 * with active units below it is opened (`open`), the others chosen, and the opened unit itself can be chosen too.
 */
export function unitOptions(
  tree: OrgTree,
  browse: "tree" | "list",
  within: ReadonlySet<string> | undefined,
  opened: string | undefined,
): { units: { id: string; name: string; code: string; open: boolean }[]; opened?: { id: string; name: string } } {
  const active = (id: string) => tree.get(id)?.active === true;
  if (browse === "list") {
    const depth = (id: string) => tree.ancestors(id).length;
    const units = tree
      .all()
      .filter((u) => u.active && (!within || within.has(u.id)))
      .sort((a, b) => depth(a.id) - depth(b.id) || compareVi(a.name, b.name))
      .slice(0, UNIT_PAGE);
    return { units: units.map((u) => ({ id: u.id, name: u.name, code: u.code, open: false })) };
  }
  const roots = tree.roots().filter((u) => u.active);
  let parent = opened && active(opened) ? tree.get(opened) : undefined;
  if (!parent && roots.length === 1) parent = roots[0];
  const level = parent ? tree.childrenOf(parent.id).filter((u) => u.active) : roots;
  return {
    units: level.map((u) => ({
      id: u.id,
      name: u.name,
      code: u.code,
      open: tree.childrenOf(u.id).some((c) => c.active),
    })),
    ...(parent ? { opened: { id: parent.id, name: parent.name } } : {}),
  };
}
