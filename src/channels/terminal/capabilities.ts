import type { ChannelCapabilities } from "../../core/channel.ts";

/** The local terminal (demo and trying things out): prints everything, edits included; not an audience of its own. */
export const terminalCapabilities: ChannelCapabilities = {
  canEdit: true,
  canShareContact: false,
  images: "upload",
  canReceiveFiles: true,
  maxChoiceValueBytes: Number.POSITIVE_INFINITY,
  listedAsAudience: false,
};
