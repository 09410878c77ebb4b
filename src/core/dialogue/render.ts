import { k, type Translate } from "../../i18n/i18n.ts";
import type { Choice, OutgoingMessage } from "../messages.ts";
import { formatLocalDateTime, formatVietnameseDate, today } from "../periods.ts";
import type { Result } from "../result.ts";
import { flowButtons } from "./buttons.ts";
import type { Answers, AnswerValue, AnyFlow, AnyStep, GuestEnv, ReviewSummary } from "./flow.ts";
import { MEMBER_PAGE, optionLabel, quote, unitOptions } from "./inputs.ts";
import { progress, shownAnswers } from "./navigation.ts";
import type { FlowState } from "./state.ts";

/** Answers per page of the review screen. */
export const REVIEW_PAGE = 30;

/** Everything needed to draw the current screen of a conversation. */
export interface View {
  flow: AnyFlow;
  steps: readonly AnyStep[];
  state: FlowState;
  env: GuestEnv;
  revision: number;
}

/**
 * A button of this conversation: carries the revision, so a press on an older screen is recognised as stale. The
 * action is one of `flowButtons` (buttons.ts), e.g. `flowValue(3, flowButtons.edit.value({ stepId: "x" }))`.
 */
export function flowValue(revision: number, action: string): string {
  return `~${revision}:${action}`;
}

/** "~12:v:good" → { revision: 12, action: "v:good" }. */
export function parseFlowValue(value: string): { revision: number; action: string } | undefined {
  const m = /^~(\d{1,9}):(.*)$/s.exec(value);
  return m ? { revision: Number(m[1]), action: m[2] as string } : undefined;
}

export function display(step: AnyStep, value: AnswerValue | undefined, env: GuestEnv): string {
  const t: Translate = (key, args) => env.deps.i18n.t(env.lang, key, args);
  if (value === null || value === undefined) return t("flow-skipped");
  if (typeof value === "boolean") return value ? t("flow-yes") : t("flow-no");
  if (Array.isArray(value)) {
    const options = step.kind === "multi" ? step.options : [];
    return value.map((v) => optionLabel(options.find((o) => o.value === v) ?? { value: v }, env)).join(", ");
  }
  if (typeof value === "object") return value.name;
  if (typeof value === "number") return String(value);
  if (step.kind === "choice") return optionLabel(step.options.find((o) => o.value === value) ?? { value }, env);
  if (step.kind === "date") return formatVietnameseDate(new Date(`${value}T00:00:00Z`));
  if (step.kind === "datetime") return formatLocalDateTime(new Date(value), env.deps.config.TZ_NAME);
  if (step.kind === "link") return quote(value, 200);
  return quote(value, 80);
}

/**
 * A figure as a reader should see it: the answer, and beside it what the bot counted when the two differ
 * ("3 (hệ thống: 0)"). `counted` is the stored count of a `confirmDiffers` step, if any.
 */
export function withCounted(
  value: AnswerValue | undefined,
  shown: string,
  counted: number | undefined,
  t: Translate,
): string {
  if (typeof value !== "number" || counted === undefined || counted === value) return shown;
  return t(k("figures-with-counted"), { value: shown, counted: String(counted) });
}

/** What the bot counted for the steps that hold a figure against it (`confirmDiffers`), from a draft's defaults. */
export function countedOf(steps: readonly AnyStep[], defaults: Answers): Record<string, number> {
  const counted: Record<string, number> = {};
  for (const step of steps) {
    const value = defaults[step.id];
    if (step.confirmDiffers && typeof value === "number") counted[step.id] = value;
  }
  return counted;
}

/** A step's short name, as on the review screen. */
export function stepLabel(step: AnyStep, params: unknown, env: GuestEnv): string {
  return env.deps.i18n.t(env.lang, step.labelKey, step.labelArgs?.(params));
}

