/**
 * The admin command line while the bot runs on the embedded database. The bot owns the data folder (one process per
 * PGlite folder, see src/db/folder-lock.ts), so `npm run admin -- …` does not open it: it hands its command to the
 * bot, which runs the same admin command code on its own database and streams the printed lines back.
 *
 * The channel is local and token-checked: the bot listens on 127.0.0.1 only (never on the address the platforms
 * reach), on a random port, and accepts a request only with the random token it wrote into the lock file (mode 0600,
 * readable by the bot's own user alone). Nobody who can message the bot can reach it.
 *
 * Protocol: one JSON line `{"token", "args"}` from the client; JSON lines `{"out": "…"}` then `{"exit": N}` back.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { connect, createServer, type Socket } from "node:net";
import type { FolderLock, LockInfo } from "../db/folder-lock.ts";
import type { AdminCommand, App } from "./command.ts";

const MAX_REQUEST_BYTES = 64 * 1024;
const REQUEST_TIMEOUT_MS = 10_000;

export interface AdminControl {
  port: number;
  close(): Promise<void>;
}

/** Starts the bot's admin channel and records it in the lock file. Commands run one at a time. */
export async function startAdminControl(app: App, lock: FolderLock, commands: AdminCommand[]): Promise<AdminControl> {
  const token = randomBytes(32).toString("hex");
  const expected = Buffer.from(token);
  let queue: Promise<unknown> = Promise.resolve();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy());
    let buffered = "";
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      if (buffered.length > MAX_REQUEST_BYTES) return void socket.destroy();
      const end = buffered.indexOf("\n");
      if (end < 0) return;
      socket.off("data", onData);
      socket.setTimeout(0);
      const request = parseRequest(buffered.slice(0, end));
      const given = Buffer.from(request?.token ?? "");
      if (!request || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        app.deps.logger.warn("admin channel: a request with a wrong token was refused");
        socket.end(`${JSON.stringify({ error: "refused" })}\n`);
        return;
      }
      const send = (message: object) => {
        if (!socket.destroyed) socket.write(`${JSON.stringify(message)}\n`);
      };
      const run = queue.then(() => runCommand(app, commands, request.args, (line) => send({ out: line })));
      queue = run.catch(() => undefined);
      void run.then((code) => {
        send({ exit: code });
        socket.end();
      });
    };
    socket.on("data", onData);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  lock.setControl({ port, token });
  return {
    port,
    close: async () => {
      const closed = new Promise<void>((done) => server.close(() => done()));
      // A command already running finishes (its database work must not be cut in half); idle sockets go.
      await queue;
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

function parseRequest(line: string): { token: string; args: string[] } | undefined {
  try {
    const value = JSON.parse(line) as { token?: unknown; args?: unknown };
    if (typeof value.token !== "string" || !Array.isArray(value.args)) return undefined;
    if (!value.args.every((a) => typeof a === "string")) return undefined;
    return { token: value.token, args: value.args as string[] };
  } catch {
    return undefined;
  }
}

/** Runs one admin command line (`NAME ARGS…`) against an app: what the command line does, wherever it runs. */
export async function runCommand(
  app: App,
  commands: AdminCommand[],
  argv: string[],
  out: (line: string) => void,
): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    out(`unknown command ${name ?? ""}`.trim());
    return 2;
  }
  try {
    return await command.run(app, args, out);
  } catch (error) {
    app.deps.logger.error({ err: error, command: name }, "admin command failed");
    out(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/**
 * Sends a command to the running bot and prints its lines; the command's exit code, or undefined when the bot's
 * channel could not be reached (the caller says what to do).
 */
export function sendToRunningBot(
  control: NonNullable<LockInfo["control"]>,
  argv: string[],
  out: (line: string) => void,
): Promise<number | undefined> {
  return new Promise((done) => {
    const socket = connect({ host: "127.0.0.1", port: control.port });
    let buffered = "";
    let exit: number | undefined;
    let connected = false;
    socket.on("connect", () => {
      connected = true;
      socket.write(`${JSON.stringify({ token: control.token, args: argv })}\n`);
    });
    socket.on("data", (chunk) => {
      buffered += chunk.toString("utf8");
      for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        let message: { out?: string; exit?: number; error?: string };
        try {
          message = JSON.parse(line);
        } catch {
          continue;
        }
        if (typeof message.out === "string") out(message.out);
        if (typeof message.exit === "number") exit = message.exit;
        if (message.error) {
          out(`the running bot refused the command (${message.error})`);
          exit = 1;
        }
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", () => done(exit ?? (connected ? 1 : undefined)));
  });
}
