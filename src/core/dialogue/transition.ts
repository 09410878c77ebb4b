import { k, type MessageArgs, type MessageKey } from "../../i18n/i18n.ts";
import { typedNumber } from "../choices.ts";
import type { FlowAction } from "./buttons.ts";
import type { Answers, AnswerValue, AnyStep } from "./flow.ts";
import type { ParseOutcome, StepInput } from "./inputs.ts";
import { isShown, nextStepId } from "./navigation.ts";
import { type FlowState, REVIEW } from "./state.ts";

/**
 * The dialogue's rules as one pure function: given the steps, the stored state and what the person gave, what
 * happens next. No database, no clock, no chat: the runner (engine.ts) loads the state through its store, calls
 * this, and carries the decision out (saves, files, renders). Tests call it directly (test/flows/transition.test.ts).
 */

/**
 * What the person gave, already matched against the screen: a button's action (decoded by `readFlowAction`,
 * buttons.ts, as are /back, /skip and /cancel), typed text, or anything else.
 */
export type TurnInput =
  | { kind: "action"; action: FlowAction; typed?: string }
  | { kind: "text"; text: string }
  | { kind: "unsupported" };

/** A line above the screen: a locale key and its arguments. */
export interface Note {
  key: MessageKey;
  args?: MessageArgs;
}

export type Decision =
  /** Store this state and show its screen. */
  | { kind: "move"; state: FlowState; notes?: Note[] }
  /** Show the current screen again, with why. */
  | { kind: "show"; notes: Note[] }
  | { kind: "cancel" }
  /** File the answers (the review screen's "Send"). */
  | { kind: "submit" }
  /** The runner parses this input for the current step (a member search needs the database), then calls `afterParse`. */
  | { kind: "parse"; step: AnyStep; input: StepInput }
  /** A member search: show the matches and ask again. */
  | { kind: "search"; query: string; matches: { id: string; name: string }[] };

const stale: Decision = { kind: "show", notes: [{ key: k("flow-stale-answer") }] };

export function currentStep(steps: readonly AnyStep[], state: FlowState): AnyStep | undefined {
  return steps.find((s) => s.id === state.current);
}

/** One turn of a conversation. */
export function transition(steps: readonly AnyStep[], state: FlowState, input: TurnInput): Decision {
  const action = input.kind === "action" ? input.action : undefined;
  if (action?.name === "cancel") return { kind: "cancel" };
  if (action?.name === "back") {
    // A figure waiting for confirmation (or a unit opened) is dropped with the step it was typed on.
    const { confirming: _dropped, browse: _closed, ...base } = state;
    const previous = base.history.at(-1);
    // Changing one answer from the review screen: /back returns there, the answer unchanged.
    if (!previous && base.returnToReview && base.current !== REVIEW) {
      return { kind: "move", state: { ...base, current: REVIEW, ticked: [] } };
    }
    if (!previous) return { kind: "show", notes: [{ key: k("flow-back-first") }] };
    return { kind: "move", state: { ...base, current: previous, history: base.history.slice(0, -1), ticked: [] } };
  }
  if (state.current === REVIEW) {
    if (action?.name === "confirm") return { kind: "submit" };
    if (action?.name === "page") return { kind: "move", state: { ...state, reviewPage: action.fields.page } };
    if (action?.name === "edit" && steps.some((s) => s.id === action.fields.stepId)) {
      return {
        kind: "move",
        state: { ...state, current: action.fields.stepId, history: [], returnToReview: true, ticked: [] },
      };
    }
    return { kind: "show", notes: [{ key: k("flow-review-use-buttons") }] };
  }
  const step = currentStep(steps, state);
  if (!step) return stale;
  // On a number step a typed "1" is the number 1, never a button ("Keep", "Skip").
  const typedNum = input.kind === "action" && step.kind === "number" && input.typed !== undefined;
  const typed = typedNum && typedNumber(input.typed as string) !== undefined;
  if (action?.name === "skip" && !typed) {
    if (!step.optional) return { kind: "show", notes: [{ key: k("flow-skip-required") }] };
    return answer(steps, state, step, null);
  }
  if (action?.name === "keep" && !typed) {
    const kept = step.id in state.answers ? state.answers[step.id] : state.defaults[step.id];
    if (kept === undefined) return stale;
    // A kept value meets the same checks as a typed one (a pre-filled part may exceed a corrected whole).
    return checked(steps, state, step, kept);
  }
  if (action?.name === "sure" && !typed) {
    // "Xác nhận: 3": the typed figure that differs from the counted one is kept as typed.
    const pending = state.confirming?.step === step.id ? state.confirming.value : undefined;
    if (pending === undefined) return stale;
    return checked(steps, state, step, pending);
  }
  if (input.kind === "text") return { kind: "parse", step, input: { kind: "text", text: input.text } };
  if (input.kind === "action") {
    if (typed) return { kind: "parse", step, input: { kind: "text", text: input.typed as string } };
    const pressed = input.action;
    if (pressed.name === "done") return { kind: "parse", step, input: { kind: "value", value: "done" } };
    // A unit step that browses the tree: open a unit to see the units below it.
    if (step.kind === "unit" && pressed.name === "open") {
      return { kind: "move", state: { ...state, browse: pressed.fields.unitId } };
    }
    if (pressed.name === "value" || pressed.name === "tick")
      return { kind: "parse", step, input: { kind: "value", value: pressed.fields.value } };
    return stale;
  }
  return { kind: "show", notes: [{ key: k("flow-unsupported-content") }] };
}

