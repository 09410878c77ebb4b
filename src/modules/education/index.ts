export { quarterQuizParticipation } from "./quiz-participation.ts";
