import { z } from "zod";

/** Bump when the stored shape changes; a draft of another version is dropped (the person is told and starts again). */
export const STATE_VERSION = 1;

/** The review screen's place in `current`. */
export const REVIEW = "@review";

const answerValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.object({ id: z.string(), name: z.string() }),
  z.null(),
]);

/** A conversation's stored state, parsed with zod on every read. */
export const flowStateSchema = z.object({
  params: z.unknown(),
  answers: z.record(z.string(), answerValue),
  /** Pre-filled values computed when a step was first shown. */
  defaults: z.record(z.string(), answerValue),
  /** A step id, or REVIEW. */
  current: z.string(),
  /** Steps answered on the way here, for /back. */
  history: z.array(z.string()),
  /** After an answer, go straight back to the review screen (a change made from there, or a refused answer). */
  returnToReview: z.boolean(),
  /** The page of a long review screen (e.g. the classification of a large branch). */
  reviewPage: z.number().int().min(0).default(0),
  /** Options ticked so far on a several-choices step. */
  ticked: z.array(z.string()).default([]),
  /** The unit opened on a unit step that browses the tree (its units below are offered). */
  browse: z.string().optional(),
  /** When set, only these steps are asked before the review screen (a report sent back on some fields). */
  focus: z.array(z.string()).optional(),
  /** A reviewer's comment per step, shown above that step when a returned report is reopened. */
  notes: z.record(z.string(), z.string()).optional(),
  /** A typed figure that differs from the one the bot counted, waiting for the person to confirm it. */
  confirming: z.object({ step: z.string(), value: z.number() }).optional(),
  /** What the flow was started with (e.g. which ĐVUT), to tell its draft from a new start. */
  args: z.string().default(""),
  /** The report being corrected, when the author reopened a filed one. */
  reportId: z.string().optional(),
});

export type FlowState = z.infer<typeof flowStateSchema>;
