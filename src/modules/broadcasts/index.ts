export { followBroadcastProgress } from "./broadcast-progress.ts";
export { quarterConfirmations } from "./confirmations.ts";
