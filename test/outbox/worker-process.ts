/**
 * A worker in its own process, for the crash and two-instance tests: `tsx test/outbox/worker-process.ts`.
 * Environment: DB_URL (PostgreSQL) or PGLITE_DIR, RECORDER_URL, INSTANCE_ID, RATE, MAX_IN_FLIGHT; with BUDGET_KEY the
 * RATE is a budget shared through the database with every worker of the same key (one bot), else this process's own.
 * Prints "ready" once it is running; SIGTERM stops it gracefully.
 */
import { DatabaseBudget, LocalBudget, Pacer } from "../../src/channels/outbound/pacer.ts";
import { systemClock } from "../../src/clock.ts";
import { openDatabase } from "../../src/db/database.ts";
import { createLogger } from "../../src/logger.ts";
import { OutboxWorker } from "../../src/outbox/worker.ts";
import { httpSender } from "../support/http-sender.ts";

const env = process.env;
const db = await openDatabase(
  env.DB_URL ? { kind: "postgres", url: env.DB_URL } : { kind: "pglite", dataDir: env.PGLITE_DIR as string },
  { poolSize: 4 },
);
const rate = Number(env.RATE ?? 200);
const recorder = env.RECORDER_URL as string;
const pacer = () =>
  new Pacer(
    { chatIntervalMs: 0, chatBurst: 1 },
    env.BUDGET_KEY ? new DatabaseBudget(db.sql, env.BUDGET_KEY, rate) : new LocalBudget(rate),
  );
const worker = new OutboxWorker({
  prisma: db.prisma,
  clock: systemClock,
  logger: createLogger({ level: "error", pretty: false }),
  senders: [httpSender("telegram", recorder, pacer()), httpSender("zalo", recorder, pacer())],
  maxInFlight: Number(env.MAX_IN_FLIGHT ?? 8),
  maxAttempts: 8,
  claimTimeoutMs: 60_000,
  uncertain: "resend",
  singleProcess: db.singleProcess,
  instanceId: env.INSTANCE_ID,
  pollMs: 50,
  retryBaseMs: 50,
});
await worker.start();
process.stdout.write("ready\n");
process.once("SIGTERM", () => {
  void worker
    .stop()
    .then(() => db.close())
    .then(() => process.exit(0));
});
