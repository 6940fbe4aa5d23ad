import { randomBytes } from "node:crypto";
import pg from "pg";
import {
  type Database,
  type DatabaseOptions,
  migrate,
  openDatabase,
  withPlatform,
} from "../../src/platform/db/index.js";

export type EngineKind = "pglite" | "postgres";

/**
 * PGlite always; PostgreSQL as well when LEANVIBE_TEST_DATABASE_URL names a server (for example
 * postgres://postgres@127.0.0.1:5432/test). Use with describe.each.
 */
export function testDatabases(): EngineKind[] {
  return postgresAdminUrl() ? ["pglite", "postgres"] : ["pglite"];
}

function postgresAdminUrl(): string | undefined {
  return process.env.LEANVIBE_TEST_DATABASE_URL || undefined;
}

export interface TestDatabase {
  kind: EngineKind;
  db: Database;
  /** Options that open another Database on the same data (PostgreSQL only; in-memory PGlite is private). */
  options: DatabaseOptions;
  /** Closes the database and, on PostgreSQL, drops it. */
  destroy(): Promise<void>;
}

/**
 * A fresh, empty database: in-memory PGlite, or a uniquely named database created on the
 * PostgreSQL server from LEANVIBE_TEST_DATABASE_URL and dropped by destroy(). Migrated unless
 * told otherwise.
 */
export async function createTestDatabase(
  kind: EngineKind,
  {
    migrated = true,
    nonSuperuserOwner = false,
  }: {
    migrated?: boolean;
    /** PostgreSQL only: own the database by, and connect as, a new LOGIN role that is not a superuser, as in production. */
    nonSuperuserOwner?: boolean;
  } = {},
): Promise<TestDatabase> {
  if (kind === "pglite") {
    const options: DatabaseOptions = { kind: "pglite" };
    const db = await openDatabase(options);
    if (migrated) await migrate(db);
    return { kind, db, options, destroy: () => db.close() };
  }

  const adminUrl = postgresAdminUrl();
  if (!adminUrl) throw new Error("LEANVIBE_TEST_DATABASE_URL is not set");
  const name = `leanvibe_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const owner = nonSuperuserOwner ? `${name}_owner` : undefined;
  await withAdmin(adminUrl, async (admin) => {
    if (owner) await admin.query(`create role ${owner} login createrole nosuperuser nobypassrls`);
    await admin.query(`create database ${name}${owner ? ` owner ${owner}` : ""}`);
  });
  const dropAll = () =>
    withAdmin(adminUrl, async (admin) => {
      await admin.query(`drop database if exists ${name} with (force)`);
      if (owner) await admin.query(`drop role if exists ${owner}`);
    });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (owner) {
    url.username = owner;
    url.password = "";
  }
  const options: DatabaseOptions = { kind: "postgres", url: url.toString(), poolSize: 4 };
  let db: Database;
  try {
    db = await openDatabase(options);
  } catch (error) {
    await dropAll();
    throw error;
  }
  try {
    if (migrated) await migrate(db);
  } catch (error) {
    await db.close();
    await dropAll();
    throw error;
  }
  return {
    kind,
    db,
    options,
    async destroy() {
      await db.close();
      await dropAll();
    },
  };
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Inserts a tenant through the platform path and returns its id. */
export async function insertTenant(
  db: Database,
  values: { slug?: string; parentTenantId?: string; plan?: "developer" | "team" | "enterprise" } = {},
): Promise<string> {
  const slug = values.slug ?? `t-${randomBytes(5).toString("hex")}`;
  const row = await withPlatform(db, "test setup", (trx) =>
    trx
      .insertInto("tenants")
      .values({
        slug,
        organization_name: `${slug} Inc.`,
        display_name: slug,
        plan: values.plan ?? "team",
        parent_tenant_id: values.parentTenantId ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  return row.id;
}
