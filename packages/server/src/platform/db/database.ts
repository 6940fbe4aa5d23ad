import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { type DataDirectoryLock, lockDataDirectory } from "./data-dir-lock.js";
import { assertNotReentrant, ConnectionLock, PGliteDialect, PGliteDriver, runOnPGlite } from "./pglite-dialect.js";
import type { DatabaseSchema } from "./schema.js";

export type DatabaseOptions =
  | {
      kind: "pglite";
      /** A directory on disk; undefined or "memory://" keeps the database in memory. */
      dataDir?: string;
    }
  | {
      kind: "postgres";
      url: string;
      /** Connections in the pool (default 10). */
      poolSize?: number;
      applicationName?: string;
      /** Errors of idle pooled connections (server restart, failover); the pool replaces them. */
      onConnectionError?: (error: Error) => void;
    };

export interface QueryRows<R> {
  rows: R[];
  rowCount: number;
}

export interface Database {
  readonly kind: "pglite" | "postgres";
  /** Where the data lives, safe to log: the data directory, "memory://" or the URL without password. */
  readonly location: string;
  readonly kysely: Kysely<DatabaseSchema>;
  /** One statement with $1-style parameters, or parameterless SQL (may hold several statements). */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryRows<R>>;
  /** Internal: the PGlite connection lock, used to catch nested use of the single connection. */
  readonly connectionLock: ConnectionLock | undefined;
  close(): Promise<void>;
}

// Same JavaScript types from both engines: int8 as number (counters and sequence numbers here stay
// far below 2^53), date as its "YYYY-MM-DD" text instead of a local-midnight Date.
const INT8 = 20;
const DATE = 1082;
const parseInt8 = (value: string) => Number(value);
const parseDate = (value: string) => value;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === "pglite" ? openPGlite(options.dataDir) : openPostgres(options);
}

async function openPGlite(dataDir: string | undefined): Promise<Database> {
  const inMemory = dataDir === undefined || dataDir === "memory://";
  const dirLock: DataDirectoryLock | undefined = inMemory ? undefined : lockDataDirectory(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(inMemory ? "memory://" : dirLock!.dataDir, {
      parsers: { [INT8]: parseInt8, [DATE]: parseDate },
    });
  } catch (error) {
    dirLock?.release();
    throw error;
  }
  const lock = new ConnectionLock();
  const kysely = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect(new PGliteDriver(pglite, lock)) });
  let closing: Promise<void> | undefined;

  return {
    kind: "pglite",
    location: inMemory ? "memory://" : dirLock!.dataDir,
    kysely,
    connectionLock: lock,
    async query<R>(text: string, params: readonly unknown[] = []) {
      assertNotReentrant(lock);
      const release = await lock.acquire();
      try {
        if (pglite.closed) throw new Error("The database is closed");
        const result = await runOnPGlite<R>(pglite, text, params);
        return { rows: result.rows, rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length };
      } finally {
        release();
      }
    },
    close() {
      closing ??= kysely.destroy().finally(() => dirLock?.release());
      return closing;
    },
  };
}

async function openPostgres(options: Extract<DatabaseOptions, { kind: "postgres" }>): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    application_name: options.applicationName ?? "leanvibe-server",
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") => {
        if (oid === INT8) return parseInt8;
        if (oid === DATE) return parseDate;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server emits here; without a listener the process would crash.
  pool.on("error", (error) => options.onConnectionError?.(error));
  // Fail at start-up, with the reason, rather than on the first request.
  const client = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(options.url)}: ${error.message}`, { cause: error });
  });
  client.release();

  const kysely = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    kind: "postgres",
    location: redactUrl(options.url),
    kysely,
    connectionLock: undefined,
    async query<R>(text: string, params: readonly unknown[] = []) {
      const result = await pool.query(text, [...params]);
      // A multi-statement text yields one result per statement; keep the last, like PGlite's path.
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { rows: last.rows as R[], rowCount: last.rowCount ?? last.rows.length };
    },
    close() {
      // Kysely's PostgreSQL driver ends the pool.
      closing ??= kysely.destroy();
      return closing;
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://(unparsable url)";
  }
}
