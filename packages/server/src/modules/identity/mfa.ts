import { randomInt } from "node:crypto";
import type { Selectable } from "kysely";
import { authenticator } from "otplib";
import QRCode from "qrcode";
import { audit } from "../../platform/audit.js";
import { constantTimeEqual, hashToken, newOpaqueToken } from "../../platform/auth/tokens.js";
import type { Principal } from "../../platform/context.js";
import {
  type MfaEnrolmentsTable,
  type MfaMethodName,
  type Tx,
  withPlatform,
  withTenant,
} from "../../platform/db/index.js";
import { ApiError, conflict, notFound } from "../../platform/errors.js";
import { recordEvent } from "../../platform/events.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";
import type { SessionService, SessionUser } from "./sessions.js";

type UserPrincipal = Extract<Principal, { kind: "user" }>;
type Enrolment = Selectable<MfaEnrolmentsTable>;

const STEP_SECONDS = 30;
const BACKUP_CODES = 8;
const CHALLENGE_TTL_MS = 5 * 60_000;
const CHALLENGE_ATTEMPTS = 5;
export const MFA_TOKEN_PREFIX = "lvm_";
const ISSUER = "LeanVibe";

const badCode = () => new ApiError("unauthorized", "The code is not valid");

/**
 * Multi-factor authentication. TOTP (RFC 6238, 30 s steps, one step of drift either side) with a secret sealed at
 * rest; a code is refused if its time step is not later than the last one accepted, so it cannot be replayed.
 * Eight backup codes, stored as keyed hashes, each usable once. SMS, e-mail and hardware keys are accepted by
 * the spec and answer 501 until they exist.
 */
export class MfaService {
  constructor(
    private readonly s: PlatformServices,
    private readonly sessions: SessionService,
  ) {}

  async setup(principal: UserPrincipal, method: MfaMethodName): Promise<Schemas["MfaSetupResponse"]> {
    requireTotp(method);
    const secret = authenticator.generateSecret(20);
    const otpauth = authenticator.keyuri(principal.email, ISSUER, secret);
    const qr = await QRCode.toDataURL(otpauth, { errorCorrectionLevel: "M", margin: 2 });
    const codes = Array.from({ length: BACKUP_CODES }, () => String(randomInt(0, 100_000_000)).padStart(8, "0"));
    await withTenant(this.s.db, principal.tenantId, async (trx) => {
      const existing = await this.enrolment(trx, principal.userId, method);
      if (existing?.status === "enabled") {
        throw conflict("Multi-factor authentication by TOTP is already enabled; disable it first", { method });
      }
      const values = {
        status: "pending" as const,
        secret_sealed: this.s.box.seal(secret),
        backup_code_hashes: codes.map((c) => this.backupHash(principal.userId, c)),
        last_used_step: null,
        last_used_at: null,
        enabled_at: null,
      };
      await trx
        .insertInto("mfa_enrolments")
        .values({ tenant_id: principal.tenantId, user_id: principal.userId, method, ...values })
        .onConflict((oc) => oc.columns(["tenant_id", "user_id", "method"]).doUpdateSet(values))
        .execute();
      await audit(trx, {
        tenantId: principal.tenantId,
        action: "mfa.setup_started",
        category: "auth",
        targetType: "user",
        targetId: principal.userId,
        result: "success",
        details: { method },
      });
    });
    return { method, secret, qr_code: qr, otpauth_url: otpauth, backup_codes: codes };
  }

  /** With an access token: confirms a pending enrolment with its first code, or checks a code of an enabled one. */
  async verifyWithSession(principal: UserPrincipal, code: string): Promise<Schemas["MfaVerifyResponse"]> {
    const result = await withTenant(this.s.db, principal.tenantId, async (trx) => {
      const enrolment = await this.enrolment(trx, principal.userId, "totp");
      if (!enrolment) {
        throw new ApiError("invalid_request", "There is no multi-factor enrolment: start one with /v1/auth/mfa/setup");
      }
      const pending = enrolment.status === "pending";
      // A pending enrolment is proven with the authenticator, not with a backup code printed beside it.
      const check = await this.checkCode(trx, enrolment, code, !pending);
      if (!check.ok) {
        await this.auditFailure(trx, principal.tenantId, principal.userId, pending ? "enrolment" : "verify");
        return { ok: false as const };
      }
      if (pending) {
        await trx
          .updateTable("mfa_enrolments")
          .set({ status: "enabled", enabled_at: this.s.clock.now() })
          .where("user_id", "=", principal.userId)
          .where("method", "=", "totp")
          .execute();
        await trx.updateTable("users").set({ mfa_enabled: true }).where("id", "=", principal.userId).execute();
        await audit(trx, {
          tenantId: principal.tenantId,
          action: "mfa.enabled",
          category: "auth",
          targetType: "user",
          targetId: principal.userId,
          result: "success",
          details: { method: "totp" },
        });
        await recordEvent(trx, principal.tenantId, "mfa.enabled", {
          user_id: principal.userId,
          email: principal.email,
          role: principal.role,
          method: "totp",
        });
      }
      return { ok: true as const, backupUsed: check.backupUsed, enabled: pending };
    });
    if (!result.ok) throw badCode();
    if (result.enabled) await this.s.events.wake();
    return { success: true, verified: true, method: "totp", backup_code_used: result.backupUsed };
  }

