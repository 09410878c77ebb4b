import type { z } from "zod";
import type { Person, ReportKind, RoleAssignment } from "../../generated/prisma/client.ts";
import type { Locale, MessageArgs, MessageKey } from "../../i18n/i18n.ts";
import type { ChannelCapabilities } from "../channel.ts";
import type { Tx } from "../db.ts";
import type { AppDeps } from "../deps.ts";
import type { Platform } from "../messages.ts";
import type { OrgTree } from "../org.ts";
import type { Access, Scope } from "../permissions.ts";
import type { Result } from "../result.ts";
import type { MenuOffer } from "./menu.ts";

/** A stored answer. Dates are ISO "2026-03-15"; a picked member keeps their name for the review screen. */
export type AnswerValue = string | number | boolean | string[] | { id: string; name: string } | null;
export type Answers = Record<string, AnswerValue>;

/** The chat account a message came from (the owner of a guest flow's draft). */
export interface ChatAccountRef {
  platform: Platform;
  chatId: string;
  externalId: string;
  displayName?: string;
  username?: string;
  /** What this chat's platform can do (e.g. whether it is listed as a broadcast audience). */
  capabilities: ChannelCapabilities;
}

/**
 * What a guest flow's hooks may read: the chat account speaking, who it is linked to if anyone (`person` is null for
 * a stranger), what they may see, and the clock. No chat types. Every runner-side function takes this shape.
 */
export interface GuestEnv {
  deps: AppDeps;
  person: Person | null;
  roles: RoleAssignment[];
  scope: Scope;
  tree: OrgTree;
  now: Date;
  lang: Locale;
  account: ChatAccountRef;
}

/** What a flow's hooks may read: a linked person answering. */
export interface FlowEnv extends GuestEnv {
  person: Person;
}

export interface Option {
  value: string;
  /** A locale key, or `label` for data such as names. */
  labelKey?: MessageKey;
  label?: string;
}

interface StepBase<P, E> {
  id: string;
  promptKey: MessageKey;
  /** Short name of the answer on the review screen. */
  labelKey: MessageKey;
  labelArgs?(params: P): MessageArgs;
  promptArgs?(params: P, answers: Answers): MessageArgs;
  optional?: boolean;
  /** The label of an optional step's skip button, when "Bỏ qua" says too little ("Không kèm ảnh", "Gửi ngay"). */
  skipLabelKey?: MessageKey;
  /** The refusal shown for input this step cannot read, instead of the engine's own (a link, a unit not found). */
  invalidKey?: MessageKey;
  /** Shown only when this holds on earlier answers (branching). */
  when?(answers: Answers, params: P): boolean;
  /** A pre-filled value the person can keep with one tap, computed once when the step is first shown. */
  default?(env: E, params: P): Promise<AnswerValue | undefined>;
  /** Checks against earlier answers; a refusal's key is shown and the step asked again. */
  check?(value: AnswerValue, answers: Answers, params: P): Result<void>;
  /**
   * A figure the bot counted itself (the number step's `default`): a typed figure that differs from it is asked to
   * be confirmed, naming both, and the filed report keeps what the bot counted beside the answer (`counted`).
   */
  confirmDiffers?: boolean;
}

