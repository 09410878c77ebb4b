import type { z } from "zod";
import type { Person, ReportKind, RoleAssignment } from "../../generated/prisma/client.ts";
import type { Locale, MessageArgs, MessageKey } from "../../i18n/i18n.ts";
import type { Tx } from "../db.ts";
import type { AppDeps } from "../deps.ts";
import type { OrgTree } from "../org.ts";
import type { Access, Scope } from "../permissions.ts";
import type { Result } from "../result.ts";

/** A stored answer. Dates are ISO "2026-03-15"; a picked member keeps their name for the review screen. */
export type AnswerValue = string | number | boolean | string[] | { id: string; name: string } | null;
export type Answers = Record<string, AnswerValue>;

/** What a flow's hooks may read: who is answering, what they may see, and the clock. No chat types. */
export interface FlowEnv {
  deps: AppDeps;
  person: Person;
  roles: RoleAssignment[];
  scope: Scope;
  tree: OrgTree;
  now: Date;
  lang: Locale;
}

export interface Option {
  value: string;
  /** A locale key, or `label` for data such as names. */
  labelKey?: MessageKey;
  label?: string;
}

interface StepBase<P> {
  id: string;
  promptKey: MessageKey;
  /** Short name of the answer on the review screen. */
  labelKey: MessageKey;
  labelArgs?(params: P): MessageArgs;
  promptArgs?(params: P, answers: Answers): MessageArgs;
  optional?: boolean;
  /** Shown only when this holds on earlier answers (branching). */
  when?(answers: Answers, params: P): boolean;
  /** A pre-filled value the person can keep with one tap, computed once when the step is first shown. */
  default?(env: FlowEnv, params: P): Promise<AnswerValue | undefined>;
  /** Checks against earlier answers; a refusal's key is shown and the step asked again. */
  check?(value: AnswerValue, answers: Answers, params: P): Result<void>;
  /**
   * A figure the bot counted itself (the number step's `default`): a typed figure that differs from it is asked to
   * be confirmed, naming both, and the filed report keeps what the bot counted beside the answer (`counted`).
   */
  confirmDiffers?: boolean;
}

export type Step<P = unknown> = StepBase<P> &
  (
    | { kind: "text"; min?: number; max: number }
    | { kind: "number"; min: number; max: number }
    | { kind: "date"; notFuture?: boolean; notBefore?: string }
    | { kind: "choice"; options: Option[] }
    | { kind: "multi"; options: Option[] }
    | { kind: "yesno" }
    | { kind: "member"; candidates(env: FlowEnv, params: P): Promise<{ id: string; name: string }[]> }
  );

/** What a submitted flow files: one Report row (a new version when correcting). */
export interface ReportDraft {
  kind: ReportKind;
  unitId: string;
  uniqueKey?: string | null;
  subjectPersonId?: string | null;
  year: number;
  quarter?: number | null;
  /** The period's due date (a calendar date): a report first filed after it is kept as late. */
  dueOn?: Date | null;
}

export interface SubmitContext<P> {
  tx: Tx;
  env: FlowEnv;
  params: P;
  answers: Answers;
  /** The filed report's id; "" for a flow that files none (no `report`). */
  reportId: string;
  /** True when the author corrects an earlier submission. */
  correcting: boolean;
}

/** What the person is told once a submission went through, instead of the engine's "sent" line. */
export interface Done {
  key: MessageKey;
  args?: MessageArgs;
}

/**
 * A guided flow, declared as data. The engine asks the steps, keeps the draft, shows the review screen and files the
 * report exactly once; the flow only says what to ask, what the answers mean and what to write besides the report.
 *
 * A flow without `report` files no Report of its own: the engine still asks, keeps and confirms the answers, and
 * `apply` does the writes (e.g. a reviewer returning someone else's report with comments per field). Such a flow
 * usually returns a `Done` message from `apply` and lists in `finalRefusals` the refusals that end its draft.
 */
export interface FlowDefinition<P = unknown> {
  id: string;
  titleKey: MessageKey;
  access: Access;
  /** The kind of Report it files (absent for a flow that files none). */
  reportKind?: ReportKind;
  /** Parses the stored parameters on every read. */
  params: z.ZodType<P>;
  /** Computes the parameters when the flow starts (e.g. which ĐVUT); a refusal is shown instead of starting. */
  init(env: FlowEnv, args: string): Promise<Result<P>>;
  steps(params: P): Step<P>[];
  /** A line shown above the first prompt (e.g. the year's targets). */
  intro?(env: FlowEnv, params: P): Promise<{ key: MessageKey; args?: MessageArgs } | undefined>;
  /** The Report the answers are filed as; absent when the flow files none (see above). */
  report?(params: P, answers: Answers): ReportDraft;
  /**
   * Domain writes besides the report, in the same transaction; a refusal rolls everything back. May return what to
   * tell the person instead of the default "sent" line.
   */
  apply?(ctx: SubmitContext<P>): Promise<Result<undefined | Done>>;
  /** A domain refusal's key → the step to ask again. */
  refusalSteps?: Record<string, string>;
  /** Refusals that end the draft (nothing the person could change fixes them, e.g. "already decided by someone"). */
  finalRefusals?: readonly string[];
  /** After a submission, start the flow again (the next ĐVUT); an init refusal ends it quietly. */
  repeat?: boolean;
  /** False when a filed report cannot be corrected in chat (a nomination has moved the pipeline). */
  correctable?: boolean;
}

/** Any flow, whatever its parameters (hooks are methods, so a specific flow is assignable to this). */
export type AnyFlow = FlowDefinition<unknown>;

/** Helps a flow file keep its types: `defineFlow({ ... })`. */
export function defineFlow<P>(flow: FlowDefinition<P>): FlowDefinition<P> {
  return flow;
}
