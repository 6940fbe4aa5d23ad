import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { audit } from "../../platform/audit.js";
import { hashToken, newOpaqueToken, REFRESH_TOKEN_PREFIX } from "../../platform/auth/tokens.js";
import { currentContext, type Principal } from "../../platform/context.js";
import { type TenantRole, type Tx, withPlatform, withTenant } from "../../platform/db/index.js";
import { ApiError } from "../../platform/errors.js";
import { recordEvent } from "../../platform/events.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import { PLAN_LIMITS, upgradeOptions } from "../../platform/plans.js";
import type { PlatformServices } from "../../platform/services.js";
import type { Revocation, RevocationList } from "./revocations.js";

export interface SessionUser {
  id: string;
  tenantId: string;
  email: string;
  role: TenantRole;
}

export interface TokenPair {
  success: true;
  access_token: string;
  refresh_token: string;
  token_type: "Bearer";
  expires_in: number;
  user: Schemas["UserSummary"];
}

const sessionEnded = () => new ApiError("unauthorized", "The refresh token is not valid; log in again");

/**
 * Sessions: one refresh-token family per login. Each refresh token works once and is replaced by the next of
 * its family; the access tokens carry the family id as `sid`, so ending a family ends its access tokens too.
 */
export class SessionService {
  constructor(
    private readonly s: PlatformServices,
    private readonly revocations: RevocationList,
  ) {}

  /**
   * Opens a session for a user inside a transaction of their tenant, refusing one beyond the plan's concurrent
   * sessions with the documented `quota_exceeded` body. Logins of one tenant queue on an advisory lock here, so
   * two at once cannot both take the last place.
   */
  async open(trx: Tx, user: SessionUser): Promise<TokenPair> {
    const now = this.s.clock.now();
    await sql`select pg_advisory_xact_lock(hashtextextended(${`sessions:${user.tenantId}`}, 0))`.execute(trx);
    const tenant = await trx
      .selectFrom("tenants")
      .select("plan")
      .where("id", "=", user.tenantId)
      .executeTakeFirstOrThrow();
    const limit = PLAN_LIMITS[tenant.plan].quotas.max_concurrent_sessions;
    const active = await activeSessions(trx, user.tenantId, now);
    if (active >= limit) {
      throw new ApiError(
        "quota_exceeded",
        `The ${tenant.plan} plan allows ${limit} concurrent sessions; log out of another session or upgrade`,
        { quota_type: "concurrent_sessions", current_usage: active, quota_limit: limit },
        { upgradeOptions: upgradeOptions(tenant.plan) },
      );
    }
    return this.issue(trx, user, randomUUID());
  }

  /** Writes the next refresh token of a family and signs an access token for it. */
  private async issue(trx: Tx, user: SessionUser, familyId: string): Promise<TokenPair> {
    const now = this.s.clock.now();
    const refresh = newOpaqueToken(REFRESH_TOKEN_PREFIX);
    const ctx = currentContext();
    await trx
      .insertInto("sessions")
      .values({
        tenant_id: user.tenantId,
        user_id: user.id,
        refresh_token_hash: hashToken(refresh),
        family_id: familyId,
        expires_at: new Date(now.getTime() + this.s.config.refreshTokenTtlSeconds * 1000),
        ip: ctx?.ip ?? null,
        user_agent: ctx?.userAgent?.slice(0, 500) ?? null,
      })
      .execute();
    const ttl = this.s.config.accessTokenTtlSeconds;
    const access = await this.s.keys.sign(
      { sub: user.id, tenant_id: user.tenantId, role: user.role, sid: familyId, jti: randomUUID(), email: user.email },
      ttl,
      now,
    );
    return {
      success: true,
      access_token: access,
      refresh_token: refresh,
      token_type: "Bearer",
      expires_in: ttl,
      user: { id: user.id, email: user.email, role: user.role, tenant_id: user.tenantId },
    };
  }

