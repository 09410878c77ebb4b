import { describe, expect, it } from "vitest";
import { foldText, matchChoice, matchLabel, typedNumber } from "../../src/core/choices.ts";
import type { Choice } from "../../src/core/messages.ts";

const choice = (label: string, extra: Partial<Choice> = {}): Choice => ({ value: `v:${label}`, label, ...extra });

describe("folding typed text", () => {
  it("drops diacritics, đ, case, emoji, ticks and surrounding punctuation, and squeezes spaces", () => {
    expect(foldText("✅ Duyệt")).toBe("duyet");
    expect(foldText("✓ Duyệt")).toBe("duyet");
    expect(foldText("ĐỒNG Ý!")).toBe("dong y");
    expect(foldText("  Nguyễn   Văn\tAn. ")).toBe("nguyen van an");
    expect(foldText("“Bỏ qua”")).toBe("bo qua");
    expect(foldText("👍")).toBe("");
    // A skin tone is part of its emoji: "👍🏽 Duyệt" is "duyet", as "👍 Duyệt" is.
    expect(foldText("👍🏽 Duyệt")).toBe("duyet");
    expect(foldText("👩🏻‍💻")).toBe("");
    // A keycap emoji is its digit.
    expect(foldText("2️⃣")).toBe("2");
    // Flags and joined emoji leave nothing behind.
    expect(foldText("🇻🇳 Việt Nam")).toBe("viet nam");
    expect(foldText("👩‍💻 Tin học")).toBe("tin hoc");
  });
});

describe("reading a typed number", () => {
  it("takes one to three digits with an optional full stop, nothing else", () => {
    expect(typedNumber("2")).toBe(2);
    expect(typedNumber(" 2. ")).toBe(2);
    expect(typedNumber("120")).toBe(120);
    expect(typedNumber("1000")).toBeUndefined();
    expect(typedNumber("2a")).toBeUndefined();
    expect(typedNumber("-1")).toBeUndefined();
    expect(typedNumber("2,5")).toBeUndefined();
    expect(typedNumber("")).toBeUndefined();
  });
});

describe("matching typed text to one message's choices", () => {
  const choices = [
    choice("Duyệt", { secure: true }),
    choice("📊 Bảng số liệu"),
    choice("Giữ nguyên: 12"),
    choice("Trả lại: thiếu số liệu"),
    choice("Bỏ qua", { unnumbered: true }),
  ];

  it("by number, counting only the numbered choices, from the list's first number", () => {
    expect(matchChoice("1", choices)?.label).toBe("📊 Bảng số liệu");
    expect(matchChoice("3.", choices)?.label).toBe("Trả lại: thiếu số liệu");
    expect(matchChoice("4", choices)).toBeUndefined();
    expect(matchChoice("0", choices)).toBeUndefined();
    // The second message of a turn numbers on from the first's.
    expect(matchChoice("5", choices, 4)?.label).toBe("Giữ nguyên: 12");
    expect(matchChoice("3", choices, 4)).toBeUndefined();
  });

  it("by label: whole, or the part before its colon, without diacritics or emoji", () => {
    expect(matchChoice("bang so lieu", choices)?.label).toBe("📊 Bảng số liệu");
    expect(matchChoice("Giữ nguyên", choices)?.label).toBe("Giữ nguyên: 12");
    expect(matchChoice("giu nguyen: 12", choices)?.label).toBe("Giữ nguyên: 12");
    expect(matchChoice("TRẢ LẠI", choices)?.label).toBe("Trả lại: thiếu số liệu");
    expect(matchChoice("bo qua", choices)?.label).toBe("Bỏ qua");
    // A secure choice is found by its label (the caller then asks to confirm), never by a number.
    expect(matchChoice("✅ duyệt", choices)?.label).toBe("Duyệt");
  });

  it("finds nothing for a part of a label, the part after the colon, or nothing typed", () => {
    expect(matchLabel("bang", choices)).toBeUndefined();
    expect(matchLabel("12", choices)).toBeUndefined();
    expect(matchLabel("thieu so lieu", choices)).toBeUndefined();
    expect(matchLabel("", choices)).toBeUndefined();
    expect(matchLabel("👍", choices)).toBeUndefined();
  });

  it("reads a number as a number even where a label holds one", () => {
    const figures = [choice("Giữ nguyên: 2", { unnumbered: true }), choice("Khác")];
    expect(matchChoice("2", figures)).toBeUndefined();
    expect(matchChoice("1", figures)?.label).toBe("Khác");
  });
});
