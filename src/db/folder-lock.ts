import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { resolve } from "node:path";

/**
 * The embedded database has one owner. PGlite is one connection in one process: two processes on one data folder
 * lose committed rows without an error. Whoever opens the folder first takes `<folder>.lock` (created with O_EXCL,
 * mode 0600, holding its pid); anyone else finds it and is told who holds it. A lock whose pid is dead (a crash, a
 * kill -9) is taken over. The running bot also writes into it where its admin channel listens (port and token), so
 * `npm run admin` can hand its command to the bot instead of opening the folder (src/admin/control.ts).
 */
export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  /** Unique per taking: a release never removes a lock taken by someone else since. */
  nonce: string;
  /** The bot's local admin channel, once it listens: 127.0.0.1:port, requests carry the token. */
  control?: { port: number; token: string };
}

export class DatabaseLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The embedded database ${lockPath.replace(/\.lock$/, "")} is in use by process ${holder.pid} (since ` +
        `${holder.startedAt}). One process owns it: stop that process first, or use PostgreSQL (DATABASE_URL) to run ` +
        `several. Admin commands reach the running bot on their own (npm run admin -- …). If no such process ` +
        `exists, delete ${lockPath}.`,
    );
    this.name = "DatabaseLockedError";
  }
}

export interface FolderLock {
  path: string;
  info: LockInfo;
  /** Records where the admin channel listens (rewritten atomically: readers see the old or the new content). */
  setControl(control: { port: number; token: string }): void;
  release(): void;
}

export function lockPathOf(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The lock's content, or undefined when there is none or it cannot be read (being written, removed meanwhile). */
export function readLock(lockPath: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(lockPath, "utf8")) as LockInfo;
    return typeof info.pid === "number" ? info : undefined;
  } catch {
    return undefined;
  }
}

/** The live holder of the folder's lock, if any. */
export function liveHolder(dataDir: string): LockInfo | undefined {
  const info = readLock(lockPathOf(dataDir));
  return info && processAlive(info.pid) ? info : undefined;
}

function writeAtomically(path: string, content: string): void {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(temp, content, { mode: 0o600 });
  renameSync(temp, path);
}

/** A lock file that is empty or unreadable for this long was left half-written by a process that died. */
const UNREADABLE_STALE_MS = 10_000;

/**
 * Takes the folder's lock or throws a DatabaseLockedError naming the live holder. Two processes finding the same
 * stale lock at once: only the one that takes the short-lived `.takeover` file removes it, then both race on O_EXCL.
 */
export function acquireFolderLock(dataDir: string): FolderLock {
  const path = lockPathOf(dataDir);
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    nonce: randomBytes(8).toString("hex"),
  };
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      try {
        writeFileSync(fd, JSON.stringify(info));
      } finally {
        closeSync(fd);
      }
      return heldLock(path, info);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(path);
    if (holder && processAlive(holder.pid)) throw new DatabaseLockedError(path, holder);
    if (!holder && Date.now() - mtimeMs(path) < UNREADABLE_STALE_MS) {
      // Being written by a process that just created it: look again shortly.
      sleepSync(50);
      continue;
    }
    takeOverStale(path, holder);
  }
  throw new Error(`could not take the lock ${path}`);
}

function mtimeMs(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function takeOverStale(path: string, seen: LockInfo | undefined): void {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, "wx", 0o600);
  } catch {
    // Someone else is taking it over; a guard left by a process that died is removed after a while.
    if (Date.now() - mtimeMs(guard) > UNREADABLE_STALE_MS) safeUnlink(guard);
    sleepSync(50);
    return;
  }
  try {
    const now = readLock(path);
    // Still the stale lock seen (not one a faster process took meanwhile).
    if (now?.nonce === seen?.nonce && (!now || !processAlive(now.pid))) safeUnlink(path);
  } finally {
    closeSync(fd);
    safeUnlink(guard);
  }
}

function safeUnlink(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function heldLock(path: string, info: LockInfo): FolderLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    // Only our own lock: never one taken by another process after ours was (wrongly) judged stale.
    if (readLock(path)?.nonce === info.nonce) safeUnlink(path);
  };
  // A process.exit() without the clean shutdown still lets the folder go; a kill -9 leaves a stale lock (taken over).
  process.on("exit", release);
  return {
    path,
    info,
    setControl(control) {
      if (released) return;
      info.control = control;
      writeAtomically(path, JSON.stringify(info));
    },
    release,
  };
}
