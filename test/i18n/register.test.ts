import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { loadFtlSources, type locales } from "../../src/i18n/i18n.ts";
import { loadEducationContent } from "../../src/modules/education/content.ts";

/**
 * The register of ../shared/docs/wording.md, checked on every Vietnamese string the bot can send: the messages of
 * locales/vi/*.ftl (every variant of every selector, and attributes) and the education content. The bot calls the
 * reader "đồng chí", never speaks of itself, and quotes President Hồ Chí Minh only in words checked word for word.
 */

/** A word on its own, not part of a longer word (JavaScript's \b knows no Vietnamese letters). */
const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, "iu");

const registerRules: { rule: string; pattern: RegExp }[] = [
  { rule: "the bot never speaks of itself as “mình”", pattern: word("mình") },
  { rule: "the reader is “đồng chí”, never “bạn”", pattern: word("bạn") },
  { rule: "no “nhé”", pattern: word("nhé") },
  { rule: "no “ơi”", pattern: word("ơi") },
  { rule: "no “chứ”", pattern: word("chứ") },
  { rule: "the organisation's name comes from ORG_NAME ($org)", pattern: /Đoàn Khối/u },
  { rule: "Vietnamese quotation marks “…”, not straight ones", pattern: /"/u },
  { rule: "Vietnamese quotation marks “…”, not «…»", pattern: /[«»]/u },
  { rule: "“Tỷ lệ”, the plan's spelling", pattern: /tỉ lệ/iu },
];

/** The terms of wording.md and admission.md: what must not be said. */
const termRules: { rule: string; pattern: RegExp }[] = [
  { rule: "“trao danh sách”, not “bàn giao”", pattern: /bàn giao/iu },
  { rule: "“lớp bồi dưỡng nhận thức về Đảng”, not “lớp cảm tình Đảng”", pattern: /lớp cảm tình/iu },
  { rule: "bình chọn and giới thiệu are two acts", pattern: /giới thiệu ĐVUT \(bình chọn\)/iu },
  { rule: "“phẩm chất chính trị, tư tưởng”, not “thái độ chính trị”", pattern: /thái độ chính trị/iu },
  { rule: "“chưa đề nghị (nêu lý do)”, not “có băn khoăn”", pattern: /có băn khoăn/iu },
  { rule: "“đưa ra khỏi danh sách ĐVUT”, not “rút khỏi danh sách”", pattern: /rút khỏi danh sách/iu },
  { rule: "the plan's part III has no 3.x: mục II.3.5", pattern: /III\.3\.5/u },
  { rule: "the plan calls the two-year rule no “quy định”", pattern: /quy định hai năm|quy định 2 năm/iu },
  { rule: "“Ngày Chủ tịch Hồ Chí Minh từ trần”, not “qua đời”", pattern: /qua đời/iu },
  { rule: "the Chỉ thị 03 is of the Ban Bí thư Trung ương Đoàn", pattern: /Ban Chấp hành Trung ương Đoàn/iu },
];

/**
 * Emoji, which the bot does not use in official replies (wording.md): pictographs, keycaps ("1️⃣"), flags and the
 * joiners and selectors that build them. Plain signs that are no emoji ("→", "·", "✓", "—") stay allowed.
 */
const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{fe0f}|\u{200d}|\u{20e3}/u;

/** The emoji in a text, for a readable failure. */
function emojiIn(text: string): string[] {
  return [...text.matchAll(new RegExp(emoji.source, "gu"))].map((m) => m[0]);
}

/** The problems of one Vietnamese string: the rules it breaks. */
function registerProblems(text: string): string[] {
  return [...registerRules, ...termRules].filter((r) => r.pattern.test(text)).map((r) => r.rule);
}

/**
 * Words of President Hồ Chí Minh as ../shared/docs/wording.md gives them, checked word for word. A quotation in the
 * education content must be one of these, or a part of one.
 */
const checkedQuotes = [
  "Đoàn viên và thanh niên ta nói chung là tốt",
  "đào tạo họ thành những người thừa kế xây dựng chủ nghĩa xã hội vừa ‘hồng’ vừa ‘chuyên’",
  "Quân đội ta trung với Đảng, hiếu với dân, sẵn sàng chiến đấu hy sinh vì độc lập, tự do của Tổ quốc, vì chủ nghĩa xã hội. Nhiệm vụ nào cũng hoàn thành, khó khăn nào cũng vượt qua, kẻ thù nào cũng đánh thắng.",
  "Mỗi người tốt, mỗi việc tốt là một bông hoa đẹp, cả dân tộc ta là một rừng hoa đẹp.",
  "một chiếc áo lụa mà đồng bào đã tặng",
];

/** Names in quotation marks that are no one's words: titles of works, of movements, of days. */
const quotedNames = [
  "Cần, kiệm, liêm, chính",
  "Sửa đổi lối làm việc",
  "Dân vận",
  "Đoàn viên phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam",
  "Thanh niên tình nguyện",
  "Bộ đội Cụ Hồ",
  "Ngày Chủ tịch Hồ Chí Minh từ trần",
  "Tuyên ngôn Độc lập",
  "Di chúc",
];

/** Quotations in a text that are neither checked words nor names. */
function uncheckedQuotes(text: string): string[] {
  const quotes = [...text.matchAll(/“([^”]*)”/gu)].map((m) => (m[1] as string).trim());
  return quotes.filter((q) => !quotedNames.includes(q) && !checkedQuotes.some((checked) => checked.includes(q)));
}

type Pattern = string | readonly PatternElement[];
type PatternElement = string | { type: string; variants?: { value: Pattern }[] };

/** Every piece of literal text of a Fluent pattern, selector variants included. */
function textsOf(pattern: Pattern | null | undefined): string[] {
  if (!pattern) return [];
  if (typeof pattern === "string") return [pattern];
  return pattern.flatMap((element) =>
    typeof element === "string" ? [element] : (element.variants ?? []).flatMap((v) => textsOf(v.value)),
  );
}

/** Each message (and attribute) of a language as "file key: text". */
function ftlTexts(lang: (typeof locales)[number]): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const { file, source } of loadFtlSources().get(lang) ?? []) {
    const resource = new FluentResource(source) as unknown as {
      body: { id: string; value: Pattern | null; attributes: Record<string, Pattern> }[];
    };
    for (const message of resource.body) {
      const patterns = [message.value, ...Object.values(message.attributes ?? {})];
      const text = patterns.flatMap(textsOf).join(" ");
      found.push({ where: `${file.split("/").slice(-2).join("/")} ${message.id}`, text });
    }
  }
  return found;
}

