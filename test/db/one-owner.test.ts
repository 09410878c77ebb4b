import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";
import { FakeTelegramServer } from "../fakes/telegram-server.ts";

const root = resolve(import.meta.dirname, "../..");
const SECRET = "one_owner_webhook_secret";
const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
}

function run(script: string, args: string[], env: Record<string, string>): Run {
  const child = spawn("node", ["--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const exited = new Promise<number>((done) => child.once("exit", (code) => done(code ?? -1)));
  return { child, output: () => output, exited };
}

/** Starts the bot as `npm start` does (webhook mode) and waits until its health check answers. */
async function startBot(env: Record<string, string>): Promise<Run & { url: string }> {
  const port = await freePort();
  const bot = run("src/main.ts", [], { ...env, HTTP_HOST: "127.0.0.1", HTTP_PORT: String(port) });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (bot.child.exitCode !== null) throw new Error(`bot exited early: ${bot.output()}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { ...bot, url };
    if (Date.now() > deadline) throw new Error(`bot not ready: ${bot.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function admin(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const cli = run("src/admin/cli.ts", args, env);
  const code = await cli.exited;
  return { code, output: cli.output() };
}

// About the embedded database only: the PostgreSQL pass (TEST_DATABASE_URL set) has nothing to add here.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("the embedded database has one owner", () => {
  it("refuses a second bot; admin commands run through the running bot while it writes, every write kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doanbot-owner-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, "pglite");
    const fake = await FakeTelegramServer.start();
    cleanups.push(() => fake.close());
    const env = {
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      PGLITE_DATA_DIR: dataDir,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      PUBLIC_URL: "https://bot.example.org",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      JOBS_ENABLED: "false",
    };
    const bot = await startBot(env);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    // A second bot on the same folder is refused with a clear message, and exits non-zero.
    const second = run("src/main.ts", [], { ...env, HTTP_HOST: "127.0.0.1", HTTP_PORT: String(await freePort()) });
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toContain(`in use by process ${bot.child.pid}`);

    // The admin command line works while the bot runs (an empty LOG_LEVEL= is "not set").
    const imported = await admin(["import", "examples/roster.csv"], { ...env, LOG_LEVEL: "" });
    expect(imported.output).not.toContain("in use by process");
    expect(imported.code).toBe(0);

    // The bot writes (each update is claimed, answered and marked) for as long as the admin command line writes too.
    let adminDone = false;
    const users: { id: number; firstName: string }[] = [];
    const botWrites = (async () => {
      while (!adminDone || users.length < 20) {
        const user = { id: 770_000 + users.length, firstName: `U${users.length}` };
        users.push(user);
        const status = await fetch(`${bot.url}/webhook/telegram`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
          body: JSON.stringify(fake.makeTextUpdate(user, "/help")),
        }).then((r) => r.status);
        expect(status).toBe(200);
      }
    })();
    const adminWrites = Promise.all(
      [0, 1].map(async () => {
        for (let i = 0; i < 2; i++) {
          const made = await admin(["link-code", "DV0002"], env);
          expect(made.code, made.output).toBe(0);
        }
      }),
    ).finally(() => {
      adminDone = true;
    });
    await adminWrites;
    await botWrites;

    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    // Released on a clean shutdown.
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    const db = await openDatabase({ kind: "pglite", dataDir });
    try {
      const prisma = db.prisma;
      expect(await prisma.inboundUpdate.count({ where: { processedAt: { not: null } } })).toBe(users.length);
      const person = await prisma.person.findUniqueOrThrow({ where: { memberCode: "DV0002" } });
      expect(await prisma.linkCode.count({ where: { personId: person.id } })).toBe(4);
      expect(await prisma.auditLog.count({ where: { action: "linkcode.create" } })).toBe(4);
      expect(await prisma.person.count()).toBeGreaterThan(5);
    } finally {
      await db.close();
    }
    for (const user of users) expect(fake.texts(user.id).length).toBeGreaterThanOrEqual(1);
  }, 600_000);
});
