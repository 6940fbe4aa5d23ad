import { type Selectable, sql } from "kysely";
import { audit } from "../../platform/audit.js";
import { hashToken, newApiKeySecret } from "../../platform/auth/tokens.js";
import { type ApiKeysTable, type Tx, withTenant } from "../../platform/db/index.js";
import { invalid, notFound } from "../../platform/errors.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";
import type { TenantPrincipal } from "./users.js";

type KeyRow = Selectable<ApiKeysTable>;
/** Matches no creator: a developer key whose creator was removed sees no keys. */
const NO_USER = "00000000-0000-0000-0000-000000000000";

/**
 * API keys: shown once, stored hashed, acting with their creator's role and no more, limited further by scopes.
 * Owners and admins manage every key of the tenant; developers manage the keys they created.
 */
export class ApiKeyService {
  constructor(private readonly s: PlatformServices) {}

  async create(p: TenantPrincipal, body: Schemas["CreateApiKeyRequest"]): Promise<Schemas["ApiKeyWithSecret"]> {
    const now = this.s.clock.now();
    const expiresAt = body.expires_at ? new Date(body.expires_at) : null;
    if (expiresAt && expiresAt.getTime() <= now.getTime()) throw invalid("expires_at", "must be in the future");
    const scopes = [...new Set(body.scopes)];
    if (scopes.length === 0) throw invalid("scopes", "must name at least one scope");
    const { secret, prefix } = newApiKeySecret();
    const row = await withTenant(this.s.db, p.tenantId, async (trx) => {
      const row = await trx
        .insertInto("api_keys")
        .values({
          tenant_id: p.tenantId,
          name: body.name,
          prefix,
          secret_hash: hashToken(secret),
          scopes,
          role: p.role,
          expires_at: expiresAt,
          created_by: await creatorOf(trx, p),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, {
        tenantId: p.tenantId,
        action: "api_key.created",
        category: "auth",
        targetType: "api_key",
        targetId: row.id,
        result: "success",
        details: { name: body.name, scopes, role: p.role, prefix },
      });
      return row;
    });
    return { ...toApiKey(row), secret };
  }

  list(p: TenantPrincipal, q: { limit?: number; offset?: number }): Promise<Schemas["ApiKeyList"]> {
    const limit = q.limit ?? 20;
    const offset = q.offset ?? 0;
    return withTenant(this.s.db, p.tenantId, async (trx) => {
      let base = trx.selectFrom("api_keys").where("tenant_id", "=", p.tenantId);
      if (p.role === "developer") base = base.where("created_by", "=", (await creatorOf(trx, p)) ?? NO_USER);
      const total = await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll()
        .orderBy("created_at", "desc")
        .orderBy("id")
        .limit(limit)
        .offset(offset)
        .execute();
      return {
        data: rows.map(toApiKey),
        pagination: { limit, offset, total: total.n, has_more: offset + rows.length < total.n },
      };
    });
  }

  /** Revokes a key; the next request made with it is refused (keys are checked against the database each time). */
  revoke(p: TenantPrincipal, keyId: string): Promise<Schemas["ApiKey"]> {
    return withTenant(this.s.db, p.tenantId, async (trx) => {
      let q = trx.selectFrom("api_keys").selectAll().where("id", "=", keyId);
      if (p.role === "developer") q = q.where("created_by", "=", (await creatorOf(trx, p)) ?? NO_USER);
      const key = await q.forUpdate().executeTakeFirst();
      if (!key) throw notFound("API key", keyId);
      if (key.revoked_at) return toApiKey(key);
      const row = await trx
        .updateTable("api_keys")
        .set({ revoked_at: this.s.clock.now() })
        .where("id", "=", keyId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, {
        tenantId: p.tenantId,
        action: "api_key.revoked",
        category: "auth",
        targetType: "api_key",
        targetId: keyId,
        result: "success",
        details: { name: key.name, prefix: key.prefix },
      });
      return toApiKey(row);
    });
  }
}

/** The user behind a caller: itself, or for a key, the user who created that key. */
async function creatorOf(trx: Tx, p: TenantPrincipal): Promise<string | null> {
  if (p.kind === "user") return p.userId;
  const key = await trx.selectFrom("api_keys").select("created_by").where("id", "=", p.keyId).executeTakeFirst();
  return key?.created_by ?? null;
}

function toApiKey(r: KeyRow): Schemas["ApiKey"] {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes,
    created_at: r.created_at.toISOString(),
    expires_at: r.expires_at ? r.expires_at.toISOString() : null,
    last_used_at: r.last_used_at ? r.last_used_at.toISOString() : null,
    revoked_at: r.revoked_at ? r.revoked_at.toISOString() : null,
  };
}
