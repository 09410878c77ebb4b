import { z } from "zod";
import { type Answers, defineFlow } from "../../core/dialogue/flow.ts";
import { membersInScope, unitToFileFor } from "../../core/dialogue/units.ts";
import { ok, refuse } from "../../core/result.ts";
import { reportKeys } from "../reporting/index.ts";
import { nominate } from "./pipeline.ts";

const params = z.object({ unitId: z.string() });
type Params = z.infer<typeof params>;

const num = (a: Answers, id: string) => (typeof a[id] === "number" ? (a[id] as number) : 0);
const day = (value: unknown) => new Date(`${String(value)}T00:00:00Z`);
const memberId = (a: Answers) =>
  a.member && typeof a.member === "object" && !Array.isArray(a.member) ? a.member.id : "";

/** ĐVUT nomination: the branch's vote and the executive committee's resolution, fed to the pipeline. */
export const nominationFlow = defineFlow<Params>({
  id: "nomination",
  titleKey: "flow-nom-title",
  access: ["secretary"],
  reportKind: "nomination",
  params,
  // The pipeline moved on the first submission; later changes go through the pipeline's own steps.
  correctable: false,
  async init(env, args) {
    const unit = unitToFileFor(env, args);
    return unit.ok ? ok({ unitId: unit.value.id }) : unit;
  },
  steps: () => [
    {
      id: "member",
      kind: "member",
      promptKey: "flow-nom-member",
      labelKey: "flow-nom-member-label",
      candidates: (env) => membersInScope(env),
    },
    {
      id: "meetingDate",
      kind: "date",
      notFuture: true,
      promptKey: "flow-nom-meeting",
      labelKey: "flow-nom-meeting-label",
    },
    {
      id: "votesTotal",
      kind: "number",
      min: 1,
      max: 10_000,
      promptKey: "flow-nom-total",
      labelKey: "flow-nom-total-label",
    },
    {
      id: "votesFor",
      kind: "number",
      min: 0,
      max: 10_000,
      promptKey: "flow-nom-for",
      labelKey: "flow-nom-for-label",
      check: (v, a) => (Number(v) > num(a, "votesTotal") ? refuse("pipeline-votes-exceed-total") : ok(undefined)),
    },
    {
      id: "votesAgainst",
      kind: "number",
      min: 0,
      max: 10_000,
      promptKey: "flow-nom-against",
      labelKey: "flow-nom-against-label",
      check: (v, a) =>
        Number(v) + num(a, "votesFor") > num(a, "votesTotal") ? refuse("pipeline-votes-exceed-total") : ok(undefined),
    },
    {
      id: "hasResolution",
      kind: "yesno",
      promptKey: "flow-nom-has-resolution",
      labelKey: "flow-nom-has-resolution-label",
    },
    {
      id: "resolutionNumber",
      kind: "text",
      min: 1,
      max: 50,
      promptKey: "flow-nom-resolution-number",
      labelKey: "flow-nom-resolution-number-label",
      when: (a) => a.hasResolution === true,
    },
    {
      id: "resolutionDate",
      kind: "date",
      notFuture: true,
      promptKey: "flow-nom-resolution-date",
      labelKey: "flow-nom-resolution-date-label",
      when: (a) => a.hasResolution === true,
    },
  ],
  refusalSteps: {
    "pipeline-person-not-found": "member",
    "pipeline-out-of-scope": "member",
    "pipeline-not-excellent": "member",
    "pipeline-already-candidate": "member",
    "flow-report-already-filed": "member",
    "pipeline-votes-invalid": "votesTotal",
    "pipeline-votes-exceed-total": "votesTotal",
    "pipeline-votes-no-majority": "votesFor",
    "pipeline-date-in-future": "meetingDate",
    "pipeline-date-before-previous": "resolutionDate",
  },
  report: (p, a) => {
    const meeting = day(a.meetingDate);
    return {
      kind: "nomination",
      unitId: p.unitId,
      uniqueKey: reportKeys.nomination(memberId(a), meeting),
      subjectPersonId: memberId(a),
      year: meeting.getUTCFullYear(),
    };
  },
  async apply({ tx, env, answers: a }) {
    const actor = { personId: env.person.id, unitIds: env.scope.wholeBlock ? ("all" as const) : env.scope.unitIds };
    const withResolution = a.hasResolution === true;
    const result = await nominate(
      tx,
      actor,
      {
        personId: memberId(a),
        meetingDate: day(a.meetingDate),
        votesFor: num(a, "votesFor"),
        votesAgainst: num(a, "votesAgainst"),
        votesTotal: num(a, "votesTotal"),
        ...(withResolution
          ? { resolutionNumber: String(a.resolutionNumber), resolutionDate: day(a.resolutionDate) }
          : {}),
      },
      env.now,
    );
    return result.ok ? ok(undefined) : result;
  },
});
