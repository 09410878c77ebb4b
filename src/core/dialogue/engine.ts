import { type Conversation, Prisma, type Report } from "../../generated/prisma/client.ts";
import { k, type MessageArgs, type MessageKey } from "../../i18n/i18n.ts";
import type { ChatContext } from "../context.ts";
import type { Tx } from "../db.ts";
import type { AppDeps } from "../deps.ts";
import type { ConversationHandler } from "../feature.ts";
import type { OutgoingMessage } from "../messages.ts";
import { today } from "../periods.ts";
import { allows, canSeeUnit } from "../permissions.ts";
import { ok, type Result, refuse } from "../result.ts";
import { readFlowAction } from "./buttons.ts";
import { guestEnvOf } from "./env.ts";
import type { AnyFlow, AnyStep, Done, GuestEnv, ReportDraft } from "./flow.ts";
import { parseAnswer } from "./inputs.ts";
import { nextStepId, progress, shownAnswers } from "./navigation.ts";
import { countedOf, parseFlowValue, renderCustomReview, renderReview, renderStep, type View } from "./render.ts";
import { type FlowReportData, saveReport } from "./reports.ts";
import { type FlowState, flowStateSchema, REVIEW } from "./state.ts";
import { type ConversationStore, PrismaConversationStore, readState } from "./store.ts";
import { afterParse, type Decision, type Note, type TurnInput, transition } from "./transition.ts";

const FLOW_COMMANDS = new Set(["back", "skip", "cancel"]);

/** Where the engine's closing words send the speaker: /menu is for linked people, a stranger starts from /help. */
function whereNext(ctx: ChatContext): { linked: "yes" | "no" } {
  return { linked: ctx.person ? "yes" : "no" };
}

/** A stored report's `counted` figures, if well formed. */
function countedFrom(value: unknown): Record<string, number> {
  const counted: Record<string, number> = {};
  if (value && typeof value === "object") {
    for (const [id, n] of Object.entries(value)) if (typeof n === "number") counted[id] = n;
  }
  return counted;
}

/** Thrown inside the submit transaction to roll it back with a reason for the person. */
class Refusal extends Error {
  constructor(
    readonly reason: MessageKey,
    readonly args?: MessageArgs,
  ) {
    super(reason);
  }
}

/** Hooks around filing, the same for every flow (e.g. asking for a review of the kinds that need one). */
export interface EngineHooks {
  /** Runs in the submit transaction after a report (or its next version) was saved; a throw rolls it back. */
  afterFile?(tx: Tx, env: GuestEnv, report: Report, flow: AnyFlow): Promise<void>;
}

interface Loaded {
  row: Conversation;
  view: View;
}

/**
 * Runs declarative flows (src/flows/*.ts) in any chat: asks each step, checks the answer, keeps the draft in the
 * Conversation table after every answer, and files the report once. Holds no state of its own: every message
 * reads the conversation from the database, so a restart or another instance continues at the same step.
 */
export class FlowEngine implements ConversationHandler {
  private readonly flows = new Map<string, AnyFlow>();

  constructor(
    flows: readonly AnyFlow[],
    private readonly hooks: EngineHooks = {},
    private readonly options: { store?: (deps: AppDeps) => ConversationStore } = {},
  ) {
    for (const flow of flows) {
      if (this.flows.has(flow.id)) throw new Error(`Flow ${flow.id} is defined twice`);
      this.flows.set(flow.id, flow);
    }
  }

  /** The flow with this id (an arrow, so it can be passed around as a lookup). */
  readonly flow = (id: string): AnyFlow | undefined => this.flows.get(id);

  list(): AnyFlow[] {
    return [...this.flows.values()];
  }

  /** Starts a flow, or continues its draft when one was started with the same arguments. */
  async start(ctx: ChatContext, flowId: string, args = ""): Promise<void> {
    const flow = this.flows.get(flowId);
    const env = flow ? await this.env(ctx, flow) : undefined;
    if (!flow || !env) {
      ctx.reply(ctx.t("flow-unknown", whereNext(ctx)));
      return;
    }
    if (!allows(flow.access, ctx.person !== null, ctx.speaker.roles)) {
      ctx.reply(ctx.t("flow-not-allowed"));
      return;
    }
    const found = await this.store(ctx).find(ctx.ownerKey, flowId);
    const existing = found && (await this.unexpired(ctx, found));
    const draft = existing && ["active", "paused"].includes(existing.status) ? readState(existing) : undefined;
    if (existing && draft && (args === "" || draft.args === args)) {
      const row = await this.store(ctx).open(ctx.ownerKey, flowId, draft, this.saveOptions(ctx));
      const view = this.view(flow, row, draft, env);
      if (view) ctx.reply(await this.screen(view, [ctx.t("flow-resumed")]));
      return;
    }
    await this.begin(ctx, flow, env, args, []);
  }