/** The current step's question: progress, prompt, an example, the answer so far, and its buttons. */
export function renderStep(
  view: View,
  extra: {
    before?: string[];
    matches?: { id: string; name: string }[];
    candidates?: { id: string; name: string }[];
  } = {},
): OutgoingMessage {
  const { flow, steps, state, env, revision } = view;
  const t: Translate = (key, args) => env.deps.i18n.t(env.lang, key, args);
  const step = steps.find((s) => s.id === state.current) as AnyStep;
  const { n, total } = progress(steps, state);
  const lines = [...(extra.before ?? []), t("flow-progress", { title: t(flow.titleKey), n, total })];
  const note = state.notes?.[step.id];
  if (note) lines.push(t("flow-reviewer-note", { note: quote(note, 500) }));
  lines.push(t(step.promptKey, step.promptArgs?.(state.params, state.answers)));
  const choices: Choice[] = [];
  const value = (action: string) => flowValue(revision, action);
  const { value: pick, tick, open } = flowButtons;
  const unnumbered = step.kind === "number" ? { unnumbered: true } : {};
  switch (step.kind) {
    case "text":
      lines.push(t("flow-hint-text", { max: step.max }));
      break;
    case "number":
      lines.push(t("flow-hint-number", { min: step.min, max: step.max }));
      break;
    case "datetime":
      lines.push(t("flow-hint-datetime"));
      break;
    case "link":
      lines.push(t("flow-hint-link"));
      break;
    case "unit": {
      const within = step.within?.(env, state.params);
      const { units, opened } = unitOptions(env.tree, step.browse, within, state.browse);
      for (const u of units) {
        const label = step.browse === "list" ? `${u.name} (${u.code})` : u.name;
        choices.push({ value: value(u.open ? open.value({ unitId: u.id }) : pick.value({ value: u.id })), label });
      }
      if (opened)
        choices.push({
          value: value(pick.value({ value: opened.id })),
          label: t("flow-unit-this", { unit: opened.name }),
        });
      break;
    }
    case "date": {
      lines.push(t("flow-hint-date"));
      const todayDate = today(env.now, env.deps.config.TZ_NAME);
      choices.push({
        value: value(pick.value({ value: todayDate.toISOString().slice(0, 10) })),
        label: t("flow-today", { date: formatVietnameseDate(todayDate) }),
      });
      break;
    }
    case "choice":
      for (const o of step.options)
        choices.push({ value: value(pick.value({ value: o.value })), label: optionLabel(o, env) });
      break;
    case "yesno":
      choices.push(
        { value: value(pick.value({ value: "yes" })), label: t("flow-yes") },
        { value: value(pick.value({ value: "no" })), label: t("flow-no") },
      );
      break;
    case "multi":
      lines.push(t("flow-hint-multi"));
      for (const o of step.options) {
        const mark = state.ticked.includes(o.value) ? "✓ " : "";
        choices.push({ value: value(tick.value({ value: o.value })), label: `${mark}${optionLabel(o, env)}` });
      }
      choices.push({ value: value(flowButtons.done.value()), label: t("flow-multi-done") });
      break;
    case "member": {
      const shown =
        extra.matches ?? (extra.candidates && extra.candidates.length <= MEMBER_PAGE ? extra.candidates : []);
      if (extra.matches && extra.matches.length > MEMBER_PAGE) {
        lines.push(t("flow-member-many", { count: extra.matches.length, shown: MEMBER_PAGE }));
      } else lines.push(t("flow-hint-member"));
      for (const m of shown.slice(0, MEMBER_PAGE))
        choices.push({ value: value(pick.value({ value: m.id })), label: m.name });
      break;
    }
  }
  const pending = state.confirming?.step === step.id ? state.confirming.value : undefined;
  if (pending !== undefined) {
    // A typed figure differs from the one the bot counted: confirm it, keep the counted one, or type another.
    lines.push(t(k("figures-confirm-differs"), { counted: Number(state.defaults[step.id]), value: pending }));
    choices.push({
      value: value(flowButtons.sure.value()),
      label: t(k("figures-keep-typed"), { value: pending }),
      ...unnumbered,
    });
  }
  const previous = state.answers[step.id];
  const preset = step.id in state.answers ? previous : state.defaults[step.id];
  if (preset !== undefined && (step.id in state.answers || step.id in state.defaults)) {
    const shown = display(step, preset, env);
    lines.push(t(step.id in state.answers ? k("flow-current-answer") : k("flow-default-answer"), { value: shown }));
    choices.push({
      value: value(flowButtons.keep.value()),
      label: t("flow-keep", { value: quote(shown, 24) }),
      ...unnumbered,
    });
  }
  if (step.optional) {
    choices.push({
      value: value(flowButtons.skip.value()),
      label: t(step.skipLabelKey ?? k("flow-skip")),
      ...unnumbered,
    });
  }
  lines.push(t("flow-nav-hint"));
  const message: OutgoingMessage = { text: lines.join("\n") };
  if (choices.length > 0) message.choices = choices;
  // A typed "1" on a number step is the number 1: its "Keep" and "Skip" are answered by their words.
  if (step.kind === "number") message.expectsNumber = true;
  return message;
}

