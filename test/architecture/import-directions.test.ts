import { readFile } from "node:fs/promises";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { root, sourceFiles } from "../support/source-files.ts";

/** Where a file of src/ stands: "core", "outbox", "jobs", "module:<name>", "channels", … (see `allowed`). */
function layerOf(path: string): string {
  const parts = path.split("/");
  if (parts[0] !== "src") return "outside";
  if (parts.length === 2) return parts[1] === "app.ts" || parts[1] === "main.ts" ? "composition" : "base";
  const folder = parts[1] as string;
  if (folder === "modules") return parts.length === 3 ? "composition" : `module:${parts[2]}`;
  if (["db", "i18n", "generated"].includes(folder)) return "base";
  if (folder === "admin") return path === "src/admin/command.ts" ? "admin-port" : "composition";
  return folder;
}

/**
 * Whether `from` may import `to` (both paths relative to the repository). The kernel (core) knows no module, no
 * queue and no platform; the outbox never reaches a channel; the scheduler's runtime (jobs) knows no module; a module
 * reaches another only through that module's index.ts; only the composition (app.ts, main.ts, src/modules/index.ts,
 * the admin command line) sees everything.
 */
function allowed(from: string, to: string): boolean {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a === b || a === "composition" || b === "base" || to === "src/clock.ts") return true;
  const isModuleIndex = b.startsWith("module:") && to.endsWith("/index.ts");
  switch (a) {
    case "base":
      return false;
    case "core":
      return false;
    case "outbox":
      return b === "core";
    case "jobs":
      return b === "core" || b === "outbox";
    case "channels":
      return b === "core" || b === "http";
    case "http":
      return b === "core" || isModuleIndex;
    case "admin-port":
      return b === "composition" && to === "src/app.ts";
    default:
      if (a.startsWith("module:"))
        return ["core", "outbox", "jobs", "admin-port"].includes(b) || isModuleIndex || to === "src/modules/module.ts";
      return false;
  }
}

/** Packages only one folder may import: each platform's client stays in its channel. */
const platformPackages: Record<string, string> = {
  grammy: "src/channels/telegram/",
  "@grammyjs/runner": "src/channels/telegram/",
  axios: "src/channels/zalo/",
};

const importPattern = /(?:^|\n)\s*(?:import|export)[^"';]*?from\s+["']([^"']+)["']/g;

async function importsOf(file: string): Promise<string[]> {
  const text = await readFile(join(root, file), "utf8");
  return [...text.matchAll(importPattern)].map((m) => m[1] as string);
}

const platformNames = "telegram|zalo|terminal";
const platformComparison = new RegExp(
  `[=!]==?\\s*["'\`](?:${platformNames})["'\`]|["'\`](?:${platformNames})["'\`]\\s*[=!]==?|case\\s+["'\`](?:${platformNames})["'\`]`,
);

/** Lines of `text` that compare something with a platform's name: outside src/channels, ask a capability instead. */
function platformNameComparisons(text: string): string[] {
  return text.split("\n").filter((line) => platformComparison.test(line));
}

describe("import directions", () => {
  it("every import in src/ goes the allowed way", async () => {
    const violations: string[] = [];
    for (const file of await sourceFiles("src")) {
      for (const spec of await importsOf(file)) {
        if (spec.startsWith(".")) {
          const target = normalize(join(dirname(file), spec));
          if (!allowed(file, target)) violations.push(`${file} → ${target}`);
        } else {
          const owner = Object.entries(platformPackages).find(([pkg]) => spec === pkg || spec.startsWith(`${pkg}/`));
          if (owner && !file.startsWith(owner[1])) violations.push(`${file} → ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("no code outside src/channels compares a platform's name (channels declare capabilities in core/channel.ts)", async () => {
    const violations: string[] = [];
    for (const file of await sourceFiles("src")) {
      if (file.startsWith("src/channels/")) continue;
      const text = await readFile(join(root, file), "utf8");
      for (const line of platformNameComparisons(text)) violations.push(`${file}: ${line.trim()}`);
    }
    expect(violations).toEqual([]);
  });

  it("the platform-name check catches a planted comparison", () => {
    expect(platformNameComparisons('  if (ctx.msg.platform === "telegram") offerContact();')).toHaveLength(1);
    expect(platformNameComparisons("const onZalo = 'zalo' !== platform;")).toHaveLength(1);
    expect(platformNameComparisons('    case "terminal":')).toHaveLength(1);
    expect(platformNameComparisons("if (platform == `zalo`) x();")).toHaveLength(1);
    expect(platformNameComparisons("  if (ctx.capabilities.canShareContact) offerContact();")).toEqual([]);
    expect(platformNameComparisons('  const audience = { kind: "platform", platform: "telegram" };')).toEqual([]);
  });

  it("the check refuses the crossings it exists for", () => {
    expect(allowed("src/core/dispatcher.ts", "src/modules/menu/index.ts")).toBe(false);
    expect(allowed("src/core/dialogue/engine.ts", "src/outbox/enqueue.ts")).toBe(false);
    expect(allowed("src/outbox/worker.ts", "src/channels/telegram/sender.ts")).toBe(false);
    expect(allowed("src/jobs/start.ts", "src/modules/index.ts")).toBe(false);
    expect(allowed("src/modules/menu/menu.ts", "src/modules/reporting/due.ts")).toBe(false);
    expect(allowed("src/modules/menu/menu.ts", "src/channels/telegram/render.ts")).toBe(false);
    expect(allowed("src/modules/menu/menu.ts", "src/modules/reporting/index.ts")).toBe(true);
    expect(allowed("src/modules/menu/menu.ts", "src/core/context.ts")).toBe(true);
  });
});
