import { performance } from "node:perf_hooks";
import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import { createScratchDatabase } from "../scripts/postgres.ts";
import { createApp } from "../src/app.ts";
import { buildTelegramChannel } from "../src/channels/telegram/telegram.ts";
import { loadConfig } from "../src/config.ts";
import { type Database, openDatabase } from "../src/db/database.ts";
import { createLogger } from "../src/logger.ts";
import { FakeTelegramServer } from "../test/fakes/telegram-server.ts";
import type { Benchmark } from "./registry.ts";

const USERS = 50;
const PER_USER = 40;

/**
 * The echo bot's rounds alternate with the pipeline's, and the ratio is the median of each pair's: on a shared
 * machine the echo's rate swings twofold from one minute to the next, so the best rounds of two sides measured
 * minutes apart compared the machine's moments more than the two programs.
 */
const ROUNDS = 5;

interface Measured {
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * Closed loop on the fake Telegram server: USERS people each send "/help", wait for the answer, and send again,
 * PER_USER times. Latency is from queueing the update to the answer reaching the server.
 */
async function drive(fake: FakeTelegramServer, firstUserId: number, perUser = PER_USER): Promise<Measured> {
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  const remaining = new Map<string, number>();
  let done!: () => void;
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  let open = USERS;
  const send = (chat: string) => {
    sentAt.set(chat, performance.now());
    fake.sendText({ id: Number(chat), firstName: "Bench" }, "/help");
  };
  const stop = fake.onMessage((chat) => {
    const started = sentAt.get(chat);
    if (started === undefined) return;
    latencies.push(performance.now() - started);
    const left = (remaining.get(chat) ?? 0) - 1;
    remaining.set(chat, left);
    if (left > 0) send(chat);
    else if (--open === 0) done();
  });
  const started = performance.now();
  for (let i = 0; i < USERS; i++) {
    const chat = String(firstUserId + i);
    remaining.set(chat, perUser);
    send(chat);
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  stop();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/** Rounds of the echo bot and of the pipeline in turn: the best of each, and the median of the pairs' ratios. */
async function alternate(
  pipelineRound: () => Promise<Measured>,
  echoRound: () => Promise<Measured>,
): Promise<{ pipeline: Measured; echo: Measured; ratio: number }> {
  const best = (a: Measured | undefined, b: Measured) => (!a || b.perSecond > a.perSecond ? b : a);
  let pipeline: Measured | undefined;
  let echo: Measured | undefined;
  const ratios: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const e = await echoRound();
    const p = await pipelineRound();
    ratios.push(p.perSecond / e.perSecond);
    echo = best(echo, e);
    pipeline = best(pipeline, p);
  }
  ratios.sort((a, b) => a - b);
  return { pipeline: pipeline as Measured, echo: echo as Measured, ratio: ratios[Math.floor(ratios.length / 2)] ?? 0 };
}

/**
 * The whole pipeline: fake Telegram → grammY runner → dispatcher → database → sender → fake Telegram, its rounds
 * alternating with the echo bot's (on its own fake server, idle meanwhile).
 */
async function pipeline(fake: FakeTelegramServer, db: Database, echoRound: () => Promise<Measured>) {
  const config = loadConfig({
    NODE_ENV: "test",
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    // Pacing protects the real Telegram; here it would measure the pacer, not the pipeline.
    TELEGRAM_MAX_PER_SECOND: "100000",
    TELEGRAM_CHAT_INTERVAL_MS: "0",
    FLOOD_MAX_MESSAGES: "1000",
    POLL_TIMEOUT_SECONDS: "1",
  });
  const app = await createApp(config, createLogger({ level: "silent", pretty: false }), { db });
  const channel = buildTelegramChannel(app.deps, app.dispatcher, { botInfo: fake.botInfo });
  await channel.start();
  try {
    // Warm-up: every bench user becomes known once, outside the measurement.
    await drive(fake, 200_000, 2);
    return await alternate(() => drive(fake, 200_000), echoRound);
  } finally {
    await channel.stop();
    await app.close();
  }
}

/** The ceiling: a bare grammY bot that echoes, with the same runner on a fake server of its own. */
async function startEcho(
  fake: FakeTelegramServer,
): Promise<{ round: () => Promise<Measured>; stop: () => Promise<void> }> {
  const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot }, botInfo: fake.botInfo });
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  const handle = run(bot, { runner: { fetch: { timeout: 1 }, silent: true } });
  await drive(fake, 300_000, 2);
  return { round: () => drive(fake, 300_000), stop: () => handle.stop() };
}

async function scratchPostgres(serverUrl: string): Promise<{ db: Database; drop(): Promise<void> }> {
  const scratch = await createScratchDatabase(serverUrl, "doanbot_bench");
  const db = await openDatabase({ kind: "postgres", url: scratch.url }, { poolSize: 20 });
  return { db, drop: () => scratch.drop({ force: false }) };
}

const round = (n: number) => Math.round(n * 10) / 10;

export const updatesBenchmark: Benchmark = {
  name: "updates",
  description: "updates/s and latency: fake Telegram → grammY → core → database, versus a bare echo bot",
  async run({ postgresUrl }) {
    const fake = await FakeTelegramServer.start();
    const echoFake = await FakeTelegramServer.start({ botId: 4242 });
    const echoBot = await startEcho(echoFake);
    try {
      const onPglite = await pipeline(fake, await openDatabase({ kind: "pglite", dataDir: ":memory:" }), echoBot.round);
      const pglite = onPglite.pipeline;
      let postgres: Measured | null = null;
      let ratio: number | null = null;
      // The echo of the rounds taken between the PostgreSQL pipeline's (the PGlite phase's without a server).
      let ceiling = onPglite.echo;
      if (postgresUrl) {
        const scratch = await scratchPostgres(postgresUrl);
        try {
          const onPostgres = await pipeline(fake, scratch.db, echoBot.round);
          postgres = onPostgres.pipeline;
          ceiling = onPostgres.echo;
          ratio = onPostgres.ratio;
        } finally {
          await scratch.db.close();
          await scratch.drop();
        }
      }
      const rows: [string, string][] = [
        ["echo bot (ceiling)", `${round(ceiling.perSecond)} updates/s, p99 ${round(ceiling.p99)} ms`],
        [
          "pipeline on PGlite",
          `${round(pglite.perSecond)} updates/s, p50 ${round(pglite.p50)} ms, p99 ${round(pglite.p99)} ms`,
        ],
      ];
      if (postgres) {
        rows.push([
          "pipeline on PostgreSQL",
          `${round(postgres.perSecond)} updates/s, p50 ${round(postgres.p50)} ms, p99 ${round(postgres.p99)} ms`,
        ]);
        rows.push([
          "PostgreSQL / echo (median of alternating rounds)",
          `${Math.round((ratio ?? 0) * 100)} % (target ≥ 50 %)`,
        ]);
      }
      return {
        metrics: {
          updates: USERS * PER_USER,
          concurrent_users: USERS,
          pipeline_per_s: postgres ? round(postgres.perSecond) : null,
          p50_ms: postgres ? round(postgres.p50) : null,
          p99_ms: postgres ? round(postgres.p99) : null,
          pglite_per_s: round(pglite.perSecond),
          pglite_p50_ms: round(pglite.p50),
          pglite_p99_ms: round(pglite.p99),
          echo_per_s: round(ceiling.perSecond),
          echo_p99_ms: round(ceiling.p99),
          pipeline_vs_echo: ratio === null ? null : Math.round(ratio * 100) / 100,
        },
        rows,
      };
    } finally {
      await echoBot.stop();
      await echoFake.close();
      await fake.close();
    }
  },
};
