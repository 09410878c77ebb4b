import { expect } from "vitest";
import { adminCommands } from "../../src/admin/commands.ts";
import { openDatabase } from "../../src/db/database.ts";
import type { Delivery } from "../../src/generated/prisma/client.ts";
import { DatabaseRunCoordinator } from "../../src/jobs/coordinator.ts";
import { Scheduler } from "../../src/jobs/scheduler.ts";
import { followBroadcastProgress } from "../../src/modules/broadcasts/index.ts";
import { allJobs } from "../../src/modules/index.ts";
import { createOutboxWorker } from "../../src/outbox/outbox.ts";
import type { OutboxWorker } from "../../src/outbox/worker.ts";
import type { TestApp } from "../support/app.ts";
import { type BothPlatforms, startBothPlatforms } from "../support/channels.ts";
import { createScratchPostgresDatabase } from "../support/database.ts";

/** A chat account on one of the fake servers. */
export type Account = { platform: "telegram"; id: number } | { platform: "zalo"; id: string };

/** One message a person received, as the fake server saw it, with what sent it. */
export interface Received {
  /** "reply" for an answer in a conversation; otherwise what the outbox row was for (see `kindOf`). */
  kind: string;
  /** "weekly 2026-W42", "reminder 2026-12-21", "broadcast", "reply". */
  label: string;
  text: string;
}

/**
 * The whole bot on a scratch PostgreSQL database, with Telegram and Zalo against their fake servers, the real
 * scheduler of every job driven by a manual clock, and the real outbox worker sending what the jobs queue.
 */
export class QuarterWorld {
  private readonly handled = new Map<string, ((replies: number) => void)[]>();

  private constructor(
    private readonly both: BothPlatforms,
    readonly scheduler: Scheduler,
    private readonly outbox: OutboxWorker,
    private readonly dropDatabase: () => Promise<void>,
  ) {
    // The channels hand each update to the dispatcher (receive) and then send its replies: knowing how many replies an update
    // produced tells a step how many messages to wait for, with no sleeping.
    const dispatcher = both.app.dispatcher;
    const receive = dispatcher.receive.bind(dispatcher);
    dispatcher.receive = async (msg) => {
      const turn = await receive(msg);
      this.handled.get(`${msg.platform}:${msg.chatId}`)?.shift()?.(turn.replies.length);
      return turn;
    };
  }

  static async start(now: string): Promise<QuarterWorld> {
    const scratch = await createScratchPostgresDatabase();
    const db = await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 5 });
    const both = await startBothPlatforms({ db, now });
    const { deps } = both.app;
    const scheduler = new Scheduler(deps, allJobs(deps.config), {
      instance: "scenario",
      coordinator: new DatabaseRunCoordinator(deps.prisma, "scenario", deps.clock),
    });
    const outbox = createOutboxWorker(
      deps,
      both.channels.flatMap((c) => (c.sender ? [c.sender] : [])),
      followBroadcastProgress(deps),
    );
    await outbox.start();
    return new QuarterWorld(both, scheduler, outbox, () => scratch.drop({ force: false }));
  }

  get app(): TestApp {
    return this.both.app;
  }

  get prisma() {
    return this.both.app.deps.prisma;
  }

  /** Runs `npm run admin -- NAME ARGS…` in process; fails the test on a non-zero exit. Returns what it printed. */
  async admin(name: string, ...args: string[]): Promise<string> {
    const command = adminCommands.find((c) => c.name === name);
    if (!command) throw new Error(`no admin command ${name}`);
    const lines: string[] = [];
    const code = await command.run(this.app, args, (line) => lines.push(line));
    expect(code, lines.join("\n")).toBe(0);
    return lines.join("\n");
  }

  chat(account: Account): Chat {
    return new Chat(this, account);
  }

  /**
   * Moves the clock to `until` (an ISO time), stopping at each scheduled time of any job, where the scheduler fires
   * what is due exactly as node-cron would make it, and the outbox sends what the run queued.
   */
  async passTime(until: string): Promise<void> {
    const end = new Date(until);
    await this.settle();
    for (;;) {
      const next = this.scheduler.nextFire(this.app.clock.now());
      if (!next || next.at > end) break;
      this.app.clock.set(next.at);
      for (const job of next.jobs) {
        const outcome = await this.scheduler.fire(job, next.at);
        expect(outcome?.status ?? "not due", `${job.name} at ${next.at.toISOString()}`).not.toBe("failed");
        if (outcome?.status === "done" && outcome.messages > 0) await this.settle();
      }
    }
    this.app.clock.set(end);
  }

  /** Lets the outbox send what is queued, so nothing arrives in the middle of a conversation step. */
  async settle(): Promise<void> {
    expect(await this.outbox.drain(60_000), "the outbox sent everything queued").toBe(true);
  }

  /** Everything the account received, in the order the fake server got it. */
  async received(account: Account): Promise<Received[]> {
    const chatId = String(account.id);
    const rows = await this.prisma.delivery.findMany({
      include: { message: true },
      where: { platform: account.platform, chatId, status: "sent" },
    });
    const byMessageId = new Map(rows.map((r) => [r.platformMessageId, r]));
    const messages =
      account.platform === "telegram" ? this.both.telegram.messages(chatId) : this.both.zalo.messages(chatId);
    return messages.map((m) => {
      const row = byMessageId.get(String(m.messageId));
      const text = m.text ?? (row?.message.payload as { text?: string } | undefined)?.text ?? "";
      if (!row) return { kind: "reply", label: "reply", text };
      const { kind, period } = kindOf(row);
      return { kind, label: period ? `${kind} ${period}` : kind, text };
    });
  }

  /** What the account received without asking, of the given kinds only, as labels. */
  async pushes(account: Account, kinds: readonly string[]): Promise<string[]> {
    return (await this.received(account)).filter((r) => kinds.includes(r.kind)).map((r) => r.label);
  }

  /** Waits until the dispatcher has handled the next update of this chat; resolves with its number of replies. */
  nextHandled(account: Account): Promise<number> {
    const key = `${account.platform}:${account.id}`;
    return new Promise((resolve) => {
      const list = this.handled.get(key) ?? [];
      list.push(resolve);
      this.handled.set(key, list);
    });
  }

  get telegram() {
    return this.both.telegram;
  }

  get zalo() {
    return this.both.zalo;
  }

  async close(): Promise<void> {
    await this.scheduler.stop();
    await this.outbox.stop();
    await this.both.close();
    await this.dropDatabase();
  }
}

