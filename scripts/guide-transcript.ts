/**
 * Rewrites the replies in a guide's transcript blocks (```text, lines "> …" typed by the person) with what the
 * terminal demo answers today: `npx tsx scripts/guide-transcript.ts docs/huong-dan-bi-thu.md`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runDemo, stepsOfGuide } from "../test/support/demo-transcript.ts";

for (const file of process.argv.slice(2)) {
  const markdown = readFileSync(file, "utf8");
  const steps = await runDemo(stepsOfGuide(markdown).map((s) => s.input));
  let next = 0;
  const rewritten = markdown.replace(/```text\n([\s\S]*?)```/g, (_, body: string) => {
    const inputs = body.split("\n").filter((l) => l.startsWith("> ")).length;
    const lines = steps.slice(next, next + inputs).flatMap((s) => [`> ${s.input}`, ...s.replies, ""]);
    next += inputs;
    return `\`\`\`text\n${lines.join("\n").replace(/\n+$/, "\n")}\`\`\``;
  });
  writeFileSync(file, rewritten);
  process.stdout.write(`${file}: ${steps.length} steps\n`);
}
