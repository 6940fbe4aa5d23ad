import { randomBytes, randomUUID } from "node:crypto";
import { audit } from "../../platform/audit.js";
import { hashPassword, verifyPassword } from "../../platform/auth/passwords.js";
import { type TenantRole, withPlatform, withTenant } from "../../platform/db/index.js";
import { ApiError, conflict } from "../../platform/errors.js";
import { recordEvent } from "../../platform/events.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";
import { TenantService } from "../tenants/service.js";
import { type MfaService, recordLogin } from "./mfa.js";
import type { SessionService, SessionUser } from "./sessions.js";
import type { Lock, LoginThrottle } from "./throttle.js";

const TRIAL_DAYS = 14;
/** An e-mail found in more organisations than this must name one with X-Tenant-Slug. */
const MAX_ACCOUNTS_PER_EMAIL = 5;

interface Candidate {
  kind: "user" | "platform_admin";
  id: string;
  tenantId: string | null;
  email: string;
  role: TenantRole | "platform_admin";
  passwordHash: string;
  tenantStatus?: string;
}

const wrongCredentials = () => new ApiError("unauthorized", "Invalid email or password");

/**
 * Password login and self-serve sign-up.
 *
 * Who logs in: with `X-Tenant-Slug`, the user of that e-mail in that tenant. Without it, a platform administrator
 * of that e-mail if there is one; otherwise the tenant user of that e-mail (when the same e-mail belongs to
 * several tenants, the one whose password matches; if several match, the caller must name the tenant).
 * Every path costs one argon2 verification at least, against a dummy hash when nobody matches, and every
 * failure answers the same 401, so neither the answer nor its timing tells whether the e-mail exists.
 */
export class LoginService {
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly s: PlatformServices,
    private readonly sessions: SessionService,
    private readonly mfa: MfaService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(
    body: Schemas["LoginRequest"],
    tenantSlug: string | undefined,
    ip: string | undefined,
  ): Promise<Schemas["LoginResponse"]> {
    const email = body.email.trim().toLowerCase();
    const now = this.s.clock.now();
    const lock = await this.throttle.lockFor(email, ip, now);
    if (lock) {
      await this.auditFailure(null, null, email, "locked");
      throw locked(lock, now);
    }
    const candidates = await this.candidates(email, tenantSlug);
    const matches: Candidate[] = [];
    if (candidates.length === 0) {
      await verifyPassword(await this.dummy(), body.password);
    } else {
      for (const c of candidates) if (await verifyPassword(c.passwordHash, body.password)) matches.push(c);
    }
    if (matches.length === 0) {
      const newLock = await this.throttle.fail(email, ip, now);
      const known = candidates.length === 1 ? candidates[0]! : undefined;
      await this.auditFailure(known?.tenantId ?? null, known?.id ?? null, email, "wrong_credentials");
      if (newLock) await this.auditFailure(known?.tenantId ?? null, known?.id ?? null, email, "locked_now");
      throw wrongCredentials();
    }
    if (matches.length > 1) {
      throw new ApiError(
        "invalid_request",
        "This e-mail belongs to several organisations: name one with the X-Tenant-Slug header",
        { field: "X-Tenant-Slug" },
      );
    }
    const who = matches[0]!;
    await this.throttle.succeed(email);
    if (who.kind === "platform_admin") return this.adminLogin(who, now);
    if (who.tenantStatus === "suspended") {
      throw new ApiError("tenant_suspended", "This tenant is suspended; contact support to reactivate it");
    }
    if (who.tenantStatus === "cancelled") throw new ApiError("unauthorized", "This organisation's account is closed");
    const user: SessionUser = { id: who.id, tenantId: who.tenantId!, email: who.email, role: who.role as TenantRole };
    const result: Schemas["LoginResponse"] = await withTenant(this.s.db, user.tenantId, async (trx) => {
      return this.mfa.completeSignIn(trx, user, now);
    });
    if (!result.mfa_required) await this.s.events.wake();
    return result;
  }

  /** Platform administrators get an access token only: they log in again (no refresh) once it expires. */
  private async adminLogin(who: Candidate, now: Date): Promise<Schemas["LoginResponse"]> {
    const ttl = this.s.config.accessTokenTtlSeconds;
    const access = await this.s.keys.sign(
      { sub: who.id, tenant_id: null, role: "platform_admin", sid: randomUUID(), jti: randomUUID(), email: who.email },
      ttl,
      now,
    );
    await withPlatform(this.s.db, "platform admin login", async (trx) => {
      await trx.updateTable("platform_admins").set({ last_login_at: now }).where("id", "=", who.id).execute();
      await audit(trx, {
        tenantId: null,
        actorType: "platform_admin",
        actorId: who.id,
        action: "user.login",
        category: "auth",
        targetType: "platform_admin",
        targetId: who.id,
        result: "success",
        details: { method: "password" },
      });
    });
    return {
      success: true,
      access_token: access,
      token_type: "Bearer",
      expires_in: ttl,
      user: { id: who.id, email: who.email, role: "platform_admin", tenant_id: null },
    };
  }