/** What an outbox row was for, from its dedupe key ("<job>:<period>:…") or its broadcast. */
function kindOf(row: Delivery): { kind: string; period?: string } {
  if (row.broadcastId) return { kind: "broadcast" };
  const [job = "", period, sub] = (row.dedupeKey ?? "").split(":");
  switch (job) {
    case "weekly-education":
      return { kind: "weekly", period };
    case "quarterly-reminders":
      return { kind: sub === "escalation" ? "escalation" : "reminder", period };
    case "two-year-rule":
      return { kind: sub === "below" ? "two-year-below" : "two-year", period };
    default:
      return { kind: job || "other" };
  }
}

/** One person's chat with the bot on one account: typing, and choosing among the last message's choices. */
export class Chat {
  constructor(
    private readonly world: QuarterWorld,
    readonly account: Account,
  ) {}

  private count(): number {
    const { account } = this;
    return account.platform === "telegram"
      ? this.world.telegram.messages(account.id).length
      : this.world.zalo.messages(account.id).length;
  }

  /** The text of the last message in the chat. */
  last(): string {
    const { account } = this;
    const list =
      account.platform === "telegram" ? this.world.telegram.messages(account.id) : this.world.zalo.messages(account.id);
    return list.at(-1)?.text ?? "";
  }

  /** Labels of the choices of the last message: Telegram's buttons, or the numbered lines of a list. */
  choices(): string[] {
    if (this.account.platform === "telegram") {
      const message = this.world.telegram.messages(this.account.id).at(-1);
      const buttons = message?.replyMarkup?.inline_keyboard?.flat().map((b) => b.text) ?? [];
      if (buttons.length > 0) return buttons;
    }
    return [...this.last().matchAll(/^(?:\d+\.|•)\s+(.+)$/gm)].map((m) => m[1] as string);
  }

  /** Sends text and returns the text of the bot's last reply. */
  async say(text: string): Promise<string> {
    const { account } = this;
    await this.world.settle();
    const before = this.count();
    const handled = this.world.nextHandled(account);
    if (account.platform === "telegram") this.world.telegram.sendText({ id: account.id }, text);
    else this.world.zalo.sendText({ id: account.id }, text);
    return this.replies(before, await handled);
  }

  /**
   * Picks the last message's choice whose label contains `label`: a real button press on Telegram (a message
   * without that button fails the test), or on Zalo its number typed, or for a choice listed without a number (a
   * security-relevant one) its label typed and then confirmed.
   */
  async choose(label: string): Promise<string> {
    const { account } = this;
    if (account.platform === "telegram") {
      const message = this.world.telegram.messages(account.id).at(-1);
      const button = message?.replyMarkup?.inline_keyboard?.flat().find((b) => b.text.includes(label));
      expect(button, `a button "${label}" on:\n${message?.text}`).toBeDefined();
      if (!message || !button) return "";
      await this.world.settle();
      const before = this.count();
      const handled = this.world.nextHandled(account);
      this.world.telegram.press({ id: account.id }, message, button.callback_data as string);
      return this.replies(before, await handled);
    }
    const lines = [...this.last().matchAll(/^(\d+\.|•)\s+(.+)$/gm)].filter((m) => (m[2] as string).includes(label));
    const line = lines.at(-1);
    expect(line, `a choice "${label}" in:\n${this.last()}`).toBeDefined();
    const [, mark = "", choice = ""] = line ?? [];
    if (mark !== "•") return this.say(mark.slice(0, -1));
    await this.say(choice);
    return this.say("1");
  }

  private async replies(before: number, replies: number): Promise<string> {
    const { account } = this;
    const all =
      account.platform === "telegram"
        ? await this.world.telegram.waitForMessages(account.id, before + replies)
        : await this.world.zalo.waitForMessages(account.id, before + replies);
    return all.at(-1)?.text ?? "";
  }
}
