import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertRlsEnforced, type Database, withPlatform, withTenant } from "../../src/platform/db/index.js";
import { createTestDatabase, insertTenant, type TestDatabase, testDatabases } from "../support/database.js";

/**
 * Production servers usually connect as a database owner that is not a superuser. FORCE ROW LEVEL
 * SECURITY then applies to the owner too: plain owner queries see nothing, and only the platform
 * path (with its reason) sees across tenants.
 */
describe.runIf(testDatabases().includes("postgres"))(
  "a non-superuser database owner on postgres",
  { timeout: 60_000 },
  () => {
    let test: TestDatabase;
    let db: Database;
    let tenantA: string;
    let tenantB: string;

    beforeAll(async () => {
      test = await createTestDatabase("postgres", { nonSuperuserOwner: true });
      db = test.db;
      tenantA = await insertTenant(db);
      tenantB = await insertTenant(db);
      for (const tenantId of [tenantA, tenantB]) {
        await withTenant(db, tenantId, (trx) =>
          trx
            .insertInto("projects")
            .values({ tenant_id: tenantId, name: `project of ${tenantId}` })
            .execute(),
        );
      }
    }, 60_000);
    afterAll(() => test?.destroy(), 60_000);

    it("migrates and passes the start-up check", async () => {
      const { rows } = await db.query<{ rolsuper: boolean }>(
        "select rolsuper from pg_roles where rolname = current_user",
      );
      expect(rows).toEqual([{ rolsuper: false }]);
      await expect(assertRlsEnforced(db)).resolves.toBeUndefined();
    });

    it("isolates tenants through withTenant", async () => {
      const projects = await withTenant(db, tenantA, (trx) => trx.selectFrom("projects").select("tenant_id").execute());
      expect(projects).toEqual([{ tenant_id: tenantA }]);
    });

    it("shows the owner nothing outside withTenant and withPlatform", async () => {
      const { rows } = await db.query("select * from projects");
      expect(rows).toEqual([]);
      await expect(db.query("insert into projects (tenant_id, name) values ($1, 'sneaky')", [tenantA])).rejects.toThrow(
        /row-level security/,
      );
    });

    it("shows every tenant on the platform path", async () => {
      const projects = await withPlatform(db, "test check", (trx) =>
        trx.selectFrom("projects").select("tenant_id").execute(),
      );
      expect(new Set(projects.map((row) => row.tenant_id))).toEqual(new Set([tenantA, tenantB]));
    });
  },
);