export type Step<P = unknown, E extends GuestEnv = FlowEnv> = StepBase<P, E> &
  (
    | {
        kind: "text";
        min?: number;
        max: number;
        /** Reads the cleaned text into the answer (a name by the roster's rule, a date of birth), or refuses with a key. */
        parse?(text: string, env: E, params: P): Result<string>;
      }
    | { kind: "number"; min: number; max: number }
    | { kind: "date"; notFuture?: boolean; notBefore?: string }
    /** A local date and time in TZ_NAME ("30/11/2026 08:00"), stored as an ISO instant; `future` refuses a past one. */
    | { kind: "datetime"; future?: boolean }
    /** A web link (http or https), e.g. of a photo. */
    | { kind: "link" }
    | { kind: "choice"; options: readonly Option[] }
    | { kind: "multi"; options: readonly Option[] }
    | { kind: "yesno" }
    | { kind: "member"; candidates(env: E, params: P): Promise<{ id: string; name: string }[]> }
    /**
     * A unit of the org tree, stored as { id, name }, chosen by button or typed by code or name. "tree" browses one
     * level at a time from the top (a unit with units below is opened or chosen itself); "list" offers the units of
     * `within`, the highest first. A unit outside `within` is refused with `outsideKey` ({ $unit }).
     */
    | {
        kind: "unit";
        browse: "tree" | "list";
        within?(env: E, params: P): ReadonlySet<string> | undefined;
        outsideKey?: MessageKey;
      }
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

export interface SubmitContext<P, E extends GuestEnv = FlowEnv, A = Answers> {
  tx: Tx;
  env: E;
  params: P;
  /** The answers of the steps shown, typed from the steps in a flow written with `defineFlow`. */
  answers: A;
  /** The filed report's id; "" for a flow that files none (no `report`). */
  reportId: string;
  /** True when the author corrects an earlier submission. */
  correcting: boolean;
  /** Runs work once the filing is committed, outside its transaction (e.g. refreshing planner statistics). */
  afterCommit(run: () => Promise<void>): void;
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
/** What a flow's own review screen shows above its buttons (lines of locale keys), and its "Send" label. */
export interface ReviewSummary {
  lines: Done[];
  confirmKey?: MessageKey;
}

export interface FlowDefinition<P = unknown, E extends GuestEnv = FlowEnv> {
  id: string;
  titleKey: MessageKey;
  access: Access;
  /**
   * A guest flow runs for a chat account not (yet) linked to a person: its draft belongs to the chat account, and its
   * hooks get a `GuestEnv` (`person` may be null). Defined with `defineGuestFlow`.
   */
  guest?: boolean;
  /** A draft left this many hours is dropped when next read, as if there were none (the message goes elsewhere). */
  expireAfterHours?: number;
  /** The last answer files at once, without a review screen (a short request such as a registration). */
  autoSubmit?: boolean;
  /** How long the filing transaction may take (a broadcast to thousands queues thousands of rows). */
  submitTimeoutMs?: number;
  /** The kind of Report it files (absent for a flow that files none). */
  reportKind?: ReportKind;
  /** Parses the stored parameters on every read. */
  params: z.ZodType<P>;
  /** Computes the parameters when the flow starts (e.g. which ĐVUT); a refusal is shown instead of starting. */
  init(env: E, args: string): Promise<Result<P>>;
  /** Answers given with the start itself (`/broadcast <text>`): those steps are not asked, and stay changeable. */
  prefill?(args: string, params: P): Answers;
  steps(params: P): readonly Step<P, E>[];
  /** A line shown above the first prompt (e.g. the year's targets). */
  intro?(env: E, params: P): Promise<{ key: MessageKey; args?: MessageArgs } | undefined>;
  /**
   * The flow's own review screen (a broadcast's preview with its recipient count) instead of the list of answers; the
   * engine adds "Send", a button per answer to change it, and "Discard". A refusal is shown above the buttons and
   * "Send" is left out until an answer is changed.
   */
  review?(env: E, params: P, answers: Answers): Promise<Result<ReviewSummary>>;
  /** The Report the answers are filed as; absent when the flow files none (see above). */
  report?(params: P, answers: Answers): ReportDraft;
  /**
   * Domain writes besides the report, in the same transaction; a refusal rolls everything back. May return what to
   * tell the person instead of the default "sent" line.
   */
  apply?(ctx: SubmitContext<P, E>): Promise<Result<undefined | Done>>;
  /** A domain refusal's key → the step to ask again. */
  refusalSteps?: Record<string, string>;
  /** Refusals that end the draft (nothing the person could change fixes them, e.g. "already decided by someone"). */
  finalRefusals?: readonly string[];
  /** After a submission, start the flow again (the next ĐVUT); an init refusal ends it quietly. */
  repeat?: boolean;
  /** False when a filed report cannot be corrected in chat (a nomination has moved the pipeline). */
  correctable?: boolean;
  /**
   * What this flow offers the person on /menu now (entries that start it, lines such as "remarks done"), asked on
   * every /menu of a person its `access` allows. Costly counts are shared between flows with `oncePerEnv` (menu.ts).
   */
  offer?(env: FlowEnv): Promise<MenuOffer>;
}

/** Any flow, whatever its parameters (hooks are methods, so a specific flow is assignable to this). */
export type AnyFlow = FlowDefinition<unknown, GuestEnv>;

/** Any step, as the runner sees it. */
export type AnyStep = Step<unknown, GuestEnv>;

/** What each kind of step stores (the runner parses and checks an answer by its step's kind before storing it). */
interface KindValues {
  text: string;
  number: number;
  /** "2026-03-15" */
  date: string;
  /** An ISO instant */
  datetime: string;
  link: string;
  yesno: boolean;
  multi: string[];
  member: { id: string; name: string };
  unit: { id: string; name: string };
}

/** A step's answer: a choice's option values (their literal union when the options are written out), else its kind's. */
type StepValue<S> = S extends { kind: "choice"; options: readonly (infer O)[] }
  ? O extends { value: infer V extends string }
    ? V
    : string
  : S extends { kind: infer K extends keyof KindValues }
    ? KindValues[K]
    : never;

/** A step that can be skipped stores null (unless it is declared `optional: false`). */
type SkipValue<S> = S extends { optional: false } ? never : S extends { optional: boolean } ? null : never;

/** A step asked only when `when` holds leaves no answer when it does not. */
type Branch<S> = S extends { when: unknown } ? true : false;

type IdOf<S> = S extends { id: infer I extends string } ? I : never;

/**
 * The answers of a flow, from its steps: each step's id names a field of its kind's type (`text` a string, `number` a
 * number, `yesno` a boolean, `choice` its option values…), `| null` when the step is optional, and absent (`?`) when
 * the step has a `when`. Steps built with an id typed `string` give a string index instead: write ids as literals
 * (or `` `m${number}` `` templates) to keep the names checked.
 */
export type AnswersOf<S> = {
  [T in S as Branch<T> extends true ? never : IdOf<T>]: StepValue<T> | SkipValue<T>;
} & {
  [T in S as Branch<T> extends true ? IdOf<T> : never]?: StepValue<T> | SkipValue<T>;
} extends infer A
  ? { [K in keyof A]: A[K] }
  : never;

/**
 * A flow as its author writes it: the hooks that read the filed answers (`report`, `apply`, `review`, `prefill`) get
 * them typed from the steps (`AnswersOf`), so a misspelt answer does not compile. The steps' own hooks (`when`,
 * `check`, `promptArgs`) read the answers so far, untyped.
 */
export type TypedFlow<P, E extends GuestEnv, S> = Omit<
  FlowDefinition<P, E>,
  "steps" | "prefill" | "review" | "report" | "apply" | "guest"
> & {
  steps(params: P): readonly S[];
  prefill?(args: string, params: P): Partial<AnswersOf<S>>;
  review?(env: E, params: P, answers: AnswersOf<S>): Promise<Result<ReviewSummary>>;
  report?(params: P, answers: AnswersOf<S>): ReportDraft;
  apply?(ctx: SubmitContext<P, E, AnswersOf<S>>): Promise<Result<undefined | Done>>;
};

/**
 * The runner's view of a typed flow. The runner stores every answer only after parsing it by its step's kind, and
 * passes the hooks the answers of the steps shown (`shownAnswers`), which is exactly what `AnswersOf` describes: the
 * one place the typed record is seen as the untyped one.
 */
function untyped<P, E extends GuestEnv, S>(flow: TypedFlow<P, E, S>): FlowDefinition<P, E> {
  return flow as unknown as FlowDefinition<P, E>;
}

/**
 * Declares a flow: `defineFlow({ id, params: z.object(…), steps: () => [ … ], report(p, answers) { … } })`. The
 * parameters' type comes from `params`, the answers' from the steps (see `AnswersOf`).
 */
export function defineFlow<P, const S extends Step<P>>(flow: TypedFlow<P, FlowEnv, S>): FlowDefinition<P> {
  return untyped(flow);
}

/** A guest flow (see `FlowDefinition.guest`): its hooks get a `GuestEnv`. */
export function defineGuestFlow<P, const S extends Step<P, GuestEnv>>(
  flow: TypedFlow<P, GuestEnv, S>,
): FlowDefinition<P, GuestEnv> {
  return { ...untyped(flow), guest: true };
}
