import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertRlsEnforced, type Database, RlsNotEnforcedError } from "../../src/platform/db/index.js";
import { createTestDatabase, type TestDatabase, testDatabases } from "../support/database.js";

describe.each(testDatabases())("start-up row-level security check on %s", { timeout: 60_000 }, (kind) => {
  let test: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.db;
  }, 60_000);
  afterAll(() => test?.destroy(), 60_000);

  /**
   * Roles are cluster-wide on PostgreSQL and other test files share the real app role, so the
   * bad roles here are private, uniquely named, and dropped again.
   */
  async function withRole(attributes: string, fn: (role: string) => Promise<void>, memberOf?: string): Promise<void> {
    const role = `leanvibe_bad_${randomBytes(4).toString("hex")}`;
    await db.query(`create role ${role} nologin ${attributes}`);
    if (memberOf) await db.query(`grant ${memberOf} to ${role}`);
    try {
      await fn(role);
    } finally {
      await db.query(`drop role ${role}`);
    }
  }

  async function problemsOf(check: Promise<void>): Promise<string[]> {
    const error = await check.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(RlsNotEnforcedError);
    return (error as RlsNotEnforcedError).problems;
  }

  it("accepts the migrated schema", async () => {
    await expect(assertRlsEnforced(db)).resolves.toBeUndefined();
  });

  it("refuses to run when the app role can bypass row-level security", async () => {
    await withRole("bypassrls", async (role) => {
      const problems = await problemsOf(assertRlsEnforced(db, { appRole: role }));
      expect(problems).toEqual([`the app role ${role} can bypass row-level security (rolbypassrls)`]);
    });
  });

  it("refuses to run when the app role is a superuser", async () => {
    await withRole("superuser", async (role) => {
      await expect(assertRlsEnforced(db, { appRole: role })).rejects.toThrow(/is a superuser/);
    });
  });

  it("refuses to run when the app role inherits from a role that bypasses row-level security", async () => {
    await withRole("bypassrls", async (bypassing) => {
      await withRole(
        "",
        async (role) => {
          await expect(assertRlsEnforced(db, { appRole: role })).rejects.toThrow(
            new RegExp(`member of ${bypassing}, which is a superuser or bypasses RLS`),
          );
        },
        bypassing,
      );
    });
  });

  it("refuses to run when the app role is missing", async () => {
    await expect(assertRlsEnforced(db, { appRole: "leanvibe_no_such_role" })).rejects.toThrow(/does not exist/);
  });

  it("refuses to run when a tenant-scoped table does not force row-level security", async () => {
    await db.query("alter table projects no force row level security");
    try {
      const problems = await problemsOf(assertRlsEnforced(db));
      expect(problems).toEqual(["table projects does not FORCE ROW LEVEL SECURITY"]);
    } finally {
      await db.query("alter table projects force row level security");
    }
  });

  it("refuses to run when a later table with tenant_id forgets row-level security", async () => {
    await db.query("create table later_feature (tenant_id uuid not null, note text)");
    try {
      const problems = await problemsOf(assertRlsEnforced(db));
      expect(problems).toEqual([
        "table later_feature does not ENABLE ROW LEVEL SECURITY",
        "table later_feature does not FORCE ROW LEVEL SECURITY",
        "table later_feature has no row-level security policy",
      ]);
      await db.query(
        "alter table later_feature enable row level security; alter table later_feature force row level security",
      );
      expect(await problemsOf(assertRlsEnforced(db))).toEqual(["table later_feature has no row-level security policy"]);
    } finally {
      await db.query("drop table later_feature");
    }
    await expect(assertRlsEnforced(db)).resolves.toBeUndefined();
  });
});
