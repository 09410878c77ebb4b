/**
 * A throwaway PostgreSQL server for tests, CI and benchmarks, in a temporary folder, on 127.0.0.1 only.
 *   tsx scripts/postgres.ts -- npm test     starts a server, runs the command with TEST_DATABASE_URL set, stops it.
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "./free-port.ts";

export interface ThrowawayPostgres {
  url: string;
  stop(): Promise<void>;
}

export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  const preferred = versions.includes("15") ? "15" : versions[0];
  return preferred ? join(root, preferred, "bin") : undefined;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found: apt-get install -y postgresql");
  const dir = mkdtempSync(join(tmpdir(), "doanbot-pg-"));
  chmodSync(dir, 0o777);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, cmd), ...args], { stdio: "pipe" })
      : execFileSync(join(bin, cmd), args, { stdio: "pipe" });
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  run("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A fresh database on a server, for one test or benchmark: empty, or a copy of `template` (a database nobody is
 * connected to). `drop({ force })` removes it; force ends connections still open (leave it off while a pool may still
 * hold one: a killed pooled connection is an unhandled error).
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix = "doanbot_scratch",
  template?: string,
): Promise<{ name: string; url: string; drop(options?: { force?: boolean }): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop({ force = true } = {}) {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name}${force ? " WITH (FORCE)" : ""}`).catch((error) => {
        if (force) throw error;
      });
      await client.end();
    },
  };
}

async function cli(): Promise<void> {
  const dash = process.argv.indexOf("--");
  const command = dash >= 0 ? process.argv.slice(dash + 1) : [];
  if (command.length === 0) {
    process.stderr.write("usage: tsx scripts/postgres.ts -- COMMAND [ARGS…]\n");
    process.exit(2);
  }
  const server = await startThrowawayPostgres();
  process.stderr.write(`throwaway PostgreSQL at ${server.url}\n`);
  const child = spawn(command[0] as string, command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_URL: server.url },
  });
  const code = await new Promise<number>((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  await server.stop();
  process.exit(code);
}

if (import.meta.url === `file://${process.argv[1]}`) await cli();
