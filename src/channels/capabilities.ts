import type { Config } from "../config.ts";
import type { ChannelCapabilities } from "../core/channel.ts";
import type { Platform } from "../core/messages.ts";
import { telegramCapabilities } from "./telegram/capabilities.ts";
import { terminalCapabilities } from "./terminal/capabilities.ts";
import { zaloCapabilities, zaloCapabilitiesFor } from "./zalo/capabilities.ts";

/** What each platform can do, as its channel declares it: composed into `AppDeps.capabilities`. */
export const channelCapabilities: Readonly<Record<Platform, ChannelCapabilities>> = {
  telegram: telegramCapabilities,
  zalo: zaloCapabilities,
  terminal: terminalCapabilities,
};

/** The same under a configuration: Zalo shows pictures by link when this service can serve them. */
export function channelCapabilitiesFor(
  config: Pick<Config, "PUBLIC_URL" | "DOCUMENT_LINK_SECRET">,
): Readonly<Record<Platform, ChannelCapabilities>> {
  return { ...channelCapabilities, zalo: zaloCapabilitiesFor(config) };
}
