import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { lockDataDirectory } from "../../src/platform/db/data-dir-lock.js";
import {
  DataDirectoryInUseError,
  LOCK_FILE_NAME,
  migrate,
  openDatabase,
  withPlatform,
} from "../../src/platform/db/index.js";
import { insertTenant } from "../support/database.js";

const root = mkdtempSync(join(tmpdir(), "leanvibe-datadir-"));
const dbModule = fileURLToPath(new URL("../../src/platform/db/index.ts", import.meta.url));
const workspaceRoot = fileURLToPath(new URL("../../../..", import.meta.url));

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function tenantSlugs(dataDir: string): Promise<string[]> {
  const db = await openDatabase({ kind: "pglite", dataDir });
  try {
    const rows = await withPlatform(db, "test check", (trx) => trx.selectFrom("tenants").select("slug").execute());
    return rows.map((row) => row.slug).sort();
  } finally {
    await db.close();
  }
}

/** Another server process that opens the data directory and keeps it open. */
async function startHolder(dataDir: string): Promise<ChildProcess> {
  const script = join(root, "holder.mts");
  writeFileSync(
    script,
    `import { openDatabase } from ${JSON.stringify(dbModule)};
await openDatabase({ kind: "pglite", dataDir: process.argv[2] });
process.stdout.write("ready\\n");
setInterval(() => {}, 60_000);
`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", script, dataDir], {
    cwd: workspaceRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  await new Promise<void>((ready, fail) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) ready();
    });
    child.on("exit", (code) => fail(new Error(`holder exited with ${code}: ${stderr}`)));
  });
  return child;
}

describe("PGlite in a data directory", { timeout: 60_000 }, () => {
  it("keeps data written before close when reopened", async () => {
    const dataDir = join(root, "persist");
    const db = await openDatabase({ kind: "pglite", dataDir });
    await migrate(db);
    await insertTenant(db, { slug: "kept-tenant" });
    await db.close();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);

    expect(await tenantSlugs(dataDir)).toEqual(["kept-tenant"]);
  });

  it("refuses a second open of a data directory that is in use, naming the directory", async () => {
    const dataDir = join(root, "in-use");
    const db = await openDatabase({ kind: "pglite", dataDir });
    try {
      const second = openDatabase({ kind: "pglite", dataDir });
      await expect(second).rejects.toBeInstanceOf(DataDirectoryInUseError);
      await expect(second).rejects.toThrow(`The data directory ${resolve(dataDir)} is in use`);
    } finally {
      await db.close();
    }
    // Once closed, it opens again.
    const again = await openDatabase({ kind: "pglite", dataDir });
    await again.close();
  });

  it("refuses a directory held by another live process and takes it over once that process has died", async () => {
    const dataDir = join(root, "shared");
    const first = await openDatabase({ kind: "pglite", dataDir });
    await migrate(first);
    await insertTenant(first, { slug: "before-crash" });
    await first.close();

    const holder = await startHolder(dataDir);
    try {
      await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(
        new RegExp(`data directory ${resolve(dataDir).replaceAll("/", "\\/")} is in use .*pid ${holder.pid}\\)`),
      );
    } finally {
      const exited = new Promise((done) => holder.once("exit", done));
      holder.kill("SIGKILL");
      await exited;
    }

    // The crashed holder left its lock behind.
    const stale = JSON.parse(readFileSync(join(dataDir, LOCK_FILE_NAME), "utf8")) as { pid: number };
    expect(stale.pid).toBe(holder.pid);
    expect(await tenantSlugs(dataDir)).toEqual(["before-crash"]);
  });

  it("treats undefined and memory:// as private in-memory databases", async () => {
    const a = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    const b = await openDatabase({ kind: "pglite" });
    try {
      await a.query("create table only_in_a (x int)");
      const { rows } = await b.query("select 1 from information_schema.tables where table_name = 'only_in_a'");
      expect(rows).toEqual([]);
      expect(a.location).toBe("memory://");
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe("the data directory lock", () => {
  it("takes over a lock that carries this process's pid but was left by an earlier run", () => {
    const dataDir = join(root, "restarted-container");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, LOCK_FILE_NAME), JSON.stringify({ pid: process.pid, hostname: "old", createdAt: "" }));
    const lock = lockDataDirectory(dataDir);
    try {
      expect(() => lockDataDirectory(dataDir)).toThrow(DataDirectoryInUseError);
    } finally {
      lock.release();
    }
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it("takes over a garbled lock file", () => {
    const dataDir = join(root, "garbled");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, LOCK_FILE_NAME), "{not json");
    lockDataDirectory(dataDir).release();
  });
});
