import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireFolderLock, DatabaseLockedError, lockPathOf, readLock } from "../../src/db/folder-lock.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "doanbot-lock-"));
  dirs.push(dir);
  return join(dir, "pglite");
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

describe("the embedded database's folder lock", () => {
  it("is taken once, readable by its owner only, refused to the next taker while held, free after release", () => {
    const dataDir = scratch();
    const lock = acquireFolderLock(dataDir);
    expect(statSync(lockPathOf(dataDir)).mode & 0o777).toBe(0o600);
    expect(readLock(lockPathOf(dataDir))?.pid).toBe(process.pid);
    expect(() => acquireFolderLock(dataDir)).toThrow(DatabaseLockedError);
    expect(() => acquireFolderLock(dataDir)).toThrow(`in use by process ${process.pid}`);
    lock.setControl({ port: 1234, token: "t" });
    expect(readLock(lockPathOf(dataDir))?.control).toEqual({ port: 1234, token: "t" });
    expect(statSync(lockPathOf(dataDir)).mode & 0o777).toBe(0o600);
    lock.release();
    acquireFolderLock(dataDir).release();
  });

  it("takes over a lock left by a process that died", () => {
    const dataDir = scratch();
    const pid = deadPid();
    writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid, host: "h", startedAt: "then", nonce: "old" }));
    const lock = acquireFolderLock(dataDir);
    expect(readLock(lockPathOf(dataDir))?.pid).toBe(process.pid);
    lock.release();
  });

  it("a release never removes a lock that another process holds since", () => {
    const dataDir = scratch();
    const lock = acquireFolderLock(dataDir);
    writeFileSync(lockPathOf(dataDir), JSON.stringify({ pid: process.pid, host: "h", startedAt: "now", nonce: "x" }));
    lock.release();
    expect(readLock(lockPathOf(dataDir))?.nonce).toBe("x");
  });
});
