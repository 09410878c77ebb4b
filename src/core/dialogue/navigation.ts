import type { Answers, AnyStep } from "./flow.ts";
import { type FlowState, REVIEW } from "./state.ts";

/** Whether a step is asked, given the answers so far. */
export function isShown(step: AnyStep, answers: Answers, params: unknown): boolean {
  return step.when ? step.when(answers, params) : true;
}

/** The step after `fromId` that is shown (or REVIEW); with `focus`, only those steps are asked. */
export function nextStepId(steps: readonly AnyStep[], state: FlowState, fromId: string | null): string {
  const start = fromId === null ? 0 : steps.findIndex((s) => s.id === fromId) + 1;
  for (let i = start; i < steps.length; i++) {
    const step = steps[i] as AnyStep;
    if (state.focus && !state.focus.includes(step.id)) continue;
    if (isShown(step, state.answers, state.params)) return step.id;
  }
  return REVIEW;
}

/** "Câu 3/9": the position of the current step among the steps shown with the answers so far. */
export function progress(steps: readonly AnyStep[], state: FlowState): { n: number; total: number } {
  let n = 0;
  let total = 0;
  for (const step of steps) {
    if (state.focus && !state.focus.includes(step.id)) continue;
    if (!isShown(step, state.answers, state.params)) continue;
    total++;
    if (step.id === state.current) n = total;
  }
  return { n, total };
}

/** Answers of the steps still shown: a branch not taken any more leaves nothing behind. */
export function shownAnswers(steps: readonly AnyStep[], answers: Answers, params: unknown): Answers {
  const result: Answers = {};
  for (const step of steps) {
    if (step.id in answers && isShown(step, result, params)) result[step.id] = answers[step.id] ?? null;
  }
  return result;
}
