import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

export const LOCK_FILE_NAME = ".leanvibe.lock";

export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another LeanVibe process (pid ${pid}${pid === process.pid ? ", this process" : ""}). ` +
        "PGlite allows one process per data directory: stop that process, point LEANVIBE_DATA_DIR elsewhere, " +
        `or use DATABASE_URL to share a PostgreSQL server. If no such process is running, delete ${join(dataDir, LOCK_FILE_NAME)}.`,
    );
    this.name = "DataDirectoryInUseError";
  }
}

interface LockContent {
  pid: number;
  hostname: string;
  createdAt: string;
}

/** Lock files this process holds, to tell our own live lock from a dead predecessor's with our pid. */
const heldHere = new Set<string>();

export interface DataDirectoryLock {
  readonly dataDir: string;
  release(): void;
}

/**
 * PGlite runs Postgres inside this process without postmaster's own pid check, so two processes
 * on one data directory would both write and corrupt it. The lock is a file created with O_EXCL
 * holding our pid; a lock whose pid is dead (a crash) is taken over.
 */
export function lockDataDirectory(dataDir: string): DataDirectoryLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE_NAME);
  const content: LockContent = { pid: process.pid, hostname: hostname(), createdAt: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      try {
        writeSync(fd, JSON.stringify(content));
      } finally {
        closeSync(fd);
      }
      return holdLock(dir, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(path);
    // A container restarts its server as pid 1 every time: a lock with our own pid that this
    // process does not hold was left by a previous run.
    if (holder && (holder.pid === process.pid ? heldHere.has(path) : isAlive(holder.pid))) {
      throw new DataDirectoryInUseError(dir, holder.pid);
    }
    takeOverStaleLock(dir, path);
  }
  throw new Error(`Could not lock the data directory ${dir}: the lock file keeps changing`);
}

function holdLock(dataDir: string, path: string): DataDirectoryLock {
  heldHere.add(path);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(path);
    process.off("exit", release);
    // Only remove a lock that is still ours.
    if (readLock(path)?.pid === process.pid) unlinkQuietly(path);
  };
  process.on("exit", release);
  return { dataDir, release };
}

function readLock(path: string): LockContent | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockContent>;
    return typeof parsed.pid === "number" ? (parsed as LockContent) : undefined;
  } catch {
    // Unreadable or half-written: a writer is mid-way or crashed mid-write; treat as stale.
    return undefined;
  }
}

/**
 * Renaming is atomic, so when two processes race to take over the same stale lock only one
 * rename succeeds; the other finds the file gone and retries the exclusive create.
 */
function takeOverStaleLock(dataDir: string, path: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  // A racing process may have replaced the stale lock with a live one between our read and rename.
  const moved = readLock(aside);
  if (moved && moved.pid !== process.pid && isAlive(moved.pid)) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else holds the path now; they will be detected on our retry.
    }
    unlinkQuietly(aside);
    throw new DataDirectoryInUseError(dataDir, moved.pid);
  }
  unlinkQuietly(aside);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
