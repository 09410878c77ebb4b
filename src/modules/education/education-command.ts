import type { ChatContext } from "../../core/context.ts";
import { action, type Feature } from "../../core/feature.ts";
import { k, type MessageKey } from "../../i18n/i18n.ts";
import { quizAnswerButton } from "./buttons.ts";
import { answerQuiz } from "./quiz.ts";

/** /stop_weekly and /start_weekly (the weekly political-education message) and answers to its quiz. */
export const educationFeature: Feature = {
  name: "education",
  commands: [
    {
      name: "stop_weekly",
      access: "linked",
      descriptionKey: "cmd-stop-weekly",
      run: (ctx) => setOptOut(ctx, true, k("education-stopped")),
    },
    {
      name: "start_weekly",
      access: "linked",
      descriptionKey: "cmd-start-weekly",
      run: (ctx) => setOptOut(ctx, false, k("education-started")),
    },
  ],
  actions: [
    action({
      button: quizAnswerButton,
      access: "linked",
      async run(ctx, parsed) {
        const person = ctx.person;
        if (!person) {
          ctx.reply(ctx.t("education-quiz-unknown"));
          return;
        }
        const result = await answerQuiz(ctx.deps.prisma, {
          personId: person.id,
          week: parsed.week,
          choice: parsed.choice,
          lang: ctx.lang,
          now: ctx.deps.clock.now(),
        });
        if (result.status === "unknown") ctx.reply(ctx.t("education-quiz-unknown"));
        else if (result.status === "right") ctx.reply(ctx.t("education-quiz-right"));
        else if (result.status === "wrong") ctx.reply(ctx.t("education-quiz-wrong", { answer: result.rightAnswer }));
        else ctx.reply(ctx.t("education-quiz-already", { answer: result.rightAnswer }));
      },
    }),
  ],
};

async function setOptOut(ctx: ChatContext, optOut: boolean, doneKey: MessageKey): Promise<void> {
  const person = ctx.person;
  if (!person) return;
  await ctx.deps.prisma.person.update({ where: { id: person.id }, data: { weeklyOptOut: optOut } });
  ctx.reply(ctx.t(doneKey));
}
