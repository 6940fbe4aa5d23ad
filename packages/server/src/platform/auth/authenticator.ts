import type { Principal, TenantRoleName } from "../context.js";
import { type Database, withPlatform } from "../db/index.js";
import { ApiError } from "../errors.js";
import type { ServerOperation } from "../operations.js";
import type { KeyRing } from "./signing-keys.js";
import { API_KEY_PREFIX, apiKeyPrefix, constantTimeEqual, hashToken } from "./tokens.js";

export interface Authenticator {
  /** The caller of an operation, from its `Authorization` header; throws `401` when it must and cannot. */
  authenticate(authorization: string | undefined, operation: ServerOperation): Promise<Principal>;
}

/** Tells whether a session or one access token was ended (logout, refresh-token reuse, user removed). */
export interface RevocationCheck {
  isRevoked(claims: { jti: string; sid: string; sub: string; tenantId: string | null }): Promise<boolean>;
}

export interface AuthenticatorDeps {
  db: Database;
  keys: KeyRing;
  revocations: RevocationCheck;
  now?: () => Date;
}

const TENANT_ROLES = new Set<TenantRoleName>(["owner", "admin", "billing_admin", "developer", "viewer"]);

export function createAuthenticator(deps: AuthenticatorDeps): Authenticator {
  const now = deps.now ?? (() => new Date());
  return {
    async authenticate(authorization, operation) {
      const accepts = operation.schemes.some((s) => s === "bearerAuth" || s === "apiKeyAuth");
      if (operation.public || !accepts) return { kind: "anonymous" };
      const token = bearer(authorization);
      if (!token) {
        if (operation.optionalAuth) return { kind: "anonymous" };
        throw new ApiError("unauthorized", "Authentication required: send Authorization: Bearer <token or API key>");
      }
      return token.startsWith(API_KEY_PREFIX)
        ? verifyApiKey(deps, token, now())
        : verifyAccessToken(deps, token, now());
    },
  };
}

function bearer(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw new ApiError("unauthorized", "The Authorization header must be `Bearer <token>`");
  return m[1];
}

async function verifyAccessToken(deps: AuthenticatorDeps, token: string, now: Date): Promise<Principal> {
  let claims: Awaited<ReturnType<KeyRing["verify"]>>;
  try {
    claims = await deps.keys.verify(token, now);
  } catch (err) {
    const expired = (err as { code?: string }).code === "ERR_JWT_EXPIRED";
    throw new ApiError(
      expired ? "token_expired" : "unauthorized",
      expired ? "The access token has expired; refresh it or log in again" : "The access token is not valid",
    );
  }
  if (
    await deps.revocations.isRevoked({ jti: claims.jti, sid: claims.sid, sub: claims.sub, tenantId: claims.tenant_id })
  ) {
    throw new ApiError("unauthorized", "The session has ended; log in again");
  }
  const expiresAt = (claims.exp ?? 0) * 1000;
  if (claims.role === "platform_admin") {
    return {
      kind: "platform_admin",
      adminId: claims.sub,
      email: String(claims.email ?? ""),
      sessionId: claims.sid,
      tokenId: claims.jti,
      tokenExpiresAt: expiresAt,
    };
  }
  if (!claims.tenant_id || !TENANT_ROLES.has(claims.role as TenantRoleName)) {
    throw new ApiError("unauthorized", "The access token is not valid");
  }
  return {
    kind: "user",
    userId: claims.sub,
    tenantId: claims.tenant_id,
    role: claims.role as TenantRoleName,
    sessionId: claims.sid,
    tokenId: claims.jti,
    tokenExpiresAt: expiresAt,
    email: String(claims.email ?? ""),
  };
}

async function verifyApiKey(deps: AuthenticatorDeps, secret: string, now: Date): Promise<Principal> {
  const invalid = new ApiError("unauthorized", "The API key is not valid");
  const row = await withPlatform(deps.db, "authenticate api key", async (trx) => {
    const key = await trx
      .selectFrom("api_keys")
      .select(["id", "tenant_id", "secret_hash", "scopes", "role", "expires_at", "revoked_at", "last_used_at"])
      .where("prefix", "=", apiKeyPrefix(secret))
      .executeTakeFirst();
    // Keep last_used_at fresh without a write on every call.
    if (key && !key.revoked_at && (!key.last_used_at || now.getTime() - key.last_used_at.getTime() > 60_000)) {
      await trx.updateTable("api_keys").set({ last_used_at: now }).where("id", "=", key.id).execute();
    }
    return key;
  });
  if (!row || !constantTimeEqual(row.secret_hash, hashToken(secret))) throw invalid;
  if (row.revoked_at) throw new ApiError("unauthorized", "The API key has been revoked");
  if (row.expires_at && row.expires_at.getTime() <= now.getTime())
    throw new ApiError("unauthorized", "The API key has expired");
  return {
    kind: "api_key",
    keyId: row.id,
    tenantId: row.tenant_id,
    role: row.role as TenantRoleName,
    scopes: row.scopes,
  };
}
