import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { freePort } from "../../scripts/free-port.ts";

export { freePort };

const root = resolve(import.meta.dirname, "../..");

/** A script of the project run as its own Node process, its stdout and stderr gathered. */
export interface ScriptRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
}

/**
 * The processes and clean-ups of one test file. Call `stopAll()` in afterEach: it kills what still runs, then runs
 * the clean-ups newest first (a database is dropped after the process using it is gone).
 */
export class ProcessGroup {
  private readonly children: ChildProcess[] = [];
  private readonly cleanups: (() => Promise<void> | void)[] = [];

  onStop(cleanup: () => Promise<void> | void): void {
    this.cleanups.push(cleanup);
  }

  async stopAll(): Promise<void> {
    for (const child of this.children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup();
  }

  /** Runs `node --import tsx <script> …args` from the project's root. */
  run(script: string, args: string[], env: Record<string, string>): ScriptRun {
    const child = spawn("node", ["--import", "tsx", script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.children.push(child);
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

  /**
   * Runs `script` like `run` and resolves once its standard output has printed `readyLine`; rejects, with what it
   * printed, if it exits first.
   */
  start(script: string, env: Record<string, string>, readyLine: string, args: string[] = []): Promise<ScriptRun> {
    const started = this.run(script, args, env);
    return new Promise((ready, fail) => {
      started.child.stdout?.on("data", () => {
        if (started.output().includes(readyLine)) ready(started);
      });
      void started.exited.then((code) => fail(new Error(`${script} exited early (${code}): ${started.output()}`)));
    });
  }

  /** Starts the bot as `npm start` does (webhook mode, on a free port) and waits until its health check answers. */
  async startBot(env: Record<string, string>): Promise<ScriptRun & { url: string }> {
    const port = await freePort();
    const bot = this.run("src/main.ts", [], { ...env, HTTP_HOST: "127.0.0.1", HTTP_PORT: String(port) });
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
}

/** One Telegram webhook delivery: the HTTP status, or 0 when the connection failed. */
export function deliverTelegramUpdate(url: string, secret: string, update: unknown): Promise<number> {
  return fetch(`${url}/webhook/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify(update),
  }).then(
    (r) => r.status,
    () => 0,
  );
}
