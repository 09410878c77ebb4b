import type { ChannelCapabilities } from "../core/channel.ts";
import type { Platform } from "../core/messages.ts";
import { telegramCapabilities } from "./telegram/capabilities.ts";
import { terminalCapabilities } from "./terminal/capabilities.ts";
import { zaloCapabilities } from "./zalo/capabilities.ts";

/** What each platform can do, as its channel declares it: composed into `AppDeps.capabilities`. */
export const channelCapabilities: Readonly<Record<Platform, ChannelCapabilities>> = {
  telegram: telegramCapabilities,
  zalo: zaloCapabilities,
  terminal: terminalCapabilities,
};
