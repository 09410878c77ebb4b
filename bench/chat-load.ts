import { performance } from "node:perf_hooks";
import type { App } from "../src/app.ts";
import type { PrismaClient } from "../src/generated/prisma/client.ts";

/** Chat sent while a benchmark runs: `chatters` members each send `/me`, wait `pauseMs` after the answer, again. */
export interface ChatLoad {
  chatters: number;
  pauseMs: number;
}

/**
 * Two members each sending `/me` 10 ms after their previous answer: about a hundred updates a second when answers
 * are fast, so a fan-out of a few seconds meets several hundred of them and the p99 is not the single worst one.
 */
export const CHAT_LOAD: ChatLoad = { chatters: 2, pauseMs: 10 };

/** Starts the chat; `stop` ends it and returns each answer's latency (ms), in the order answered. */
export function startChat(app: App, members: number, load: ChatLoad = CHAT_LOAD): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const chatter = async (offset: number) => {
    for (let i = offset; running; i += load.chatters) {
      const member = String(1 + ((i * 7919) % members));
      const started = performance.now();
      await app.dispatcher.handle({
        platform: "telegram",
        chatId: member,
        chatType: "private",
        sender: { externalId: member },
        content: { kind: "command", name: "me", args: "" },
        receivedAt: app.deps.clock.now(),
      });
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, load.pauseMs));
    }
  };
  const all = Promise.all(Array.from({ length: load.chatters }, (_, c) => chatter(c)));
  return {
    async stop() {
      running = false;
      await all;
      return latencies;
    },
  };
}

/**
 * The same chat alone, with nothing else running, for `ms` after half a second of warming up: what the p99 during a
 * fan-out is read against.
 */
export async function chatAlone(app: App, members: number, ms: number): Promise<number[]> {
  // Warmed up first: the first updates compile the client's queries and fill caches.
  await startChat(app, members, { chatters: 1, pauseMs: 0 }).stop();
  const warm = startChat(app, members, { chatters: 1, pauseMs: 0 });
  await new Promise((r) => setTimeout(r, 500));
  await warm.stop();
  const chat = startChat(app, members);
  await new Promise((r) => setTimeout(r, ms));
  return chat.stop();
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** The client with every interactive `$transaction` timed: `longest()` is the longest one so far, in ms. */
export function timingTransactions(prisma: PrismaClient): { prisma: PrismaClient; longest(): number } {
  let longest = 0;
  const timed = new Proxy(prisma, {
    get(target, prop) {
      const value = Reflect.get(target, prop);
      if (prop !== "$transaction") return typeof value === "function" ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          longest = Math.max(longest, performance.now() - started);
        }
      };
    },
  });
  return { prisma: timed, longest: () => longest };
}

/** How long `/me` alone is measured before a fan-out, for comparison. */
const CHAT_ALONE_MS = 3_000;

/** A fan-out measured while members chat: its time, its longest transaction, and chat during it and alone before. */
export interface UnderChat {
  ms: number;
  longestTxMs: number;
  chatP99Ms: number;
  chatAnswered: number;
  chatAloneP99Ms: number;
  chatAloneAnswered: number;
}

/**
 * Measures chat alone first, then runs `work` on a client whose every transaction is timed while `members` keep
 * sending /me (`CHAT_LOAD`).
 */
export async function underChat<T>(
  app: App,
  members: number,
  work: (prisma: PrismaClient) => Promise<T>,
): Promise<{ result: T; measured: UnderChat }> {
  const alone = await chatAlone(app, members, CHAT_ALONE_MS);
  const timed = timingTransactions(app.deps.prisma);
  const chat = startChat(app, members);
  const started = performance.now();
  const result = await work(timed.prisma);
  const ms = performance.now() - started;
  const latencies = await chat.stop();
  return {
    result,
    measured: {
      ms,
      longestTxMs: timed.longest(),
      chatP99Ms: percentile(latencies, 0.99),
      chatAnswered: latencies.length,
      chatAloneP99Ms: percentile(alone, 0.99),
      chatAloneAnswered: alone.length,
    },
  };
}
