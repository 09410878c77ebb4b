import { button } from "../../core/buttons.ts";

/** "quiz:2026-W48:2": the second choice of that week's quiz (src/core/buttons.ts). */
export const quizAnswerButton = button("quiz", { week: "id", choice: "int" });