  /** Exchanges a refresh token for a new pair. A spent token ends its whole family, and is audited. */
  async refresh(token: string): Promise<TokenPair> {
    if (!token.startsWith(REFRESH_TOKEN_PREFIX)) throw sessionEnded();
    const hash = hashToken(token);
    const found = await withPlatform(this.s.db, "find refresh token", (trx) =>
      trx.selectFrom("sessions").select("tenant_id").where("refresh_token_hash", "=", hash).executeTakeFirst(),
    );
    if (!found) throw sessionEnded();
    const standing = await this.s.tenants.get(found.tenant_id);
    if (standing?.status === "suspended") {
      throw new ApiError("tenant_suspended", "This tenant is suspended; contact support to reactivate it");
    }
    const now = this.s.clock.now();
    const outcome = await withTenant(this.s.db, found.tenant_id, async (trx) => {
      const row = await trx
        .selectFrom("sessions")
        .selectAll()
        .where("refresh_token_hash", "=", hash)
        .forUpdate()
        .executeTakeFirst();
      if (!row || row.revoked_at || row.expires_at <= now) return { kind: "invalid" as const };
      if (row.used_at) {
        const revoked = await this.endFamilies(trx, row.tenant_id, [row.family_id]);
        await audit(trx, {
          tenantId: row.tenant_id,
          actorType: "user",
          actorId: row.user_id,
          action: "refresh_token.reused",
          category: "auth",
          targetType: "session",
          targetId: row.family_id,
          result: "denied",
          details: { first_used_at: row.used_at.toISOString(), family_revoked: true },
        });
        return { kind: "reused" as const, revoked };
      }
      const user = await trx
        .selectFrom("users")
        .select(["id", "tenant_id", "email", "role", "status"])
        .where("id", "=", row.user_id)
        .executeTakeFirst();
      if (user?.status !== "active") return { kind: "invalid" as const };
      await trx.updateTable("sessions").set({ used_at: now }).where("id", "=", row.id).execute();
      const pair = await this.issue(
        trx,
        { id: user.id, tenantId: user.tenant_id, email: user.email, role: user.role },
        row.family_id,
      );
      await audit(trx, {
        tenantId: row.tenant_id,
        actorType: "user",
        actorId: user.id,
        action: "session.refreshed",
        category: "auth",
        targetType: "session",
        targetId: row.family_id,
        result: "success",
      });
      return { kind: "ok" as const, pair };
    });
    if (outcome.kind === "ok") return outcome.pair;
    if (outcome.kind === "reused") {
      this.revocations.remember(outcome.revoked);
      throw new ApiError(
        "unauthorized",
        "This refresh token was already used: the session has been ended for safety; log in again",
      );
    }
    throw sessionEnded();
  }

  /** Ends the caller's session: its refresh family and, at once, its access tokens. */
  async logout(principal: Extract<Principal, { kind: "user" }>): Promise<void> {
    const revoked = await withTenant(this.s.db, principal.tenantId, async (trx) => {
      const entries = await this.endFamilies(trx, principal.tenantId, [principal.sessionId]);
      const token: Revocation = {
        tenantId: principal.tenantId,
        kind: "token",
        value: principal.tokenId,
        expiresAt: new Date(principal.tokenExpiresAt),
      };
      await this.revocations.record(trx, [token]);
      await audit(trx, {
        tenantId: principal.tenantId,
        action: "user.logout",
        category: "auth",
        targetType: "session",
        targetId: principal.sessionId,
        result: "success",
      });
      await recordEvent(trx, principal.tenantId, "user.logout", {
        user_id: principal.userId,
        email: principal.email,
        role: principal.role,
      });
      return [...entries, token];
    });
    this.revocations.remember(revoked);
    await this.s.events.wake();
  }

  /** Ends every session of a user (role changed, user removed); call `revocations.remember` after the commit. */
  async endUserSessions(trx: Tx, tenantId: string, userId: string): Promise<Revocation[]> {
    const families = await trx
      .selectFrom("sessions")
      .select("family_id")
      .distinct()
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .execute();
    return this.endFamilies(
      trx,
      tenantId,
      families.map((f) => f.family_id),
    );
  }

  private async endFamilies(trx: Tx, tenantId: string, familyIds: string[]): Promise<Revocation[]> {
    if (familyIds.length === 0) return [];
    const now = this.s.clock.now();
    await trx
      .updateTable("sessions")
      .set({ revoked_at: now })
      .where("family_id", "in", familyIds)
      .where("revoked_at", "is", null)
      .execute();
    // An access token lives at most accessTokenTtlSeconds: after that the revocation has nothing left to stop.
    const expiresAt = new Date(now.getTime() + this.s.config.accessTokenTtlSeconds * 1000);
    const entries = familyIds.map((value) => ({ tenantId, kind: "session" as const, value, expiresAt }));
    await this.revocations.record(trx, entries);
    return entries;
  }
}

/** Families with a live refresh token: the tenant's concurrent sessions. */
export async function activeSessions(trx: Tx, tenantId: string, now: Date): Promise<number> {
  const row = await trx
    .selectFrom("sessions")
    .select(sql<number>`count(distinct family_id)::int`.as("n"))
    .where("tenant_id", "=", tenantId)
    .where("revoked_at", "is", null)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirstOrThrow();
  return row.n;
}