  /**
   * Reopens a filed report for its author, who sends a new version. Without `focus` it opens at the review screen;
   * with `focus` (the fields a reviewer sent back) only those steps are asked again, then the review screen.
   * `notes` (a reviewer's comment per step) are shown above the reopened steps.
   */
  async correct(
    ctx: ChatContext,
    reportId: string,
    focus: readonly string[] = [],
    notes: Readonly<Record<string, string>> = {},
  ): Promise<void> {
    const report = await ctx.deps.prisma.report.findUnique({ where: { id: reportId } });
    const data = report?.data as Partial<FlowReportData> | undefined;
    const flow = data?.flowId ? this.flows.get(data.flowId) : undefined;
    const env = flow ? await this.env(ctx, flow) : undefined;
    if (!env?.person || !report || report.authorId !== env.person.id || !flow || !data?.answers) {
      ctx.reply(ctx.t("flow-correct-not-yours"));
      return;
    }
    if (!allows(flow.access, true, ctx.speaker.roles)) {
      ctx.reply(ctx.t("flow-not-allowed"));
      return;
    }
    const params = flow.params.safeParse(data.params);
    const answers = flowStateSchema.shape.answers.safeParse(data.answers);
    if (flow.correctable === false || !params.success || !answers.success) {
      ctx.reply(ctx.t("flow-correct-not-possible"));
      return;
    }
    const state: FlowState = {
      params: params.data,
      answers: answers.data,
      // The figures the bot counted at the first filing stay the ones the answers are held against.
      defaults: countedFrom(data.counted),
      current: REVIEW,
      history: [],
      returnToReview: focus.length === 0,
      ticked: [],
      reviewPage: 0,
      args: "",
      reportId,
      ...(focus.length > 0 ? { focus: [...focus] } : {}),
      ...(Object.keys(notes).length > 0 ? { notes: { ...notes } } : {}),
    };
    if (focus.length > 0) state.current = nextStepId(flow.steps(params.data), state, null);
    const row = await this.store(ctx).open(ctx.ownerKey, flow.id, state, this.saveOptions(ctx));
    const view = this.view(flow, row, state, env);
    if (view) ctx.reply(await this.screen(view));
  }

  /** Drafts the person has open or paused, for the menu. */
  async drafts(ctx: ChatContext): Promise<{ flow: AnyFlow; n: number; total: number }[]> {
    const rows = await this.store(ctx).listOpen(ctx.ownerKey);
    const result: { flow: AnyFlow; n: number; total: number }[] = [];
    for (const row of rows) {
      const flow = this.flows.get(row.flowId);
      const state = readState(row);
      const params = flow && state ? flow.params.safeParse(state.params) : undefined;
      if (!flow || !state || !params?.success) continue;
      const steps = flow.steps(params.data);
      const { n, total } = progress(steps, { ...state, params: params.data });
      result.push({ flow, n: state.current === REVIEW ? total : n, total });
    }
    return result;
  }

  async handle(ctx: ChatContext): Promise<boolean> {
    const content = ctx.content;
    if (content.kind === "command" && !FLOW_COMMANDS.has(content.name)) return false;
    if (content.kind === "choice" && !content.value.startsWith("~")) return false;
    const row = await this.findActive(ctx);
    if (!row) {
      // A stranger with no guest flow open: their message is about linking, not a draft.
      if (!ctx.person && content.kind !== "choice") return false;
      if (content.kind === "command") ctx.reply(ctx.t("flow-none-active", whereNext(ctx)));
      else if (content.kind === "choice") ctx.reply(ctx.t("choice-stale"));
      else return false;
      return true;
    }
    const loaded = await this.load(ctx, row);
    if (!loaded) return true;
    if (
      content.kind !== "choice" &&
      content.kind !== "command" &&
      (row.lastPlatform !== ctx.msg.platform || row.lastChatId !== ctx.msg.chatId)
    ) {
      // The draft was last answered in another chat: show where it stands before taking answers here.
      await this.move(ctx, row, loaded.view, loaded.view.state, [ctx.t("flow-continued-here")]);
      return true;
    }
    await this.step(ctx, loaded);
    return true;
  }

