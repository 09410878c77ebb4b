import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runDemo, stepsOfGuide, withoutDigits } from "./support/demo-transcript.ts";

/**
 * The Vietnamese guides in docs/ are transcripts of the terminal demo. Each guide's typed lines are run through a fresh
 * demo and each reply compared with the guide's, digits aside (dates and counts follow the day the demo runs). When a
 * reply changes, `npx tsx scripts/guide-transcript.ts docs/<guide>.md` writes the new one into the guide.
 */
const guides = ["doan-vien-dung-bot.md", "huong-dan-bi-thu.md", "huong-dan-can-bo.md"];

describe("the guides walk through the terminal demo", () => {
  for (const guide of guides) {
    it(`${guide}: every reply is what the demo answers`, { timeout: 600_000 }, async () => {
      const expected = stepsOfGuide(readFileSync(resolve(import.meta.dirname, "../docs", guide), "utf8"));
      expect(expected.length).toBeGreaterThan(2);
      const actual = await runDemo(expected.map((s) => s.input));
      expect(actual.map((s) => [s.input, ...withoutDigits(s.replies)])).toEqual(
        expected.map((s) => [s.input, ...withoutDigits(s.replies)]),
      );
    });
  }
});