/** Every answer, numbered like the buttons that change it, then Send and Discard. */
export function renderReview(view: View, before: string[] = []): OutgoingMessage {
  const { flow, steps, state, env, revision } = view;
  const t: Translate = (key, args) => env.deps.i18n.t(env.lang, key, args);
  const answers = shownAnswers(steps, state.answers, state.params);
  const title = t(flow.titleKey);
  const lines = [...before, t(state.reportId ? k("flow-review-title-correction") : k("flow-review-title"), { title })];
  const choices: Choice[] = [];
  const answered = steps.filter((step) => step.id in answers);
  // Long reviews come in pages, so a message keeps within the platforms' limits on buttons; each page is
  // numbered from 1 like its buttons, so a typed number always means the line it shows.
  const pages = Math.max(1, Math.ceil(answered.length / REVIEW_PAGE));
  const page = Math.min(state.reviewPage, pages - 1);
  for (const step of answered.slice(page * REVIEW_PAGE, (page + 1) * REVIEW_PAGE)) {
    const label = stepLabel(step, state.params, env);
    choices.push({ value: flowValue(revision, flowButtons.edit.value({ stepId: step.id })), label });
    const counted = step.confirmDiffers ? state.defaults[step.id] : undefined;
    const shown = display(step, answers[step.id], env);
    lines.push(
      `${choices.length}. ${label}: ${withCounted(answers[step.id], shown, typeof counted === "number" ? counted : undefined, t)}`,
    );
  }
  if (pages > 1) lines.push(t("flow-review-page", { page: page + 1, pages }));
  lines.push("", t("flow-review-hint"));
  if (pages > 1) {
    const nextPage = (page + 1) % pages;
    choices.push({
      value: flowValue(revision, flowButtons.page.value({ page: nextPage })),
      label: t("flow-review-next-page", { page: nextPage + 1, pages }),
    });
  }
  choices.push(
    { value: flowValue(revision, flowButtons.confirm.value()), label: t("flow-confirm") },
    { value: flowValue(revision, flowButtons.cancel.value()), label: t("flow-discard") },
  );
  return { text: lines.join("\n"), choices };
}

/**
 * A flow's own review screen (`FlowDefinition.review`): its lines, then "Send" first (so a typed "1" sends, as the
 * preview always did), a button per answer to change it, and "Discard". A refusal is shown instead of "Send".
 */
export function renderCustomReview(view: View, summary: Result<ReviewSummary>, before: string[] = []): OutgoingMessage {
  const { steps, state, env, revision } = view;
  const t: Translate = (key, args) => env.deps.i18n.t(env.lang, key, args);
  const answers = shownAnswers(steps, state.answers, state.params);
  const lines = [...before];
  const choices: Choice[] = [];
  if (summary.ok) {
    lines.push(...summary.value.lines.map((l) => t(l.key, l.args)));
    choices.push({
      value: flowValue(revision, flowButtons.confirm.value()),
      label: t(summary.value.confirmKey ?? k("flow-confirm")),
    });
  } else lines.push(t(summary.reason, summary.args), t("flow-review-fix"));
  for (const step of steps.filter((s) => s.id in answers)) {
    choices.push({
      value: flowValue(revision, flowButtons.edit.value({ stepId: step.id })),
      label: t("flow-edit", { label: stepLabel(step, state.params, env) }),
    });
  }
  choices.push({ value: flowValue(revision, flowButtons.cancel.value()), label: t("flow-discard") });
  return { text: lines.join("\n"), choices };
}
