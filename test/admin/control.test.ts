import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { adminCommands } from "../../src/admin/commands.ts";
import { sendToRunningBot, startAdminControl } from "../../src/admin/control.ts";
import { acquireFolderLock, lockPathOf, readLock } from "../../src/db/folder-lock.ts";
import { createTestApp } from "../support/app.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp() {
  const dir = mkdtempSync(join(tmpdir(), "doanbot-control-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const app = await createTestApp();
  cleanups.push(() => app.close());
  const lock = acquireFolderLock(join(dir, "pglite"));
  cleanups.push(() => lock.release());
  const control = await startAdminControl(app, lock, adminCommands);
  cleanups.push(() => control.close());
  const written = readLock(lockPathOf(join(dir, "pglite")))?.control;
  if (!written) throw new Error("no control recorded");
  return { app, control, written };
}

function rawRequest(port: number, line: string): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host: "127.0.0.1", port }, () => socket.write(line));
    let answer = "";
    socket.on("data", (d) => {
      answer += d;
    });
    socket.on("error", () => undefined);
    socket.on("close", () => done(answer));
  });
}

describe("the running bot's admin channel", () => {
  it("runs an admin command on the bot's own database and streams its lines back", async () => {
    const { app, written } = await setUp();
    const lines: string[] = [];
    const code = await sendToRunningBot(written, ["import", "examples/roster.csv"], (l) => lines.push(l));
    expect(code).toBe(0);
    expect(lines.join("\n")).not.toBe("");
    expect(await app.deps.prisma.person.count()).toBeGreaterThan(5);
  });

  it("listens on 127.0.0.1 only and refuses a request without the token", async () => {
    const { app, control, written } = await setUp();
    const lines: string[] = [];
    const code = await sendToRunningBot(
      { port: written.port, token: "0".repeat(64) },
      ["import", "examples/roster.csv"],
      (l) => lines.push(l),
    );
    expect(code).toBe(1);
    expect(lines.join(" ")).toContain("refused");
    expect(
      await rawRequest(control.port, `${JSON.stringify({ args: ["import", "examples/roster.csv"] })}\n`),
    ).toContain("refused");
    expect(await rawRequest(control.port, "not json\n")).toContain("refused");
    expect(await app.deps.prisma.person.count()).toBe(0);
  });
});
