import { AsyncLocalStorage } from "node:async_hooks";
import type { PGlite, Results } from "@electric-sql/pglite";
import {
  AbortedTransactionError,
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";

/**
 * PGlite is one Postgres backend behind one connection: two interleaved transactions would share
 * a single session and see each other's writes. This lock hands the connection to one holder at a
 * time, in arrival order.
 */
export class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    await previous;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }
}

/**
 * Marks the async context of code running inside a connection-holding scope (withTenant,
 * withPlatform, migrate). A second acquire from that context would wait for itself forever on
 * PGlite, so it fails fast with a message that names the mistake instead.
 */
const connectionScope = new AsyncLocalStorage<{ lock: ConnectionLock; active: boolean }>();

/** Runs fn marked as the holder of lock's connection; see connectionScope. */
export async function whileHoldingConnection<T>(lock: ConnectionLock | undefined, fn: () => Promise<T>): Promise<T> {
  if (!lock) return fn();
  const scope = { lock, active: true };
  try {
    return await connectionScope.run(scope, fn);
  } finally {
    // Work left running after the scope ends (fire-and-forget) may legitimately queue for the lock.
    scope.active = false;
  }
}

class PGliteConnection implements DatabaseConnection {
  constructor(readonly pglite: PGlite) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await runOnPGlite<R>(this.pglite, compiledQuery.sql, compiledQuery.parameters);
    if (result.command === "ROLLBACK" || result.command === "COMMIT") {
      return { rows: [{ command: result.command } as R] };
    }
    const changes = ["INSERT", "UPDATE", "DELETE", "MERGE"].includes(result.command ?? "");
    return {
      rows: result.rows,
      ...(changes ? { numAffectedRows: BigInt(result.rowCount ?? result.affectedRows ?? 0) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite has no cursors; streaming is declared unsupported.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming queries are not supported on PGlite");
  }
}

/**
 * Parameterless SQL goes through the simple protocol so that multi-statement text (migrations)
 * works, as it does with `pg`; anything with parameters uses the extended protocol.
 */
export async function runOnPGlite<R>(
  pglite: PGlite,
  text: string,
  params: readonly unknown[],
): Promise<Results<R> & { rowCount?: number }> {
  if (params.length > 0) return pglite.query<R>(text, [...params]);
  const results = await pglite.exec(text);
  const last = results[results.length - 1];
  return (last ?? { rows: [], fields: [], affectedRows: 0 }) as Results<R>;
}

export class PGliteDriver implements Driver {
  readonly #connection: PGliteConnection;
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();

  constructor(
    readonly pglite: PGlite,
    readonly lock: ConnectionLock,
  ) {
    this.#connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    assertNotReentrant(this.lock);
    const release = await this.lock.acquire();
    if (this.pglite.closed) {
      release();
      throw new Error("The database is closed");
    }
    this.#releases.set(this.#connection, release);
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let text = "begin";
    if (settings.isolationLevel) text += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) text += ` ${settings.accessMode}`;
    await connection.executeQuery(CompiledQuery.raw(text));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const { rows } = await connection.executeQuery<{ command?: string }>(CompiledQuery.raw("commit"));
    if (rows[0]?.command === "ROLLBACK") throw new AbortedTransactionError();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdentifier(name)}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.#releases.get(connection)?.();
    this.#releases.delete(connection);
  }

  async destroy(): Promise<void> {
    // Wait for the current holder so a closing server does not cut a transaction in half.
    const release = await this.lock.acquire();
    try {
      if (!this.pglite.closed) await this.pglite.close();
    } finally {
      release();
    }
  }
}

export function assertNotReentrant(lock: ConnectionLock): void {
  const scope = connectionScope.getStore();
  if (scope?.lock === lock && scope.active) {
    throw new Error(
      "This code already holds the database connection (inside withTenant/withPlatform/migrate): " +
        "use the transaction handle passed to the callback instead of the database object",
    );
  }
}

export class PGliteDialect implements Dialect {
  constructor(readonly driver: PGliteDriver) {}

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return this.driver;
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's introspector accepts any schema.
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
