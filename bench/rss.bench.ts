import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Benchmark } from "./registry.ts";

const root = resolve(import.meta.dirname, "..");

/** The arguments of `node` in `npm start`, its memory settings included: the service measured is the one people run. */
function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } };
  const [command, ...args] = pkg.scripts.start.split(/\s+/);
  if (command !== "node") throw new Error(`npm start runs ${command}, not node`);
  return args;
}

function peakRssKb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Peak resident memory of the service (`npm start` in terminal mode on the embedded database) while it answers a
 * few hundred messages from several personas, /dashboard included: what a small server must have to run the bot.
 * `block`: the first start on an empty folder (its creation included). `province`: a start on a folder generated
 * beforehand by another process (2,000 units, 100,000 members, 10,000 ĐVUT). Target: under 400 MB.
 */
export const rssBenchmark: Benchmark = {
  name: "rss",
  description: "peak RSS of the service answering messages on the embedded database",
  async run(options) {
    const dir = mkdtempSync(join(tmpdir(), "doanbot-rss-"));
    if (options.scale === "province") {
      const generated = spawnSync(
        "node",
        ["--import", "tsx", "bench/generate-data.ts", join(dir, "pglite"), "province"],
        {
          cwd: root,
          stdio: ["ignore", "ignore", "inherit"],
        },
      );
      if (generated.status !== 0) throw new Error("generating the province failed");
    }
    const script: string[] = [];
    for (let i = 0; i < 100; i++) {
      for (const persona of ["member", "secretary", "staff"]) script.push(`/as ${persona}`, "/help", "/menu", "/me");
      if (i % 20 === 0) script.push("/as staff", "/dashboard");
    }
    const child = spawn("node", startArgs(), {
      cwd: root,
      env: {
        ...process.env,
        PGLITE_DATA_DIR: join(dir, "pglite"),
        TELEGRAM_BOT_TOKEN: "",
        ZALO_BOT_TOKEN: "",
        DATABASE_URL: "",
      },
      stdio: ["pipe", "pipe", "inherit"],
    });
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, peakRssKb(child.pid as number) ?? 0);
    }, 20);
    let replies = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      replies += chunk.toString("utf8").split("🤖").length - 1;
    });
    const started = performance.now();
    child.stdin.end(`${script.join("\n")}\n`);
    const code = await new Promise<number | null>((done) => child.on("exit", done));
    clearInterval(timer);
    const seconds = (performance.now() - started) / 1000;
    rmSync(dir, { recursive: true, force: true });
    if (code !== 0) throw new Error(`the service exited with ${code}`);
    const peakMb = Math.round(peak / 1024);
    return {
      metrics: { peak_rss_mb: peakMb, messages: script.length, replies, seconds: Number(seconds.toFixed(1)) },
      rows: [
        ["peak RSS of the service", `${peakMb} MB`],
        ["terminal messages answered", `${replies} replies in ${seconds.toFixed(1)} s`],
      ],
    };
  },
};
