import { channelCapabilitiesFor } from "./channels/capabilities.ts";
import { type Clock, systemClock } from "./clock.ts";
import type { Config } from "./config.ts";
import { BackgroundWork } from "./core/background.ts";
import { ChatFirst } from "./core/chat-first.ts";
import type { AppDeps } from "./core/deps.ts";
import { FlowEngine } from "./core/dialogue/engine.ts";
import { Dispatcher } from "./core/dispatcher.ts";
import { FloodGuard } from "./core/flood.ts";
import { OrgTreeCache } from "./core/org.ts";
import { type Database, databaseTarget, openDatabase } from "./db/database.ts";
import { I18n } from "./i18n/i18n.ts";
import type { Logger } from "./logger.ts";
import { allFeatures, allFlows, dialogueHooks } from "./modules/index.ts";

export interface App {
  deps: AppDeps;
  dispatcher: Dispatcher;
  close(): Promise<void>;
}

/**
 * Builds the platform-neutral application: database (migrated), locales, features and dispatcher.
 * Channels and jobs are attached by main.ts; tests call this directly with their own clock and database.
 */
export async function createApp(
  config: Config,
  logger: Logger,
  options: { clock?: Clock; db?: Database; background?: BackgroundWork } = {},
): Promise<App> {
  const db = options.db ?? (await openDatabase(databaseTarget(config), { poolSize: config.DATABASE_POOL_SIZE }));
  const clock = options.clock ?? systemClock;
  db.useClock(clock);
  const deps: AppDeps = {
    config,
    db,
    prisma: db.prisma,
    i18n: new I18n(config.DEFAULT_LOCALE, undefined, { org: config.ORG_NAME }),
    clock,
    logger,
    dialogue: new FlowEngine(allFlows, dialogueHooks),
    capabilities: channelCapabilitiesFor(config),
    chatFirst: new ChatFirst(),
    orgTrees: new OrgTreeCache(db.prisma),
    background: options.background ?? new BackgroundWork(logger),
  };
  let dispatcher: Dispatcher | undefined;
  const features = allFeatures({ listCommands: () => dispatcher?.listCommands() ?? [] });
  const flood = new FloodGuard({
    maxMessages: config.FLOOD_MAX_MESSAGES,
    windowMs: config.FLOOD_WINDOW_SECONDS * 1000,
    muteMs: config.FLOOD_MUTE_SECONDS * 1000,
  });
  dispatcher = new Dispatcher(deps, features, deps.dialogue, flood);
  const ready = dispatcher;
  return {
    deps,
    dispatcher: ready,
    close: async () => {
      await deps.background.settle();
      await ready.close();
      await db.close();
    },
  };
}
