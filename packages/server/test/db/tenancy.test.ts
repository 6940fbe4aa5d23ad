import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROLE, type Database, withPlatform, withTenant } from "../../src/platform/db/index.js";
import { createTestDatabase, insertTenant, type TestDatabase, testDatabases } from "../support/database.js";

describe.each(testDatabases())("tenant isolation on %s", { timeout: 60_000 }, (kind) => {
  let test: TestDatabase;
  let db: Database;
  let tenantA: string;
  let tenantB: string;
  let childOfA: string;
  let projectOfB: string;

  const addUser = (tenantId: string, email: string) =>
    withTenant(db, tenantId, (trx) =>
      trx.insertInto("users").values({ tenant_id: tenantId, email, role: "developer" }).returning("id").execute(),
    );

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.db;
    tenantA = await insertTenant(db, { slug: "tenant-a" });
    tenantB = await insertTenant(db, { slug: "tenant-b" });
    childOfA = await insertTenant(db, { slug: "tenant-a-child", parentTenantId: tenantA });
    await addUser(tenantA, "ann@a.example");
    await addUser(tenantA, "al@a.example");
    await addUser(tenantB, "bob@b.example");
    projectOfB = await withTenant(db, tenantB, async (trx) => {
      const row = await trx
        .insertInto("projects")
        .values({ tenant_id: tenantB, name: "B's project" })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    });
  }, 60_000);
  afterAll(() => test?.destroy(), 60_000);

  it("runs tenant work as the app role with the tenant set", async () => {
    const [settings] = await withTenant(db, tenantA, (trx) =>
      sql<{ role: string; tenant: string }>`select current_user as role, current_setting('app.tenant_id') as tenant`
        .execute(trx)
        .then((result) => result.rows),
    );
    expect(settings).toEqual({ role: APP_ROLE, tenant: tenantA });
  });

  it("shows a tenant only its own rows", async () => {
    const emailsOfA = await withTenant(db, tenantA, (trx) => trx.selectFrom("users").select("email").execute());
    expect(emailsOfA.map((row) => row.email).sort()).toEqual(["al@a.example", "ann@a.example"]);
    const emailsOfB = await withTenant(db, tenantB, (trx) => trx.selectFrom("users").select("email").execute());
    expect(emailsOfB.map((row) => row.email)).toEqual(["bob@b.example"]);
    const projectsOfA = await withTenant(db, tenantA, (trx) => trx.selectFrom("projects").select("id").execute());
    expect(projectsOfA).toEqual([]);
  });

  it("shows a tenant its own tenant row and its children's, never its parent's or siblings'", async () => {
    const visibleToA = await withTenant(db, tenantA, (trx) => trx.selectFrom("tenants").select("slug").execute());
    expect(visibleToA.map((row) => row.slug).sort()).toEqual(["tenant-a", "tenant-a-child"]);
    const visibleToChild = await withTenant(db, childOfA, (trx) => trx.selectFrom("tenants").select("slug").execute());
    expect(visibleToChild.map((row) => row.slug)).toEqual(["tenant-a-child"]);
  });

  it("lets a tenant rename itself but not change its status or another tenant", async () => {
    const renamed = await withTenant(db, tenantA, (trx) =>
      trx.updateTable("tenants").set({ display_name: "Tenant A" }).where("id", "=", tenantA).executeTakeFirst(),
    );
    expect(renamed.numUpdatedRows).toBe(1n);
    const renamedChild = await withTenant(db, tenantA, (trx) =>
      trx.updateTable("tenants").set({ display_name: "mine now" }).where("id", "=", childOfA).executeTakeFirst(),
    );
    expect(renamedChild.numUpdatedRows).toBe(0n);
    await expect(
      withTenant(db, tenantA, (trx) =>
        trx.updateTable("tenants").set({ status: "active" }).where("id", "=", tenantA).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it("rejects inserting a row for another tenant", async () => {
    await expect(
      withTenant(db, tenantA, (trx) =>
        trx.insertInto("users").values({ tenant_id: tenantB, email: "mallory@a.example", role: "owner" }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("rejects moving a row to another tenant and leaves other tenants' rows untouched", async () => {
    await expect(
      withTenant(db, tenantA, (trx) =>
        trx.updateTable("users").set({ tenant_id: tenantB }).where("email", "=", "ann@a.example").execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const touched = await withTenant(db, tenantA, (trx) =>
      trx.updateTable("users").set({ name: "hijacked" }).where("email", "=", "bob@b.example").executeTakeFirst(),
    );
    expect(touched.numUpdatedRows).toBe(0n);
    const deleted = await withTenant(db, tenantA, (trx) =>
      trx.deleteFrom("users").where("tenant_id", "=", tenantB).executeTakeFirst(),
    );
    expect(deleted.numDeletedRows).toBe(0n);
    const bob = await withTenant(db, tenantB, (trx) =>
      trx.selectFrom("users").select("name").executeTakeFirstOrThrow(),
    );
    expect(bob.name).toBeNull();
  });

  it("rejects a row that points at another tenant's row", async () => {
    await expect(
      withTenant(db, tenantA, (trx) =>
        trx.insertInto("tasks").values({ tenant_id: tenantA, project_id: projectOfB, title: "steal" }).execute(),
      ),
    ).rejects.toThrow(/foreign key/);
  });

  it("shows no rows and accepts no writes as the app role without a tenant", async () => {
    const result = await db.kysely.transaction().execute(async (trx) => {
      await sql`select set_config('role', ${APP_ROLE}, true)`.execute(trx);
      return {
        users: (await trx.selectFrom("users").select("id").execute()).length,
        tenants: (await trx.selectFrom("tenants").select("id").execute()).length,
      };
    });
    expect(result).toEqual({ users: 0, tenants: 0 });
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await sql`select set_config('role', ${APP_ROLE}, true)`.execute(trx);
        await trx.insertInto("users").values({ tenant_id: tenantA, email: "x@a.example", role: "viewer" }).execute();
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it("ends the role and tenant setting with the transaction on the same connection", async () => {
    const after = await db.kysely.connection().execute(async (conn) => {
      await conn.transaction().execute(async (trx) => {
        await sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenantA}, true)`.execute(
          trx,
        );
        const visible = await trx.selectFrom("users").select("id").execute();
        expect(visible).toHaveLength(2);
      });
      return conn.transaction().execute(async (trx) => {
        const settings = await sql<{ role: string; tenant: string | null }>`
          select current_user as role, current_setting('app.tenant_id', true) as tenant`.execute(trx);
        await sql`select set_config('role', ${APP_ROLE}, true)`.execute(trx);
        const visible = await trx.selectFrom("users").select("id").execute();
        return { ...settings.rows[0], visible: visible.length };
      });
    });
    expect(after.role).not.toBe(APP_ROLE);
    expect(after.tenant ?? "").toBe("");
    expect(after.visible).toBe(0);
  });

  it("rolls back everything when the callback throws", async () => {
    await expect(
      withTenant(db, tenantA, async (trx) => {
        await trx
          .insertInto("users")
          .values({ tenant_id: tenantA, email: "ghost@a.example", role: "viewer" })
          .execute();
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const ghosts = await withTenant(db, tenantA, (trx) =>
      trx.selectFrom("users").select("id").where("email", "=", "ghost@a.example").execute(),
    );
    expect(ghosts).toEqual([]);
  });

  it("rejects a tenant id that is not a uuid", async () => {
    await expect(withTenant(db, "' or 1=1 --", async () => 1)).rejects.toThrow(/tenant uuid/);
  });

  it("keeps concurrent requests of different tenants apart", async () => {
    const runs = Array.from({ length: 16 }, (_, i) => {
      const tenantId = i % 2 === 0 ? tenantA : tenantB;
      return withTenant(db, tenantId, async (trx) => {
        await trx
          .insertInto("usage_counters")
          .values({ tenant_id: tenantId, metric: `m${i}`, period_start: new Date("2026-01-01T00:00:00Z"), value: i })
          .execute();
        const rows = await trx.selectFrom("usage_counters").select(["tenant_id", "value"]).execute();
        return rows.every((row) => row.tenant_id === tenantId);
      });
    });
    expect(await Promise.all(runs)).toEqual(Array(16).fill(true));
    const all = await withPlatform(db, "test check", (trx) =>
      trx.selectFrom("usage_counters").select("value").execute(),
    );
    expect(all.map((row) => row.value).sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });

  it("lets the platform path see every tenant's rows", async () => {
    const users = await withPlatform(db, "test check", (trx) => trx.selectFrom("users").select("tenant_id").execute());
    expect(new Set(users.map((row) => row.tenant_id))).toEqual(new Set([tenantA, tenantB]));
    await expect(withPlatform(db, " ", async () => 1)).rejects.toThrow(/reason/);
  });

  it.runIf(kind === "pglite")(
    "fails fast instead of deadlocking when the database object is used inside withTenant",
    async () => {
      await expect(withTenant(db, tenantA, () => db.query("select 1"))).rejects.toThrow(/transaction handle/);
      await expect(withTenant(db, tenantA, () => db.kysely.selectFrom("users").selectAll().execute())).rejects.toThrow(
        /transaction handle/,
      );
      // The connection is free again afterwards.
      expect((await db.query<{ one: number }>("select 1 as one")).rows).toEqual([{ one: 1 }]);
    },
  );
});