/** After the runner parsed an input for the current step. */
export function afterParse(
  steps: readonly AnyStep[],
  state: FlowState,
  step: AnyStep,
  outcome: ParseOutcome,
): Decision {
  if (outcome.ok === false) return { kind: "show", notes: [{ key: outcome.reason, args: outcome.args }] };
  if (outcome.ok === "search") return { kind: "search", query: outcome.query, matches: outcome.matches };
  if (outcome.ok === "ticked") return { kind: "move", state: { ...state, ticked: outcome.ticked } };
  return checked(steps, state, step, outcome.value, true);
}

/**
 * A typed figure that differs from the one the bot counted (a `confirmDiffers` step's pre-filled value) and is not
 * the one already waiting for confirmation: the figure the person has to confirm, or undefined.
 */
export function figureToConfirm(step: AnyStep, state: FlowState, value: AnswerValue): number | undefined {
  if (!step.confirmDiffers || typeof value !== "number") return undefined;
  const counted = state.defaults[step.id];
  if (typeof counted !== "number" || counted === value) return undefined;
  // Typed twice (or typed again after the question): confirmed.
  if (state.confirming?.step === step.id && state.confirming.value === value) return undefined;
  return value;
}

function checked(
  steps: readonly AnyStep[],
  state: FlowState,
  step: AnyStep,
  value: AnswerValue,
  typed = false,
): Decision {
  const check = step.check?.(value, state.answers as Answers, state.params);
  if (check && !check.ok) return { kind: "show", notes: [{ key: check.reason, args: check.args }] };
  const differs = typed ? figureToConfirm(step, state, value) : undefined;
  if (differs !== undefined) {
    // Asked on the same step: "Hệ thống ghi nhận 0, đồng chí giữ 3?" (render.ts shows it from the state).
    return { kind: "move", state: { ...state, confirming: { step: step.id, value: differs } } };
  }
  return answer(steps, state, step, value);
}

/** Stores an answer and moves to the next step shown (or back to the review screen after a change). */
export function answer(steps: readonly AnyStep[], state: FlowState, step: AnyStep, value: AnswerValue): Decision {
  const answers = { ...state.answers, [step.id]: value };
  const { confirming: _settled, browse: _closed, ...rest } = state;
  const next: FlowState = { ...rest, answers, ticked: [], history: [...state.history, step.id] };
  if (state.returnToReview) {
    // A change can open a branch (e.g. "concerns" now needs its explanation): ask what is newly missing first.
    const missing = steps.find(
      (s, i) => i > steps.indexOf(step) && isShown(s, answers, state.params) && !(s.id in answers),
    );
    next.current = missing?.id ?? REVIEW;
  } else next.current = nextStepId(steps, next, step.id);
  return { kind: "move", state: next };
}
