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