function educationTexts(lang: (typeof locales)[number]): { where: string; text: string }[] {
  const { items, anniversaries } = loadEducationContent(lang);
  return [
    ...items.map((item) => ({
      where: `education ${item.id}`,
      text: [item.title, item.text, item.quiz?.question ?? "", ...(item.quiz?.choices ?? [])].join("\n"),
    })),
    ...anniversaries.map((a) => ({ where: `anniversary ${a.day}/${a.month}/${a.year}`, text: a.title })),
  ];
}

/**
 * Source files allowed to hold an emoji: the terminal demo marks who speaks ("🤖") and attached files, outside any
 * reply, and the folding of typed answers removes the emoji a person may still type.
 */
const emojiAllowedIn = ["src/channels/terminal/terminal.ts", "src/core/choices.ts"];

/** Every hand-written source file under src/ (the generated Prisma client aside) with the emoji it holds. */
function sourceEmoji(): string[] {
  const root = resolve(import.meta.dirname, "../..");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split("\\").join("/");
      if (entry.isDirectory()) {
        if (rel !== "src/generated") walk(path);
      } else if (/\.ts$/.test(entry.name) && !emojiAllowedIn.includes(rel)) {
        for (const [i, line] of readFileSync(path, "utf8").split("\n").entries())
          if (emoji.test(line)) found.push(`${rel}:${i + 1}: ${emojiIn(line).join(" ")}`);
      }
    }
  };
  walk(resolve(root, "src"));
  return found;
}