  async showCurrent(ctx: ChatContext, before: string[]): Promise<boolean> {
    const row = await this.findActive(ctx);
    const loaded = row ? await this.load(ctx, row) : undefined;
    if (!loaded) return false;
    ctx.reply(await this.screen(loaded.view, before));
    return true;
  }

  /** One turn: the pure transition decides (transition.ts), this carries the decision out. */
  private async step(ctx: ChatContext, { row, view }: Loaded): Promise<void> {
    const content = ctx.content;
    let input: TurnInput;
    if (content.kind === "choice") {
      const parsed = parseFlowValue(content.value);
      const action = parsed && readFlowAction(parsed.action);
      if (!parsed || parsed.revision !== row.revision || !action) {
        ctx.reply(await this.screen(view, [ctx.t("flow-stale-answer")]));
        return;
      }
      input = { kind: "action", action, ...(content.typed !== undefined ? { typed: content.typed } : {}) };
    } else if (content.kind === "command") {
      // Only /back, /skip and /cancel reach here (FLOW_COMMANDS).
      const action = readFlowAction(content.name);
      input = action ? { kind: "action", action } : { kind: "unsupported" };
    } else if (content.kind === "text") input = { kind: "text", text: content.text };
    else input = { kind: "unsupported" };
    let decision = transition(view.steps, view.state, input);
    if (decision.kind === "parse") {
      const outcome = await parseAnswer(decision.step, decision.input, view.env, view.state.params, view.state.ticked);
      decision = afterParse(view.steps, view.state, decision.step, outcome);
    }
    await this.carryOut(ctx, row, view, decision);
  }

  private async carryOut(ctx: ChatContext, row: Conversation, view: View, decision: Decision): Promise<void> {
    const notes = (list: Note[] = []) => list.map((n) => ctx.t(n.key, n.args));
    switch (decision.kind) {
      case "cancel": {
        const saved = await this.store(ctx).save(row, view.state, { ...this.saveOptions(ctx), status: "cancelled" });
        if (!saved) await this.reloadAndShow(ctx, [ctx.t("flow-stale-answer")]);
        else
          ctx.reply(ctx.t(view.state.reportId ? k("flow-correction-cancelled") : k("flow-cancelled"), whereNext(ctx)));
        return;
      }
      case "submit":
        await this.submit(ctx, row, view);
        return;
      case "move":
        await this.move(ctx, row, view, decision.state, notes(decision.notes));
        return;
      case "show":
        ctx.reply(await this.screen(view, notes(decision.notes)));
        return;
      case "search":
        ctx.reply(
          renderStep(view, {
            matches: decision.matches,
            before: [ctx.t("flow-member-found", { query: decision.query, count: decision.matches.length })],
          }),
        );
        return;
      case "parse":
        // transition() hands parsing to the runner, which always resolves it before carrying out.
        throw new Error("unparsed input");
    }
  }

  private async move(ctx: ChatContext, row: Conversation, view: View, next: FlowState, before: string[] = []) {
    await this.prepare(view, next);
    const saved = await this.store(ctx).save(row, next, this.saveOptions(ctx));
    if (!saved) {
      await this.reloadAndShow(ctx, [ctx.t("flow-stale-answer")]);
      return;
    }
    const moved = { ...view, state: next, revision: saved.revision };
    // A flow without a review screen files as soon as its last step is answered.
    if (next.current === REVIEW && view.flow.autoSubmit) await this.submit(ctx, saved, moved);
    else ctx.reply(await this.screen(moved, before));
  }

  /** Computes the pre-filled value of the step about to be shown, once. */
  private async prepare(view: View, state: FlowState): Promise<void> {
    const step = view.steps.find((s) => s.id === state.current);
    if (!step?.default || step.id in state.defaults) return;
    const value = await step.default(view.env, state.params);
    if (value !== undefined) state.defaults = { ...state.defaults, [step.id]: value };
  }

