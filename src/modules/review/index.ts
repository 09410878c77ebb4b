export { fixReportButton, reviewListButton } from "./buttons.ts";
export { reportReturnFlow } from "./report-return.ts";
export { requestReview } from "./report-review.ts";
export { quarterReviewStates, recordDecision, reviewStateKey } from "./review.ts";
export { waitingFor } from "./review-command.ts";
