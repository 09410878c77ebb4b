export { pickMemberButton } from "./buttons.ts";
export { selfCertificateChoice } from "./certificate-claim.ts";
export { loadJourney, openJourneyOf, stepDetails } from "./journey.ts";
export { exitSteps, journeyRules, stepLabelKey } from "./journey-rules.ts";
export { journeyBody, renderJourney } from "./journey-view.ts";
export {
  type Actor,
  classificationLabelKey,
  closedStages,
  mainStages,
  remarkStages,
  stageLabelKey,
  twoYearCases,
  twoYearStages,
} from "./pipeline.ts";
export { type TargetProgress, targetProgress } from "./targets.ts";
export { answeredThisQuarter, twoYearAnswerLines } from "./two-year-answer.ts";