  private async submit(ctx: ChatContext, row: Conversation, view: View): Promise<void> {
    const { flow, state, steps, env } = view;
    const { prisma } = ctx.deps;
    const answers = shownAnswers(steps, state.answers, state.params);
    // Roles are read afresh for every message: one revoked since the draft began cannot file (or re-file) it.
    const person = env.person;
    if (!this.mayFile(ctx, flow, env, flow.report?.(state.params, answers)) || (flow.report && !person)) {
      ctx.reply(ctx.t("flow-not-allowed"));
      return;
    }
    const now = env.now;
    let outcome: Result<{ version: number; done: Done | undefined }>;
    const committed: (() => Promise<void>)[] = [];
    try {
      outcome = await prisma.$transaction(
        async (tx) => {
          // Claiming the revision first makes a double-tapped confirm (or a second instance) file nothing twice.
          const claim = await tx.conversation.updateMany({
            where: { id: row.id, revision: row.revision, status: "active" },
            data: { status: "submitted", revision: row.revision + 1, updatedAt: now },
          });
          if (claim.count !== 1) return refuse("flow-already-submitted");
          let report: Report | undefined;
          if (flow.report && person) {
            const draft = flow.report(state.params, answers);
            const counted = countedOf(
              steps.filter((s) => s.id in answers),
              state.defaults,
            );
            const data: FlowReportData = {
              flowId: flow.id,
              answers,
              params: state.params,
              // What the bot counted for the figures it pre-filled, kept beside the answers for the reviewer.
              ...(Object.keys(counted).length > 0 ? { counted } : {}),
            };
            const saved = await saveReport(
              tx,
              draft,
              data,
              person.id,
              now,
              state.reportId,
              today(now, env.deps.config.TZ_NAME),
            );
            if (!saved.ok) throw new Refusal(saved.reason, saved.args);
            report = saved.value;
          }
          const applied = await flow.apply?.({
            tx,
            env,
            params: state.params,
            answers,
            reportId: report?.id ?? "",
            correcting: state.reportId !== undefined,
            afterCommit: (run) => committed.push(run),
          });
          if (applied && !applied.ok) throw new Refusal(applied.reason, applied.args);
          if (report) await this.hooks.afterFile?.(tx, env, report, flow);
          return ok({ version: report?.version ?? 0, done: applied?.value ?? undefined });
        },
        flow.submitTimeoutMs ? { timeout: flow.submitTimeoutMs, maxWait: 30_000 } : undefined,
      );
    } catch (error) {
      // Two people filing the same once-per-period report at the same moment: the database's unique key decides.
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      const refusal = duplicate ? new Refusal("flow-report-already-filed") : error;
      if (!(refusal instanceof Refusal)) throw error;
      const stepId = flow.refusalSteps?.[refusal.reason];
      if (!stepId && (refusal.reason === "flow-report-already-filed" || flow.finalRefusals?.includes(refusal.reason))) {
        // Someone else filed it meanwhile: nothing here can change that, so the draft ends.
        await this.store(ctx).save(row, state, { ...this.saveOptions(ctx), status: "cancelled" });
        ctx.reply(ctx.t(refusal.reason, refusal.args));
        return;
      }
      const next = stepId ? { ...state, current: stepId, returnToReview: true, history: [] } : state;
      await this.move(ctx, row, view, next, [ctx.t(refusal.reason, refusal.args)]);
      return;
    }
    if (!outcome.ok) {
      ctx.reply(ctx.t(outcome.reason, outcome.args));
      return;
    }
    for (const run of committed) await run();
    const title = ctx.t(flow.titleKey);
    const custom = outcome.value.done;
    const done = custom
      ? ctx.t(custom.key, custom.args)
      : state.reportId
        ? ctx.t("flow-corrected", { title, version: outcome.value.version })
        : ctx.t("flow-submitted", { title });
    // The next round files for the same period (the arguments name it, e.g. "2026-Q3").
    if (flow.repeat && !state.reportId) await this.begin(ctx, flow, env, state.args, [done]);
    else ctx.reply(done);
  }

  /**
   * Whether the speaker may file this flow now: its access with their current roles and, for a flow reserved to
   * roles, the report's unit still within their current scope (a secretary moved to another unit files nothing more
   * for the old one).
   */
  private mayFile(ctx: ChatContext, flow: AnyFlow, env: GuestEnv, draft: ReportDraft | undefined): boolean {
    if (!allows(flow.access, ctx.person !== null, ctx.speaker.roles)) return false;
    if (Array.isArray(flow.access) && draft && !canSeeUnit(env.scope, draft.unitId)) return false;
    return true;
  }

