import { describe, expect } from "vitest";
import { runJob } from "../../src/jobs/run-job.ts";
import { loadEducationContent } from "../../src/modules/education/content.ts";
import { educationParticipation } from "../../src/modules/education/quiz-participation.ts";
import { selectWeek, WEEKLY_EDUCATION, weeklyEducationJob } from "../../src/modules/education/weekly-education.ts";
import type { TestApp } from "../support/app.ts";
import { it } from "../support/fixtures.ts";

// Thursday 26/11/2026, ISO week 2026-W48

const run = (app: TestApp, week: string) =>
  runJob(app.deps, weeklyEducationJob(app.deps.config), { period: week, instance: "test" });

async function deliveries(app: TestApp, week: string) {
  const rows = await app.deps.prisma.delivery.findMany({
    include: { message: true },
    where: { dedupeKey: { startsWith: `${WEEKLY_EDUCATION}:${week}:` } },
    orderBy: { dedupeKey: "asc" },
  });
  return rows.map((r) => ({
    personId: r.personId as string,
    platform: r.platform,
    payload: r.message.payload as { text: string; choices?: { value: string; label: string }[] },
  }));
}

describe("weekly political education", () => {
  it("goes to every reachable linked member who has not opted out, in their language, with the week's anniversaries", async ({
    app,
    jobsOrg: org,
  }) => {
    const { secA, secA1, secB, staff, dvutA1, memberA1, dvutB } = org.people;
    expect((await app.say(org.account(memberA1.id), "/stop_weekly"))[0]?.text).toContain("no longer receive");
    await app.deps.prisma.platformIdentity.updateMany({
      where: { personId: dvutB.id },
      data: { unreachableAt: new Date() },
    });

    expect(await run(app, "2026-W48")).toEqual({ status: "done", period: "2026-W48", messages: 6 });
    const rows = await deliveries(app, "2026-W48");
    expect(rows.map((r) => r.personId).sort()).toEqual(
      [secA.id, secA.id, secA1.id, secB.id, staff.id, dvutA1.id].sort(),
    );
    const { itemId } = selectWeek("2026-W48");
    const vi = loadEducationContent("vi").items.find((i) => i.id === itemId);
    const en = loadEducationContent("en").items.find((i) => i.id === itemId);
    const viText = rows.find((r) => r.personId === staff.id)?.payload.text ?? "";
    const enText = rows.find((r) => r.personId === secA1.id)?.payload.text ?? "";
    expect(viText).toContain(vi?.title);
    expect(enText).toContain(en?.title);
    // 23/11/1940, the Southern Uprising, falls on the Monday of that week.
    expect(viText).toContain("23/11/1940");
    // 86 is no round count: no "tròn" (wording.md).
    expect(viText).toContain("Ngày Khởi nghĩa Nam Kỳ (86 năm)");
    expect(viText).not.toContain("tròn");
    expect(enText).toContain("23/11/1940");
    expect(viText).toContain("/stop_weekly");
    expect(rows[0]?.payload.choices?.map((c) => c.value)).toEqual(
      (vi?.quiz?.choices ?? []).map((_, i) => `quiz:2026-W48:${i + 1}`),
    );
    const sends = await app.deps.prisma.educationSend.findMany({ where: { week: "2026-W48" } });
    expect(sends).toHaveLength(5);
    expect(new Set(sends.map((s) => s.itemId))).toEqual(new Set([itemId]));
  });

  it("comes back after /start_weekly", async ({ app, jobsOrg: org }) => {
    const { memberA1 } = org.people;
    await app.say(org.account(memberA1.id), "/stop_weekly");
    await run(app, "2026-W48");
    expect((await deliveries(app, "2026-W48")).some((r) => r.personId === memberA1.id)).toBe(false);
    await app.say(org.account(memberA1.id), "/start_weekly");
    await run(app, "2026-W49");
    expect((await deliveries(app, "2026-W49")).some((r) => r.personId === memberA1.id)).toBe(true);
  });

  it("records the first quiz answer, says whether it was right, and counts participation per unit", async ({
    app,
    jobsOrg: org,
  }) => {
    const { dvutA1, memberA1, secA1, memberB } = org.people;
    await app.say(org.account(memberA1.id), "/stop_weekly");
    await run(app, "2026-W48");
    const quiz = loadEducationContent("vi").items.find((i) => i.id === selectWeek("2026-W48").itemId)?.quiz;
    if (!quiz) throw new Error("the item of 2026-W48 has no quiz");
    const wrong = quiz.answer === 1 ? 2 : 1;

    const right = await app.press(org.account(dvutA1.id), `quiz:2026-W48:${quiz.answer}`);
    expect(right[0]?.text).toContain("Chính xác");
    const again = await app.press(org.account(dvutA1.id), `quiz:2026-W48:${wrong}`);
    expect(again[0]?.text).toContain("chỉ tính lần trả lời đầu tiên");
    const wrongReply = await app.press(org.account(secA1.id), `quiz:2026-W48:${wrong}`);
    expect(wrongReply[0]?.text).toContain(
      `Not quite. The right answer is: ${loadEducationContent("en").items.find((i) => i.id === selectWeek("2026-W48").itemId)?.quiz?.choices[quiz.answer - 1]}`,
    );
    // Opted out: no message that week, so no answer to record.
    expect((await app.press(org.account(memberA1.id), `quiz:2026-W48:${quiz.answer}`))[0]?.text).toContain(
      "no longer takes answers",
    );

    const send = await app.deps.prisma.educationSend.findUniqueOrThrow({
      where: { week_personId: { week: "2026-W48", personId: dvutA1.id } },
    });
    expect(send).toMatchObject({ quizAnswer: quiz.answer, quizCorrect: true });
    const [a1] = await educationParticipation(app.deps.prisma, [org.units.a1.id], ["2026-W48"]);
    expect(a1).toEqual({ unitId: org.units.a1.id, members: 3, optedOut: 1, sent: 2, answered: 2, correct: 1 });
    expect(memberB).toBeDefined();
  });

  it("writes each member's message once even when the week is run again", async ({ app, jobsOrg: _org }) => {
    await run(app, "2026-W48");
    expect(await run(app, "2026-W48")).toEqual({ status: "skipped", period: "2026-W48" });
    expect(await deliveries(app, "2026-W48")).toHaveLength(8);
  });
});
