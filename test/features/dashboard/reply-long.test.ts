import { describe, expect, it } from "vitest";
import { MESSAGE_LIMIT, packBlocks } from "../../../src/core/reply-long.ts";

describe("packing long answers into messages", () => {
  it("fills messages up to the limit without cutting a unit's block in two", () => {
    const blocks = Array.from({ length: 57 }, (_, i) => `Đoàn cơ sở số ${i + 1}\nĐVUT: 3 → 2 → 1 → 0\nGiới thiệu 1/5`);
    const messages = packBlocks(blocks);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(messages.join("\n\n")).toBe(blocks.join("\n\n"));
  });

  it("splits a single block longer than the limit at line ends", () => {
    const block = Array.from({ length: 200 }, (_, i) => `• Thành viên số ${i + 1}`).join("\n");
    const messages = packBlocks([block], 500);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(500);
    expect(messages.join("\n")).toBe(block);
  });
});
