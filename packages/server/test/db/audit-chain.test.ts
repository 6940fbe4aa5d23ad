import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AuditEntry,
  type AuditRecord,
  appendAudit,
  auditHash,
  canonicalJson,
  type Database,
  GENESIS_HASH,
  verifyAuditChain,
  withPlatform,
  withTenant,
} from "../../src/platform/db/index.js";
import { createTestDatabase, insertTenant, type TestDatabase, testDatabases } from "../support/database.js";

const entry = (tenantId: string | null, action: string, details: Record<string, unknown> = {}): AuditEntry => ({
  tenantId,
  actorType: tenantId ? "user" : "platform_admin",
  actorId: "actor-1",
  action,
  category: "auth",
  result: "success",
  ip: "203.0.113.7",
  userAgent: "vitest",
  requestId: `req-${action}`,
  details,
});

describe("canonical JSON", () => {
  it("sorts object keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: null }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe.each(testDatabases())("audit hash chain on %s", { timeout: 60_000 }, (kind) => {
  let test: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    db = test.db;
  }, 60_000);
  afterAll(() => test?.destroy(), 60_000);

  async function appendMany(tenantId: string, count: number): Promise<void> {
    for (let i = 1; i <= count; i++) {
      await withTenant(db, tenantId, (trx) =>
        appendAudit(trx, entry(tenantId, `login.${i}`, { attempt: i, mfa: { used: i % 2 === 0 } })),
      );
    }
  }

  /** Tampering as someone with owner rights who switched the append-only trigger off. */
  async function tamper(statement: string, params: unknown[]): Promise<void> {
    await db.query("alter table audit_log disable trigger audit_log_no_update");
    try {
      await db.query(statement, params);
    } finally {
      await db.query("alter table audit_log enable trigger audit_log_no_update");
    }
  }

  it("links each tenant's entries from the genesis hash and verifies them", async () => {
    const tenantId = await insertTenant(db);
    const first = await withTenant(db, tenantId, (trx) => appendAudit(trx, entry(tenantId, "login")));
    const second = await withTenant(db, tenantId, (trx) => appendAudit(trx, entry(tenantId, "logout")));
    expect(first).toMatchObject({ seq: 1, prev_hash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, prev_hash: first.hash });
    expect(second.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain(db, tenantId)).toEqual({ ok: true, checked: 2 });
  });

  it("keeps platform events in their own chain that tenants cannot see", async () => {
    const tenantId = await insertTenant(db);
    await withPlatform(db, "tenant suspended by operator", (trx) => appendAudit(trx, entry(null, "tenant.suspend")));
    await withPlatform(db, "tenant resumed by operator", (trx) => appendAudit(trx, entry(null, "tenant.resume")));
    expect(await verifyAuditChain(db, null)).toEqual({ ok: true, checked: 2 });
    const seenByTenant = await withTenant(db, tenantId, (trx) => trx.selectFrom("audit_log").select("id").execute());
    expect(seenByTenant).toEqual([]);
    await expect(
      withTenant(db, tenantId, (trx) => appendAudit(trx, entry(null, "forged.platform.event"))),
    ).rejects.toThrow(/row-level security/);
  });

  it("serialises concurrent appends of one tenant into a single gap-free chain", async () => {
    const tenantId = await insertTenant(db);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        withTenant(db, tenantId, (trx) => appendAudit(trx, entry(tenantId, `c${i}`))),
      ),
    );
    const { rows } = await db.query<{ seq: number }>("select seq from audit_log where tenant_id = $1 order by seq", [
      tenantId,
    ]);
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await verifyAuditChain(db, tenantId)).toEqual({ ok: true, checked: 12 });
  });

  it("refuses updates and deletes, for the app role and for the owner", async () => {
    const tenantId = await insertTenant(db);
    await appendMany(tenantId, 1);
    await expect(
      withTenant(db, tenantId, (trx) => trx.updateTable("audit_log").set({ action: "nothing.happened" }).execute()),
    ).rejects.toThrow(/permission denied/);
    await expect(withTenant(db, tenantId, (trx) => trx.deleteFrom("audit_log").execute())).rejects.toThrow(
      /permission denied/,
    );
    await expect(db.query("update audit_log set action = 'x' where tenant_id = $1", [tenantId])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query("delete from audit_log where tenant_id = $1", [tenantId])).rejects.toThrow(/append-only/);
  });

  it("detects an edited row and reports it as the first break", async () => {
    const tenantId = await insertTenant(db);
    const other = await insertTenant(db);
    await appendMany(tenantId, 5);
    await appendMany(other, 2);
    await tamper(`update audit_log set details = '{"attempt": 99}' where tenant_id = $1 and seq = 3`, [tenantId]);

    const result = await verifyAuditChain(db, tenantId);
    expect(result).toMatchObject({ ok: false, checked: 2, broken: { tenantId, seq: 3, reason: "hash_mismatch" } });
    expect(await verifyAuditChain(db, other)).toEqual({ ok: true, checked: 2 });
    // Verifying every chain finds it too.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, broken: { tenantId, seq: 3 } });
  });

  it("detects an edited row whose hash was recomputed, at the next row", async () => {
    const tenantId = await insertTenant(db);
    await appendMany(tenantId, 3);
    const { rows } = await db.query<AuditRecord>("select * from audit_log where tenant_id = $1 and seq = 2", [
      tenantId,
    ]);
    const forged = { ...rows[0]!, details: { attempt: 2, mfa: { used: false } } };
    await tamper("update audit_log set details = $2, hash = $3 where id = $1", [
      forged.id,
      JSON.stringify(forged.details),
      auditHash(forged),
    ]);
    const result = await verifyAuditChain(db, tenantId);
    expect(result).toMatchObject({ ok: false, checked: 2, broken: { seq: 3, reason: "prev_hash_mismatch" } });
  });

  it("detects a deleted row", async () => {
    const tenantId = await insertTenant(db);
    await appendMany(tenantId, 4);
    await tamper("delete from audit_log where tenant_id = $1 and seq = 2", [tenantId]);
    const result = await verifyAuditChain(db, tenantId);
    expect(result).toMatchObject({ ok: false, checked: 1, broken: { tenantId, seq: 3, reason: "missing_rows" } });
  });

  it("detects a deleted row that was papered over by renumbering", async () => {
    const tenantId = await insertTenant(db);
    await appendMany(tenantId, 4);
    await tamper("delete from audit_log where tenant_id = $1 and seq = 2", [tenantId]);
    await tamper("update audit_log set seq = seq - 1 where tenant_id = $1 and seq > 2", [tenantId]);
    const result = await verifyAuditChain(db, tenantId);
    expect(result).toMatchObject({ ok: false, broken: { seq: 2, reason: "prev_hash_mismatch" } });
  });
});
