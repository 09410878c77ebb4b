import type { ChannelCapabilities } from "../../core/channel.ts";

/**
 * Zalo Bot API: text and images by URL only (no documents, no edits, no contact button); choices are a numbered list
 * answered by typing, so a choice's value never travels and has no length limit.
 */
export const zaloCapabilities: ChannelCapabilities = {
  canEdit: false,
  canShareContact: false,
  canUploadImages: false,
  canReceiveFiles: false,
  maxChoiceValueBytes: Number.POSITIVE_INFINITY,
  listedAsAudience: true,
};