describe("no emoji in official replies", () => {
  it("finds none in a Vietnamese or English message, button or education text", () => {
    const found = (["vi", "en"] as const).flatMap((lang) =>
      [...ftlTexts(lang), ...educationTexts(lang)]
        .filter(({ text }) => emoji.test(text))
        .map(({ where, text }) => `${lang} ${where}: ${emojiIn(text).join(" ")}`),
    );
    expect(found).toEqual([]);
  });

  it("finds none in a string built in code", () => {
    expect(sourceEmoji()).toEqual([]);
  });

  it("would catch a pictograph, a keycap or a marked button", () => {
    expect(emojiIn("✅ Duyệt")).toEqual(["✅"]);
    expect(emojiIn("1️⃣ Xếp loại").length).toBeGreaterThan(0);
    expect(emojiIn("⚠️ Quá hạn").length).toBeGreaterThan(0);
    expect(emojiIn("📝 Nhận xét ĐVUT · Câu 2/7 → ✓ Duyệt — trang sau")).toEqual(["📝"]);
  });
});

describe("the register of every Vietnamese string", () => {
  it("finds the messages and the education texts it checks", () => {
    expect(ftlTexts("vi").length).toBeGreaterThan(400);
    expect(educationTexts("vi").length).toBeGreaterThan(40);
  });

  it("addresses the reader as đồng chí, uses the plan's terms and never names the organisation literally", () => {
    const problems = [...ftlTexts("vi"), ...educationTexts("vi")].flatMap(({ where, text }) =>
      registerProblems(text).map((rule) => `${where}: ${rule}`),
    );
    expect(problems).toEqual([]);
  });

  it("names the organisation through $org in English too", () => {
    const literal = [...ftlTexts("en"), ...educationTexts("en")].filter(({ text }) => /Đoàn Khối/u.test(text));
    expect(literal.map((l) => l.where)).toEqual([]);
  });

  it("opens each weekly education text with the greeting of wording.md", () => {
    const { items } = loadEducationContent("vi");
    for (const item of items) expect(item.text.startsWith("Các đồng chí đoàn viên thân mến!"), item.id).toBe(true);
  });

  it("quotes President Hồ Chí Minh only in words checked word for word", () => {
    const unchecked = educationTexts("vi").flatMap(({ where, text }) =>
      uncheckedQuotes(text).map((q) => `${where}: “${q}”`),
    );
    expect(unchecked).toEqual([]);
  });

  it("would catch a casual string, a literal organisation name, a wrong term or an invented quote", () => {
    expect(registerProblems("Mình đã nhận được, bạn chờ chút nhé!")).toHaveLength(3);
    expect(registerProblems("Ơi, gửi cho Đoàn Khối chứ?")).toHaveLength(3);
    expect(registerProblems("Theo quy định hai năm (mục III.3.5), danh sách được bàn giao")).toHaveLength(3);
    expect(registerProblems('Đồng chí gõ "xác nhận" hoặc «hủy»')).toHaveLength(2);
    expect(registerProblems("Đề nghị đồng chí xác nhận nội dung này.")).toEqual([]);
    expect(uncheckedQuotes("Bác dạy: “Thanh niên phải luôn luôn đi đầu.”")).toEqual([
      "Thanh niên phải luôn luôn đi đầu.",
    ]);
    expect(
      uncheckedQuotes(
        "Bác viết: “Mỗi người tốt, mỗi việc tốt là một bông hoa đẹp, cả dân tộc ta là một rừng hoa đẹp.”",
      ),
    ).toEqual([]);
  });
});
