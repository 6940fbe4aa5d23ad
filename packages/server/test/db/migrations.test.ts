import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROLE, type Database, migrate, migrations, openDatabase, withTenant } from "../../src/platform/db/index.js";
import { createTestDatabase, insertTenant, type TestDatabase, testDatabases } from "../support/database.js";

describe.each(testDatabases())("migrations on %s", { timeout: 60_000 }, (kind) => {
  let test: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrated: false });
    db = test.db;
  }, 60_000);
  afterAll(() => test?.destroy(), 60_000);

  it("applies every migration once, and a second run applies nothing", async () => {
    const first = await migrate(db);
    expect(first.applied).toEqual(migrations.map((migration) => migration.version));
    const second = await migrate(db);
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });
    const { rows } = await db.query<{ version: number }>("select version from schema_migrations order by version");
    expect(rows.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
  });

  it("creates the tenant-scoped schema", async () => {
    const { rows } = await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        "api_keys",
        "audit_log",
        "domain_events",
        "idempotency_keys",
        "platform_admins",
        "projects",
        "sessions",
        "task_events",
        "tasks",
        "tenants",
        "usage_counters",
        "users",
      ]),
    );
  });

  it("creates the app role without login, superuser or bypassrls", async () => {
    const { rows } = await db.query<{ rolcanlogin: boolean; rolsuper: boolean; rolbypassrls: boolean }>(
      "select rolcanlogin, rolsuper, rolbypassrls from pg_roles where rolname = $1",
      [APP_ROLE],
    );
    expect(rows).toEqual([{ rolcanlogin: false, rolsuper: false, rolbypassrls: false }]);
  });

  it("gives the app role no access to platform tables", async () => {
    const tenantId = await insertTenant(db);
    for (const table of ["platform_admins", "schema_migrations"]) {
      await expect(
        withTenant(db, tenantId, (trx) =>
          trx
            .selectFrom(table as "platform_admins")
            .selectAll()
            .execute(),
        ),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it("refuses to run when an applied migration was edited", async () => {
    const edited = migrations.map((migration) => ({ ...migration, sql: `${migration.sql}\n-- edited` }));
    await expect(migrate(db, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it("refuses a database migrated by a newer server", async () => {
    await expect(migrate(db, [])).rejects.toThrow(/does not know/);
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const failing = { version: 999, name: "failing", sql: "create table half_done (x int); select 1 / 0;" };
    await expect(migrate(db, [...migrations, failing])).rejects.toThrow(/division by zero/);
    const { rows } = await db.query("select 1 from information_schema.tables where table_name = 'half_done'");
    expect(rows).toHaveLength(0);
    const recorded = await db.query("select 1 from schema_migrations where version = 999");
    expect(recorded.rows).toHaveLength(0);
  });
});

describe.each(testDatabases())("concurrent migrators on %s", { timeout: 60_000 }, (kind) => {
  it("apply each migration exactly once", async () => {
    const test = await createTestDatabase(kind, { migrated: false });
    // On PostgreSQL each migrator gets its own pool, as separate server processes would.
    const others =
      kind === "postgres" ? await Promise.all([openDatabase(test.options), openDatabase(test.options)]) : [];
    try {
      const migrators = [test.db, ...others, test.db];
      const reports = await Promise.all(migrators.map((db) => migrate(db)));
      const appliedVersions = reports.flatMap((report) => report.applied).sort();
      expect(appliedVersions).toEqual(migrations.map((migration) => migration.version));
      const { rows } = await test.db.query<{ n: number }>("select count(*)::int as n from schema_migrations");
      expect(rows[0]?.n).toBe(migrations.length);
    } finally {
      await Promise.all(others.map((db) => db.close()));
      await test.destroy();
    }
  });
});
