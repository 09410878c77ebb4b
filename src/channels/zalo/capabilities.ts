import type { Config } from "../../config.ts";
import type { ChannelCapabilities } from "../../core/channel.ts";

/**
 * Zalo Bot API: text and images by URL only (no documents, no edits, no contact button); choices are a numbered list
 * answered by typing, so a choice's value never travels and has no length limit. Pictures of the bot's own go as a
 * signed link when this service has a public address and a link secret (`zaloCapabilitiesFor`), else as text.
 */
export const zaloCapabilities: ChannelCapabilities = {
  canEdit: false,
  canShareContact: false,
  images: "none",
  canReceiveFiles: false,
  maxChoiceValueBytes: Number.POSITIVE_INFINITY,
  listedAsAudience: true,
};

/** Zalo's capabilities under a configuration: pictures by link when they can be served (see src/http/image-links.ts). */
export function zaloCapabilitiesFor(config: Pick<Config, "PUBLIC_URL" | "DOCUMENT_LINK_SECRET">): ChannelCapabilities {
  return { ...zaloCapabilities, images: config.PUBLIC_URL && config.DOCUMENT_LINK_SECRET ? "link" : "none" };
}
