import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";
import { FakeTelegramServer } from "../fakes/telegram-server.ts";
import { deliverTelegramUpdate, freePort, ProcessGroup } from "../support/processes.ts";

const SECRET = "one_owner_webhook_secret";
const processes = new ProcessGroup();

afterEach(() => processes.stopAll());

async function admin(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const cli = processes.run("src/admin/cli.ts", args, env);
  const code = await cli.exited;
  return { code, output: cli.output() };
}

// About the embedded database only: the PostgreSQL pass (TEST_DATABASE_URL set) has nothing to add here.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("the embedded database has one owner", () => {
  it("refuses a second bot; admin commands run through the running bot while it writes, every write kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doanbot-owner-"));
    processes.onStop(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, "pglite");
    const fake = await FakeTelegramServer.start();
    processes.onStop(() => fake.close());
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
    const bot = await processes.startBot(env);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);

    // A second bot on the same folder is refused with a clear message, and exits non-zero.
    const second = processes.run("src/main.ts", [], {
      ...env,
      HTTP_HOST: "127.0.0.1",
      HTTP_PORT: String(await freePort()),
    });
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
        const status = await deliverTelegramUpdate(bot.url, SECRET, fake.makeTextUpdate(user, "/help"));
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
