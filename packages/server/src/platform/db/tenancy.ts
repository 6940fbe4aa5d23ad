import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "./database.js";
import { whileHoldingConnection } from "./pglite-dialect.js";
import { APP_ROLE } from "./roles.js";
import type { DatabaseSchema } from "./schema.js";

export type Tx = Transaction<DatabaseSchema>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs fn in one transaction as the app role with app.tenant_id set, so row-level security
 * limits every statement to that tenant. Both settings are transaction-local (SET LOCAL
 * semantics): they end with COMMIT or ROLLBACK and never leak to the next user of a pooled
 * connection. They go to the server in a single statement. fn must use the transaction it is
 * given; the database object itself would run outside the tenant (and, on PGlite, wait forever).
 */
export async function withTenant<T>(db: Database, tenantId: string, fn: (trx: Tx) => Promise<T>): Promise<T> {
  if (!UUID.test(tenantId)) throw new TypeError(`withTenant needs a tenant uuid, got ${JSON.stringify(tenantId)}`);
  return transaction(db.kysely, db, async (trx) => {
    await sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${tenantId}, true)`.execute(
      trx,
    );
    return fn(trx);
  });
}

/**
 * The platform-administration path: fn runs as the owner role, which row-level security does not
 * restrict (a superuser bypasses it; a non-superuser owner matches the platform_path policy while
 * app.platform_reason is set). Use it only for work that is cross-tenant by nature (creating
 * tenants, platform admin endpoints, the outbox dispatcher, audit verification). The reason is
 * required and visible to the session as app.platform_reason; the caller writes the audit entry.
 */
export async function withPlatform<T>(db: Database, reason: string, fn: (trx: Tx) => Promise<T>): Promise<T> {
  if (reason.trim() === "") throw new TypeError("withPlatform needs a reason");
  return transaction(db.kysely, db, async (trx) => {
    await sql`select set_config('app.platform_reason', ${reason}, true), set_config('app.tenant_id', '', true)`.execute(
      trx,
    );
    return fn(trx);
  });
}

function transaction<T>(kysely: Kysely<DatabaseSchema>, db: Database, fn: (trx: Tx) => Promise<T>): Promise<T> {
  return kysely.transaction().execute((trx) => whileHoldingConnection(db.connectionLock, () => fn(trx)));
}
