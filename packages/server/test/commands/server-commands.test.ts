import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withPlatform } from "../../src/platform/db/index.js";
import { seedDemo } from "../../src/seed/demo.js";
import { createTestDatabase } from "../support/database.js";

const bin = join(import.meta.dirname, "../../src/bin.ts");

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", bin, ...args], {
      env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
    });
    child.stderr.on("data", (c) => {
      out += c;
    });
    child.once("exit", (code) => resolve({ code, out }));
  });
}

describe("leanvibe-server commands", () => {
  const home = mkdtempSync(join(tmpdir(), "leanvibe-commands-"));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("seed-demo can run again: one admin, one tenant, one owner and exactly one live demo key", async () => {
    const { db, destroy } = await createTestDatabase("pglite");
    try {
      const first = await seedDemo(db);
      const second = await seedDemo(db);
      expect(second.tenant.id).toBe(first.tenant.id);
      expect(second.owner.id).toBe(first.owner.id);
      expect(second.developer_api_key.secret).not.toBe(first.developer_api_key.secret);
      const counts = await withPlatform(db, "test: count demo rows", async (trx) => ({
        admins: (await trx.selectFrom("platform_admins").select("id").execute()).length,
        tenants: (await trx.selectFrom("tenants").select("id").execute()).length,
        users: (await trx.selectFrom("users").select("id").execute()).length,
        liveKeys: (await trx.selectFrom("api_keys").select("id").where("revoked_at", "is", null).execute()).length,
      }));
      expect(counts).toEqual({ admins: 1, tenants: 1, users: 1, liveKeys: 1 });
    } finally {
      await destroy();
    }
  });

  it("migrate reports what it applied, then that the data is up to date", async () => {
    const dataDir = join(home, "data");
    const first = await run(["migrate", "--data-dir", dataDir]);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/Applied migrations 1, 2, 3/);
    const again = await run(["migrate", "--data-dir", dataDir]);
    expect(again.out).toMatch(/is up to date/);
  }, 120_000);

  it("refuses to run a worker on the embedded database, saying what it needs", async () => {
    const res = await run(["worker"]);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/worker needs a PostgreSQL server \(--database-url or DATABASE_URL\)/);
  }, 60_000);

  it("refuses a bad configuration value with a message naming the variable", async () => {
    const res = await run(["migrate", "--data-dir", join(home, "other")], { LEANVIBE_ACCESS_TOKEN_TTL: "soon" });
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/LEANVIBE_ACCESS_TOKEN_TTL must be a whole number/);
  }, 60_000);
});
