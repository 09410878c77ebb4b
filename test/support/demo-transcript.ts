import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * The guides in docs/ are transcripts of the terminal demo: in each ```text block, a line "> …" is what the person
 * types and the lines after it are the bot's replies. These helpers run the typed lines through `npm start`'s terminal
 * demo, on a fresh demo database, and give back each line's replies, so a test can compare them with the guide and a
 * script can write them into it.
 */

const root = resolve(import.meta.dirname, "../..");

/** The moment the guides' transcripts show (the terminal demo's DEMO_DATE). */
export const GUIDE_DEMO_DATE = "2026-11-29T10:00:00+07:00";

export interface TranscriptStep {
  input: string;
  replies: string[];
}

/** The steps of every transcript block of a guide, in order. */
export function stepsOfGuide(markdown: string): TranscriptStep[] {
  const steps: TranscriptStep[] = [];
  for (const block of markdown.matchAll(/```text\n([\s\S]*?)```/g)) {
    for (const line of (block[1] as string).split("\n")) {
      if (line.startsWith("> ")) steps.push({ input: line.slice(2), replies: [] });
      else if (line !== "" || steps.at(-1)?.replies.length) steps.at(-1)?.replies.push(line);
    }
  }
  for (const step of steps) while (step.replies.at(-1) === "") step.replies.pop();
  return steps;
}

/** What the bot answers to each input, in a fresh terminal demo; messages sent to others by jobs are left out. */
export async function runDemo(inputs: readonly string[]): Promise<TranscriptStep[]> {
  // After each line, "/as <persona>" prints "— persona —": the mark where that line's replies end.
  let persona = "guest";
  const script: { line: string; mark: boolean }[] = [];
  for (const input of inputs) {
    const as = /^\/as\s+(\w+)$/.exec(input);
    if (as) persona = as[1] as string;
    script.push({ line: input, mark: false });
    if (!as) script.push({ line: `/as ${persona}`, mark: true });
  }
  const output = await runTerminal(`${script.map((s) => s.line).join("\n")}\n`);
  const lines: string[] = [];
  let skipping = false;
  for (const line of output.split("\n")) {
    if (line.startsWith("🤖 → ")) skipping = true;
    else if (!line.startsWith("   ")) skipping = false;
    if (!skipping) lines.push(line);
  }
  // segments[0] is what came before the first mark; each later one follows a mark.
  const segments: string[][] = [[]];
  for (const line of lines) {
    if (/^— \w+ —$/.test(line)) segments.push([]);
    else segments.at(-1)?.push(line);
  }
  const steps: TranscriptStep[] = [];
  let at = 0;
  for (const { line, mark } of script) {
    const as = /^\/as\s+(\w+)$/.exec(line);
    if (as) {
      if (!mark) steps.push({ input: line, replies: [`— ${as[1]} —`] });
      at++;
      continue;
    }
    const replies = [...(segments[at] ?? [])];
    while (replies.at(-1) === "") replies.pop();
    steps.push({ input: line, replies });
  }
  return steps;
}

function runTerminal(input: string): Promise<string> {
  const dataDir = join(mkdtempSync(join(tmpdir(), "doanbot-guide-")), "pglite");
  return new Promise((done, fail) => {
    const child = spawn("node", ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: {
        ...process.env,
        PGLITE_DATA_DIR: dataDir,
        TELEGRAM_BOT_TOKEN: "",
        ZALO_BOT_TOKEN: "",
        DATABASE_URL: "",
        LOG_LEVEL: "",
        GUIDES_URL: "",
        // The guides show the demo on this day: replayed on any other day they must read the same.
        DEMO_DATE: GUIDE_DEMO_DATE,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => (code === 0 ? done(stdout) : fail(new Error(`demo exited ${code}: ${stderr}`))));
    child.stdin.end(input);
  });
}

/** Numbers and dates change with the day the demo runs: compare the words, not the digits. */
export function withoutDigits(lines: readonly string[]): string[] {
  return lines.map((l) => l.replace(/\d+/g, "#").trimEnd());
}