  /** Starts the second step of a login: a single-use token for `POST /v1/auth/mfa/verify`. */
  /**
   * The end of every successful first factor (password, OpenID, SAML): a multi-factor challenge when the user has
   * MFA, otherwise a new session. Runs in the caller's tenant transaction.
   */
  async completeSignIn(
    trx: Tx,
    user: SessionUser,
    now: Date,
    details: Record<string, unknown> = {},
  ): Promise<Schemas["LoginResponse"]> {
    if (await this.required(trx, user.id)) {
      const token = await this.challenge(trx, user.tenantId, user.id);
      await audit(trx, {
        tenantId: user.tenantId,
        actorType: "user",
        actorId: user.id,
        action: "user.login_mfa_challenged",
        category: "auth",
        targetType: "user",
        targetId: user.id,
        result: "success",
        details,
      });
      return { success: true, mfa_required: true, mfa_token: token, mfa_methods: ["totp"] };
    }
    const pair = await this.sessions.open(trx, user);
    await recordLogin(trx, user, now, details);
    return pair;
  }

  async challenge(trx: Tx, tenantId: string, userId: string): Promise<string> {
    const token = newOpaqueToken(MFA_TOKEN_PREFIX);
    await trx
      .insertInto("mfa_challenges")
      .values({
        token_hash: hashToken(token),
        tenant_id: tenantId,
        user_id: userId,
        expires_at: new Date(this.s.clock.nowMs() + CHALLENGE_TTL_MS),
      })
      .execute();
    return token;
  }

  /** Completes a login challenged for its second factor: a TOTP code or a backup code. */
  async completeLogin(mfaToken: string, code: string): Promise<Schemas["MfaVerifyResponse"]> {
    const invalid = () => new ApiError("unauthorized", "The multi-factor challenge is not valid or has expired");
    const hash = hashToken(mfaToken);
    const found = await withPlatform(this.s.db, "find mfa challenge", (trx) =>
      trx.selectFrom("mfa_challenges").select("tenant_id").where("token_hash", "=", hash).executeTakeFirst(),
    );
    if (!found) throw invalid();
    const standing = await this.s.tenants.get(found.tenant_id);
    if (standing?.status === "suspended") {
      throw new ApiError("tenant_suspended", "This tenant is suspended; contact support to reactivate it");
    }
    const now = this.s.clock.now();
    const outcome = await withTenant(this.s.db, found.tenant_id, async (trx) => {
      const ch = await trx
        .selectFrom("mfa_challenges")
        .selectAll()
        .where("token_hash", "=", hash)
        .forUpdate()
        .executeTakeFirst();
      if (!ch || ch.used_at || ch.expires_at <= now || ch.attempts >= CHALLENGE_ATTEMPTS)
        return { kind: "invalid" as const };
      const user = await trx
        .selectFrom("users")
        .select(["id", "tenant_id", "email", "role", "status"])
        .where("id", "=", ch.user_id)
        .executeTakeFirst();
      const enrolment = await this.enrolment(trx, ch.user_id, "totp");
      if (user?.status !== "active" || enrolment?.status !== "enabled") return { kind: "invalid" as const };
      const check = await this.checkCode(trx, enrolment, code, true);
      if (!check.ok) {
        await trx
          .updateTable("mfa_challenges")
          .set({ attempts: ch.attempts + 1 })
          .where("token_hash", "=", hash)
          .execute();
        await this.auditFailure(trx, ch.tenant_id, ch.user_id, "login");
        return { kind: "bad_code" as const };
      }
      await trx.updateTable("mfa_challenges").set({ used_at: now }).where("token_hash", "=", hash).execute();
      const sessionUser: SessionUser = { id: user.id, tenantId: user.tenant_id, email: user.email, role: user.role };
      const pair = await this.sessions.open(trx, sessionUser);
      await recordLogin(trx, sessionUser, now, { mfa: "totp", backup_code_used: check.backupUsed });
      return { kind: "ok" as const, pair, backupUsed: check.backupUsed };
    });
    if (outcome.kind === "invalid") throw invalid();
    if (outcome.kind === "bad_code") throw badCode();
    await this.s.events.wake();
    const { success: _, ...pair } = outcome.pair;
    return { success: true, verified: true, method: "totp", backup_code_used: outcome.backupUsed, ...pair };
  }

  async list(principal: UserPrincipal): Promise<Schemas["MfaMethodList"]> {
    const rows = await withTenant(this.s.db, principal.tenantId, (trx) =>
      trx.selectFrom("mfa_enrolments").selectAll().where("user_id", "=", principal.userId).execute(),
    );
    return { data: rows.map(toMethod) };
  }