  private async candidates(email: string, tenantSlug: string | undefined): Promise<Candidate[]> {
    return withPlatform(this.s.db, "find login candidates", async (trx) => {
      if (!tenantSlug) {
        const admin = await trx
          .selectFrom("platform_admins")
          .select(["id", "email", "password_hash"])
          .where("email", "=", email)
          .where("status", "=", "active")
          .executeTakeFirst();
        if (admin?.password_hash) {
          return [
            {
              kind: "platform_admin" as const,
              id: admin.id,
              tenantId: null,
              email: admin.email,
              role: "platform_admin" as const,
              passwordHash: admin.password_hash,
            },
          ];
        }
      }
      let q = trx
        .selectFrom("users")
        .innerJoin("tenants", "tenants.id", "users.tenant_id")
        .select([
          "users.id",
          "users.tenant_id",
          "users.email",
          "users.role",
          "users.password_hash",
          "tenants.status as tenant_status",
        ])
        .where("users.email", "=", email)
        .where("users.status", "=", "active")
        .where("users.password_hash", "is not", null)
        .orderBy("users.created_at")
        .limit(MAX_ACCOUNTS_PER_EMAIL);
      if (tenantSlug) q = q.where("tenants.slug", "=", tenantSlug);
      const rows = await q.execute();
      return rows.map((r) => ({
        kind: "user" as const,
        id: r.id,
        tenantId: r.tenant_id,
        email: r.email,
        role: r.role,
        passwordHash: r.password_hash!,
        tenantStatus: r.tenant_status,
      }));
    });
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(24).toString("base64url"));
    return this.dummyHash;
  }

  private async auditFailure(tenantId: string | null, userId: string | null, email: string, reason: string) {
    const write = (trx: Parameters<Parameters<typeof withPlatform>[2]>[0]) =>
      audit(trx, {
        tenantId,
        actorType: "system",
        action: "user.login_failed",
        category: "auth",
        targetType: userId ? "user" : null,
        targetId: userId,
        result: reason.startsWith("locked") ? "denied" : "failure",
        details: { email, reason },
      });
    await (tenantId ? withTenant(this.s.db, tenantId, write) : withPlatform(this.s.db, "audit failed login", write));
  }

  /** Creates a tenant on a trial and its owner, and logs the owner in. */
  async register(body: Schemas["RegisterRequest"]): Promise<Schemas["RegisterResponse"]> {
    const email = body.email.trim().toLowerCase();
    const passwordHash = await hashPassword(body.password);
    const now = this.s.clock.now();
    const plan = body.plan ?? "team";
    const created = await withPlatform(this.s.db, "self-serve sign-up", async (trx) => {
      const taken = await trx.selectFrom("tenants").select("id").where("slug", "=", body.slug).executeTakeFirst();
      if (taken) throw conflict(`The slug ${body.slug} is taken`, { field: "slug" });
      const tenant = await trx
        .insertInto("tenants")
        .values({
          slug: body.slug,
          organization_name: body.organization_name,
          display_name: body.organization_name,
          status: "trial",
          plan,
          data_residency: body.data_residency ?? "us",
          configuration: "{}",
          trial_ends_at: new Date(now.getTime() + TRIAL_DAYS * 86_400_000),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const user = await trx
        .insertInto("users")
        .values({
          tenant_id: tenant.id,
          email,
          name: body.name ?? null,
          password_hash: passwordHash,
          role: "owner",
          status: "active",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await audit(trx, {
        tenantId: tenant.id,
        actorType: "user",
        actorId: user.id,
        action: "tenant.registered",
        category: "auth",
        targetType: "tenant",
        targetId: tenant.id,
        result: "success",
        details: { slug: body.slug, plan, trial_days: TRIAL_DAYS },
      });
      await recordEvent(trx, tenant.id, "user.created", { user_id: user.id, email, role: "owner" });
      return { tenantId: tenant.id, userId: user.id };
    });
    const owner: SessionUser = { id: created.userId, tenantId: created.tenantId, email, role: "owner" };
    const pair = await withTenant(this.s.db, created.tenantId, async (trx) => {
      const p = await this.sessions.open(trx, owner);
      await recordLogin(trx, owner, now, { via: "registration" });
      return p;
    });
    await this.s.events.wake();
    const tenant = await new TenantService(this.s).current(created.tenantId);
    return {
      tenant,
      user: pair.user,
      access_token: pair.access_token,
      refresh_token: pair.refresh_token,
      expires_in: pair.expires_in,
    };
  }
}

function locked(lock: Lock, now: Date): ApiError {
  const retryAfter = Math.max(1, Math.ceil((lock.until.getTime() - now.getTime()) / 1000));
  return new ApiError(
    "account_locked",
    `Too many failed logins ${lock.key === "account" ? "for this account" : "from this address"}; retry in ${retryAfter} s`,
    { locked_until: lock.until.toISOString(), retry_after_seconds: retryAfter, scope: lock.key },
    { headers: { "Retry-After": String(retryAfter) } },
  );
}
