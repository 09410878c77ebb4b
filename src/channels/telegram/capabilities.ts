import type { ChannelCapabilities } from "../../core/channel.ts";
import { CALLBACK_DATA_LIMIT } from "./callback-data.ts";

/** Telegram: inline buttons (callback_data of 64 bytes), edits, documents, the contact-sharing keyboard button. */
export const telegramCapabilities: ChannelCapabilities = {
  canEdit: true,
  canShareContact: true,
  images: "upload",
  canReceiveFiles: true,
  maxChoiceValueBytes: CALLBACK_DATA_LIMIT,
  listedAsAudience: true,
};
