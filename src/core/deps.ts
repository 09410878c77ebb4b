import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { Database } from "../db/database.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { I18n } from "../i18n/i18n.ts";
import type { Logger } from "../logger.ts";
import type { BackgroundWork } from "./background.ts";
import type { ChannelCapabilities } from "./channel.ts";
import type { ChatFirst } from "./chat-first.ts";
import type { FlowEngine } from "./dialogue/engine.ts";
import type { Platform } from "./messages.ts";
import type { OrgTreeCache } from "./org.ts";

/** What every feature may use. Built once in main.ts (or a test) and passed in; nothing is built at import time. */
export interface AppDeps {
  config: Config;
  db: Database;
  prisma: PrismaClient;
  i18n: I18n;
  clock: Clock;
  logger: Logger;
  /** The one dialogue runtime, over every module's flows: start, continue, correct a guided conversation. */
  dialogue: FlowEngine;
  /** What each platform can do, as its channel declares it: ask these, never a platform's name. */
  capabilities: Readonly<Record<Platform, ChannelCapabilities>>;
  /** Updates being handled: a fan-out lets them finish between its batches. */
  chatFirst: ChatFirst;
  /** The org tree between messages, reread only after the units change. */
  orgTrees: OrgTreeCache;
  /** Work an answer started without waiting for it; the app waits for it before closing. */
  background: BackgroundWork;
}
