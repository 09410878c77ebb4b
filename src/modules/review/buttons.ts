import { button } from "../../core/buttons.ts";

/** The review buttons (src/core/buttons.ts): reviewers open, approve and return a report; its author fixes it. */
export const openReportButton = button("review:open", { reportId: "id" });
/** Carries the version shown, so a press on an older version is told the report changed. */
export const approveReportButton = button("review:approve", { reportId: "id", version: "int" });
export const returnReportButton = button("review:return", { reportId: "id" });
/** "Sửa ngay" for the author of a returned report. */
export const fixReportButton = button("review:fix", { reportId: "id" });
export const reviewListButton = button("review:list");
