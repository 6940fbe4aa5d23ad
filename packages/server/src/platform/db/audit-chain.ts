import { createHash, randomUUID } from "node:crypto";
import { type Selectable, sql } from "kysely";
import type { Database } from "./database.js";
import type { AuditActorType, AuditCategory, AuditLogTable, AuditResult } from "./schema.js";
import { type Tx, withPlatform } from "./tenancy.js";

/** prev_hash of the first entry of every chain. */
export const GENESIS_HASH = "0".repeat(64);

export interface AuditEntry {
  /** null for platform events; inside withTenant it must be the current tenant (RLS checks it). */
  tenantId: string | null;
  actorType: AuditActorType;
  actorId?: string | null;
  action: string;
  category: AuditCategory;
  targetType?: string | null;
  targetId?: string | null;
  result: AuditResult;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown>;
  /** Defaults to now; passed in by callers that run on a test clock. */
  at?: Date;
}

/** One row of the audit log, as read back. */
export type AuditRecord = Selectable<AuditLogTable>;

/**
 * Appends one entry to its tenant's chain: hash = sha256(prev_hash + canonical JSON of the row).
 * A transaction-scoped advisory lock per chain serialises writers, so two concurrent requests of
 * one tenant cannot both link to the same predecessor; it is released at commit or rollback.
 */
export async function appendAudit(trx: Tx, entry: AuditEntry): Promise<AuditRecord> {
  const chain = entry.tenantId ?? "platform";
  await sql`select pg_advisory_xact_lock(hashtextextended(${`leanvibe.audit:${chain}`}, 0))`.execute(trx);
  const head = await trx
    .selectFrom("audit_log")
    .select(["seq", "hash"])
    .where(sql<boolean>`tenant_id is not distinct from ${entry.tenantId}::uuid`)
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirst();

  const record: Omit<AuditRecord, "hash"> = {
    id: randomUUID(),
    tenant_id: entry.tenantId,
    seq: (head?.seq ?? 0) + 1,
    actor_type: entry.actorType,
    actor_id: entry.actorId ?? null,
    action: entry.action,
    category: entry.category,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    result: entry.result,
    ip: entry.ip ?? null,
    user_agent: entry.userAgent ?? null,
    request_id: entry.requestId ?? null,
    details: entry.details ?? {},
    prev_hash: head?.hash ?? GENESIS_HASH,
    created_at: entry.at ?? new Date(),
  };
  const full: AuditRecord = { ...record, hash: auditHash(record) };
  await trx
    .insertInto("audit_log")
    .values({ ...full, details: JSON.stringify(full.details) })
    .execute();
  return full;
}

/**
 * The hashed fields are named one by one: a column added later must not change the hash of
 * existing rows.
 */
export function auditHash(record: Omit<AuditRecord, "hash">): string {
  const hashed = {
    id: record.id,
    tenant_id: record.tenant_id,
    seq: record.seq,
    actor_type: record.actor_type,
    actor_id: record.actor_id,
    action: record.action,
    category: record.category,
    target_type: record.target_type,
    target_id: record.target_id,
    result: record.result,
    ip: record.ip,
    user_agent: record.user_agent,
    request_id: record.request_id,
    details: record.details,
    created_at: record.created_at.toISOString(),
  };
  return createHash("sha256")
    .update(record.prev_hash + canonicalJson(hashed))
    .digest("hex");
}

/** JSON with object keys sorted at every depth, so equal values always hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}

export type AuditBreak = {
  tenantId: string | null;
  seq: number;
  id: string;
  /** missing_rows: the seq before this row is gone; prev_hash/hash: the row or its link was altered. */
  reason: "missing_rows" | "prev_hash_mismatch" | "hash_mismatch";
};

export type AuditVerification = { ok: true; checked: number } | { ok: false; checked: number; broken: AuditBreak };

const PAGE = 1000;

/**
 * Walks one chain (tenantId given; null for platform events) or every chain, in seq order, and
 * returns the first row that does not fit. Removing the newest rows of a chain leaves a shorter
 * valid chain; detecting that needs the head hash kept elsewhere (exports, receipts).
 */
export async function verifyAuditChain(db: Database, tenantId?: string | null): Promise<AuditVerification> {
  return withPlatform(db, "audit chain verification", async (trx) => {
    const chains =
      tenantId === undefined
        ? (await trx.selectFrom("audit_log").select("tenant_id").distinct().execute()).map((row) => row.tenant_id)
        : [tenantId];
    let checked = 0;
    for (const chain of chains) {
      let expectedSeq = 1;
      let prevHash = GENESIS_HASH;
      for (;;) {
        const rows = (await trx
          .selectFrom("audit_log")
          .selectAll()
          .where(sql<boolean>`tenant_id is not distinct from ${chain}::uuid`)
          .where("seq", ">=", expectedSeq)
          .orderBy("seq")
          .limit(PAGE)
          .execute()) as AuditRecord[];
        for (const row of rows) {
          const at = { tenantId: chain, seq: row.seq, id: row.id };
          if (row.seq !== expectedSeq) return { ok: false, checked, broken: { ...at, reason: "missing_rows" } };
          if (row.prev_hash !== prevHash)
            return { ok: false, checked, broken: { ...at, reason: "prev_hash_mismatch" } };
          if (auditHash(row) !== row.hash) return { ok: false, checked, broken: { ...at, reason: "hash_mismatch" } };
          checked++;
          expectedSeq++;
          prevHash = row.hash;
        }
        if (rows.length < PAGE) break;
      }
    }
    return { ok: true, checked };
  });
}
