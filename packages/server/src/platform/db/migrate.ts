import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Database } from "./database.js";
import { migrations as bundledMigrations } from "./migrations/index.js";
import { whileHoldingConnection } from "./pglite-dialect.js";

export interface Migration {
  /** Positive, unique, applied in increasing order. */
  version: number;
  name: string;
  /** Plain SQL, possibly several statements, run in one transaction. */
  sql: string;
}

export interface MigrationReport {
  applied: number[];
  alreadyApplied: number;
}

/** Arbitrary constant key ("LVMI") for the session-level advisory lock that serialises migrators. */
const MIGRATION_LOCK_KEY = 0x4c564d49;

/**
 * Brings the schema up to date. Several server processes may start at once against one
 * PostgreSQL database: the advisory lock makes the others wait and then find nothing to do.
 * Each migration runs in its own transaction together with its schema_migrations row.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = bundledMigrations,
): Promise<MigrationReport> {
  const ordered = checkOrder(migrations);
  return db.kysely.connection().execute((conn) =>
    whileHoldingConnection(db.connectionLock, async () => {
      await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
      try {
        await sql`create table if not exists schema_migrations (
          version integer primary key,
          name text not null,
          checksum text not null,
          applied_at timestamptz not null default now()
        )`.execute(conn);
        const { rows } = await sql<{ version: number; name: string; checksum: string }>`
          select version, name, checksum from schema_migrations order by version`.execute(conn);
        const applied = new Map(rows.map((row) => [row.version, row]));
        checkAppliedMatch(applied, ordered);

        const report: MigrationReport = { applied: [], alreadyApplied: applied.size };
        for (const migration of ordered) {
          if (applied.has(migration.version)) continue;
          await conn.transaction().execute(async (trx) => {
            await sql.raw(migration.sql).execute(trx);
            await trx
              .insertInto("schema_migrations")
              .values({ version: migration.version, name: migration.name, checksum: checksumOf(migration) })
              .execute();
          });
          report.applied.push(migration.version);
        }
        return report;
      } finally {
        await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
      }
    }),
  );
}

function checkOrder(migrations: readonly Migration[]): Migration[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  for (let i = 0; i < ordered.length; i++) {
    const { version } = ordered[i]!;
    if (!Number.isInteger(version) || version <= 0)
      throw new Error(`Migration version ${version} is not a positive integer`);
    if (i > 0 && ordered[i - 1]!.version === version) throw new Error(`Two migrations have version ${version}`);
  }
  return ordered;
}

function checkAppliedMatch(
  applied: Map<number, { version: number; name: string; checksum: string }>,
  known: readonly Migration[],
): void {
  const byVersion = new Map(known.map((migration) => [migration.version, migration]));
  for (const row of applied.values()) {
    const migration = byVersion.get(row.version);
    if (!migration) {
      throw new Error(
        `The database has migration ${row.version} (${row.name}) that this server does not know: ` +
          "it was migrated by a newer version; upgrade this server instead of running it against that database",
      );
    }
    if (checksumOf(migration) !== row.checksum) {
      throw new Error(
        `Migration ${row.version} (${row.name}) was edited after it was applied; add a new migration instead`,
      );
    }
  }
}

function checksumOf(migration: Migration): string {
  return createHash("sha256").update(migration.sql).digest("hex");
}