  /** Starts a fresh draft of the flow; `before` lines are shown above its first question. */
  private async begin(ctx: ChatContext, flow: AnyFlow, env: GuestEnv, args: string, before: string[]) {
    const init = await flow.init(env, args);
    if (!init.ok) {
      ctx.reply([...before, ctx.t(init.reason, init.args)].join("\n\n"));
      return;
    }
    const params = init.value;
    const steps = flow.steps(params);
    const answers = flow.prefill?.(args, params) ?? {};
    const state: FlowState = {
      params,
      answers,
      defaults: {},
      current: REVIEW,
      history: [],
      returnToReview: false,
      ticked: [],
      reviewPage: 0,
      args,
    };
    // The first step not answered with the start itself; the prefilled ones count as answered on the way (/back).
    let at: string | null = null;
    for (;;) {
      const next = nextStepId(steps, state, at);
      if (next === REVIEW || !(next in answers)) {
        state.current = next;
        break;
      }
      state.history.push(next);
      at = next;
    }
    const intro = await flow.intro?.(env, params);
    const view: View = { flow, steps, state, env, revision: 0 };
    await this.prepare(view, state);
    const row = await this.store(ctx).open(ctx.ownerKey, flow.id, state, this.saveOptions(ctx));
    const lines = [...before];
    if (intro) lines.push(ctx.t(intro.key, intro.args));
    ctx.reply(await this.screen({ ...view, revision: row.revision }, lines));
  }

  private async reloadAndShow(ctx: ChatContext, before: string[]): Promise<void> {
    const row = await this.findActive(ctx);
    const loaded = row ? await this.load(ctx, row) : undefined;
    if (loaded) ctx.reply(await this.screen(loaded.view, before));
    else ctx.reply(ctx.t("flow-none-active", whereNext(ctx)));
  }

  /** Reads and re-validates a conversation; a draft that no longer fits its flow is dropped, with a word why. */
  private async load(ctx: ChatContext, row: Conversation): Promise<Loaded | undefined> {
    const flow = this.flows.get(row.flowId);
    const state = readState(row);
    const env = flow ? await this.env(ctx, flow) : undefined;
    const view = flow && state && env ? this.view(flow, row, state, env) : undefined;
    if (!view) {
      await this.store(ctx).expire(row, ctx.deps.clock.now());
      ctx.reply(ctx.t("flow-draft-dropped", whereNext(ctx)));
      return undefined;
    }
    return { row, view };
  }

  private view(flow: AnyFlow, row: Conversation, state: FlowState, env: GuestEnv): View | undefined {
    const params = flow.params.safeParse(state.params);
    if (!params.success) return undefined;
    const steps = flow.steps(params.data);
    const typed = { ...state, params: params.data };
    if (typed.current !== REVIEW && !steps.some((s) => s.id === typed.current)) return undefined;
    return { flow, steps, state: typed, env, revision: row.revision };
  }

  private async screen(view: View, before: string[] = []): Promise<OutgoingMessage> {
    if (view.state.current === REVIEW) {
      const { flow, env, state, steps } = view;
      if (!flow.review) return renderReview(view, before);
      const summary = await flow.review(env, state.params, shownAnswers(steps, state.answers, state.params));
      return renderCustomReview(view, summary, before);
    }
    const step = view.steps.find((s) => s.id === view.state.current) as AnyStep;
    const candidates = step.kind === "member" ? await step.candidates(view.env, view.state.params) : undefined;
    return renderStep(view, candidates ? { before, candidates } : { before });
  }

  /** What the flow's hooks read; undefined when the speaker is not linked and the flow is no guest flow. */
  private async env(ctx: ChatContext, flow: AnyFlow): Promise<GuestEnv | undefined> {
    if (!ctx.person && !flow.guest) return undefined;
    return guestEnvOf(ctx);
  }

  /** The owner's active conversation, unless its flow's own expiry has passed (then it is expired and forgotten). */
  private async findActive(ctx: ChatContext): Promise<Conversation | null> {
    const row = await this.store(ctx).findActive(ctx.ownerKey);
    return row ? this.unexpired(ctx, row) : null;
  }

  private async unexpired(ctx: ChatContext, row: Conversation): Promise<Conversation | null> {
    const hours = this.flows.get(row.flowId)?.expireAfterHours;
    if (hours === undefined || !["active", "paused"].includes(row.status)) return row;
    const now = ctx.deps.clock.now();
    if (now.getTime() - row.updatedAt.getTime() <= hours * 3_600_000) return row;
    await this.store(ctx).expire(row, now);
    return null;
  }

  /** Where conversations live (the conversation-store port; the Conversation table unless told otherwise). */
  private store(ctx: ChatContext): ConversationStore {
    return this.options.store?.(ctx.deps) ?? new PrismaConversationStore(ctx.deps.prisma);
  }

  private saveOptions(ctx: ChatContext) {
    return { now: ctx.deps.clock.now(), platform: ctx.msg.platform, chatId: ctx.msg.chatId };
  }
}
