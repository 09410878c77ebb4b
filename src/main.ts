import "dotenv/config";
import { adminCommands } from "./admin/commands.ts";
import { type AdminControl, startAdminControl } from "./admin/control.ts";
import { createApp } from "./app.ts";
import { buildTelegramChannel } from "./channels/telegram/telegram.ts";
import { seedDemo } from "./channels/terminal/demo-seed.ts";
import { createTerminalChannel } from "./channels/terminal/terminal.ts";
import { buildZaloChannel } from "./channels/zalo/zalo.ts";
import { clockStartingAt } from "./clock.ts";
import { ConfigError, loadConfig } from "./config.ts";
import type { Channel } from "./core/channel.ts";
import { documentRoute } from "./http/document-route.ts";
import { IMAGES_PATH, imageRoute } from "./http/image-links.ts";
import { type HttpServer, startHttpServer } from "./http/server.ts";
import type { WebhookChannel } from "./http/webhook.ts";
import { recoverInterruptedRuns } from "./jobs/fan-out.ts";
import type { Scheduler } from "./jobs/scheduler.ts";
import { startScheduler } from "./jobs/start.ts";
import { createLogger } from "./logger.ts";
import { followBroadcastProgress } from "./modules/broadcasts/index.ts";
import { DOCUMENTS_PATH } from "./modules/documents/index.ts";
import { allJobs } from "./modules/index.ts";
import { goingLiveProblem } from "./modules/roster/index.ts";
import { createOutboxWorker } from "./outbox/outbox.ts";
import type { OutboxWorker } from "./outbox/worker.ts";

/** Composition root: config → database → channels → jobs, and one shutdown in reverse order. */
async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
      return 2;
    }
    throw error;
  }
  const terminalMode = !config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  const logger = createLogger({
    // In the terminal chat, logs would drown the conversation: only warnings unless asked otherwise.
    level: terminalMode && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL,
    pretty: config.NODE_ENV !== "production" && process.stderr.isTTY === true,
  });

  // On the embedded database this takes the data folder's lock: a second process is refused, naming this one.
  if (config.DEMO_DATE && !terminalMode) logger.warn("DEMO_DATE is ignored: a platform token is set");
  const demoClock = terminalMode && config.DEMO_DATE ? clockStartingAt(new Date(config.DEMO_DATE)) : undefined;
  const app = await createApp(config, logger, demoClock ? { clock: demoClock } : {});
  if (app.deps.db.singleProcess) {
    // This process owns the embedded database: a fan-out still "running" was cut short by the previous process, and
    // is resumed now (the scheduler's catch-up, a broadcast's preparation) rather than once its heartbeat is stale.
    const interrupted = await recoverInterruptedRuns(app.deps.prisma, app.deps.clock.now());
    if (interrupted > 0) logger.warn({ interrupted }, "runs interrupted by the previous stop will be resumed");
  }
  // …and `npm run admin` reaches this process instead of the folder (127.0.0.1, token in the 0600 lock file).
  const lock = app.deps.db.lock;
  const control: AdminControl | undefined = lock ? await startAdminControl(app, lock, adminCommands) : undefined;
  const channels: Channel[] = [];
  let http: HttpServer | undefined;
  let scheduler: Scheduler | undefined;
  let outbox: OutboxWorker | undefined;
  let shuttingDown: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    shuttingDown ??= (async () => {
      logger.info({ reason }, "shutting down");
      // Jobs first (nothing new is enqueued), then the outbox (its sends in flight finish while the channels still
      // run), then no new webhook calls; those in flight finish while channels stop.
      await scheduler?.stop().catch((err) => logger.error({ err }, "scheduler stop failed"));
      await outbox?.stop().catch((err) => logger.error({ err }, "outbox stop failed"));
      const httpClosed = http?.close();
      for (const channel of [...channels].reverse())
        await channel.stop().catch((err) => logger.error({ err }, "stop failed"));
      await httpClosed;
      await control?.close().catch((err) => logger.error({ err }, "admin channel stop failed"));
      await app.close();
    })();
    return shuttingDown;
  };
  process.once("SIGINT", () => void shutdown("SIGINT").then(() => process.exit(0)));
  process.once("SIGTERM", () => void shutdown("SIGTERM").then(() => process.exit(0)));

  if (terminalMode) {
    if (await seedDemo(app.deps.prisma, app.deps.clock.now(), app.deps.config.ORG_NAME)) logger.info("demo org seeded");
    const terminal = createTerminalChannel(app.dispatcher, {
      input: process.stdin,
      output: process.stdout,
      now: () => app.deps.clock.now(),
    });
    channels.push(terminal);
    if (process.stdin.isTTY) {
      process.stdout.write(`${app.deps.i18n.t(config.DEFAULT_LOCALE, "terminal-banner")}\n`);
    }
    await terminal.start();
    outbox = createOutboxWorker(
      app.deps,
      [terminal.sender as NonNullable<typeof terminal.sender>],
      followBroadcastProgress(app.deps),
    );
    await outbox.start();
    scheduler = await startScheduler(app.deps, allJobs(app.deps.config));
    await terminal.finished;
    // A piped script ends at once: let announcements it queued (to send now) go out before exiting.
    await outbox.drain(15_000);
    await shutdown("end of input");
    return 0;
  }
  // Going live: the terminal's demo org is never mixed with real members.
  const demoProblem = await goingLiveProblem(app.deps.prisma, config);
  if (demoProblem) {
    await control?.close();
    await app.close();
    throw new Error(demoProblem);
  }
  const platforms: WebhookChannel[] = [];
  if (config.TELEGRAM_BOT_TOKEN) platforms.push(buildTelegramChannel(app.deps, app.dispatcher));
  if (config.ZALO_BOT_TOKEN) platforms.push(buildZaloChannel(app.deps, app.dispatcher));
  // The server comes first: in webhook mode the platforms start calling as soon as the webhook is set.
  http = await startHttpServer({
    host: config.HTTP_HOST,
    port: config.HTTP_PORT,
    db: app.deps.db,
    channels: platforms,
    logger,
    prefixRoutes: config.DOCUMENT_LINK_SECRET
      ? [
          { prefix: DOCUMENTS_PATH, handle: documentRoute(app.deps) },
          { prefix: IMAGES_PATH, handle: imageRoute(app.deps) },
        ]
      : [],
  });
  logger.info({ url: http.url, mode: config.PUBLIC_URL ? "webhook" : "polling" }, "http server listening");
  for (const channel of platforms) {
    await channel.start();
    channels.push(channel);
  }
  // Everything sent without a user asking goes out through the outbox, on the platforms' senders.
  outbox = createOutboxWorker(
    app.deps,
    platforms.flatMap((c) => (c.sender ? [c.sender] : [])),
    followBroadcastProgress(app.deps),
  );
  await outbox.start();
  scheduler = await startScheduler(app.deps, allJobs(app.deps.config));
  await new Promise<void>(() => undefined);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`Đoàn Bot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