  /** Removes a method; proving possession (a current code or a backup code) is required. */
  async disable(principal: UserPrincipal, method: MfaMethodName, code: string): Promise<Schemas["MfaMethod"]> {
    requireTotp(method);
    const result = await withTenant(this.s.db, principal.tenantId, async (trx) => {
      const enrolment = await this.enrolment(trx, principal.userId, method);
      if (!enrolment) throw notFound("Multi-factor method", method);
      const check = await this.checkCode(trx, enrolment, code, enrolment.status === "enabled");
      if (!check.ok) {
        await this.auditFailure(trx, principal.tenantId, principal.userId, "disable");
        return undefined;
      }
      await trx
        .deleteFrom("mfa_enrolments")
        .where("user_id", "=", principal.userId)
        .where("method", "=", method)
        .execute();
      await trx.updateTable("users").set({ mfa_enabled: false }).where("id", "=", principal.userId).execute();
      await audit(trx, {
        tenantId: principal.tenantId,
        action: "mfa.disabled",
        category: "auth",
        targetType: "user",
        targetId: principal.userId,
        result: "success",
        details: { method },
      });
      return { ...toMethod(enrolment), status: "disabled" as const, backup_codes_remaining: 0 };
    });
    if (!result) throw badCode();
    return result;
  }

  /** Whether a user must pass a second factor at login. */
  async required(trx: Tx, userId: string): Promise<boolean> {
    const e = await this.enrolment(trx, userId, "totp");
    return e?.status === "enabled";
  }

  private enrolment(trx: Tx, userId: string, method: MfaMethodName): Promise<Enrolment | undefined> {
    return trx
      .selectFrom("mfa_enrolments")
      .selectAll()
      .where("user_id", "=", userId)
      .where("method", "=", method)
      .forUpdate()
      .executeTakeFirst();
  }

  private backupHash(userId: string, code: string): string {
    return this.s.box.mac("mfa-backup-code", `${userId}:${code.replace(/-/g, "")}`);
  }

  /** Checks a TOTP code (recording its step) or, when allowed, a backup code (consuming it). */
  private async checkCode(
    trx: Tx,
    e: Enrolment,
    code: string,
    allowBackup: boolean,
  ): Promise<{ ok: boolean; backupUsed: boolean }> {
    const now = this.s.clock.nowMs();
    if (/^\d{6}$/.test(code)) {
      const secret = this.s.box.open(e.secret_sealed);
      const delta = authenticator.clone({ epoch: now, window: 1, step: STEP_SECONDS }).checkDelta(code, secret);
      if (delta === null) return { ok: false, backupUsed: false };
      const step = Math.floor(now / 1000 / STEP_SECONDS) + delta;
      if (e.last_used_step !== null && step <= Number(e.last_used_step)) return { ok: false, backupUsed: false };
      await trx
        .updateTable("mfa_enrolments")
        .set({ last_used_step: step, last_used_at: new Date(now) })
        .where("user_id", "=", e.user_id)
        .where("method", "=", e.method)
        .execute();
      return { ok: true, backupUsed: false };
    }
    if (!allowBackup) return { ok: false, backupUsed: false };
    const candidate = this.backupHash(e.user_id, code);
    // Compare against every stored hash, so the time taken does not tell which one (if any) matched.
    let match = -1;
    e.backup_code_hashes.forEach((h, i) => {
      if (constantTimeEqual(h, candidate) && match < 0) match = i;
    });
    if (match < 0) return { ok: false, backupUsed: false };
    await trx
      .updateTable("mfa_enrolments")
      .set({
        backup_code_hashes: e.backup_code_hashes.filter((_, i) => i !== match),
        last_used_at: new Date(now),
      })
      .where("user_id", "=", e.user_id)
      .where("method", "=", e.method)
      .execute();
    return { ok: true, backupUsed: true };
  }

  private auditFailure(trx: Tx, tenantId: string, userId: string, during: string) {
    return audit(trx, {
      tenantId,
      actorType: "user",
      actorId: userId,
      action: "mfa.verify_failed",
      category: "auth",
      targetType: "user",
      targetId: userId,
      result: "failure",
      details: { during },
    });
  }
}

function requireTotp(method: MfaMethodName): void {
  if (method !== "totp") {
    throw new ApiError("not_implemented", `Multi-factor authentication by ${method} is not available yet; use totp`, {
      method,
    });
  }
}

function toMethod(e: Enrolment): Schemas["MfaMethod"] {
  return {
    method: e.method,
    status: e.status,
    backup_codes_remaining: e.backup_code_hashes.length,
    created_at: e.created_at.toISOString(),
    last_used_at: e.last_used_at ? e.last_used_at.toISOString() : null,
  };
}

/** The audit entry, domain event and last-login time of a completed login. */
export async function recordLogin(
  trx: Tx,
  user: SessionUser,
  now: Date,
  details: Record<string, unknown> = {},
): Promise<void> {
  await trx.updateTable("users").set({ last_login_at: now }).where("id", "=", user.id).execute();
  await audit(trx, {
    tenantId: user.tenantId,
    actorType: "user",
    actorId: user.id,
    action: "user.login",
    category: "auth",
    targetType: "user",
    targetId: user.id,
    result: "success",
    details: { method: "password", ...details },
  });
  await recordEvent(trx, user.tenantId, "user.login", { user_id: user.id, email: user.email, role: user.role });
}
