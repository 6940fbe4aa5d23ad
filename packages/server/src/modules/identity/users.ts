import { type Selectable, sql } from "kysely";
import { audit } from "../../platform/audit.js";
import { hashPassword } from "../../platform/auth/passwords.js";
import { hashToken, newOpaqueToken } from "../../platform/auth/tokens.js";
import type { Principal } from "../../platform/context.js";
import { type TenantRole, type Tx, type UsersTable, withPlatform, withTenant } from "../../platform/db/index.js";
import { ApiError, conflict, forbidden, notFound } from "../../platform/errors.js";
import { recordEvent } from "../../platform/events.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import { PLAN_LIMITS, upgradeOptions } from "../../platform/plans.js";
import type { PlatformServices } from "../../platform/services.js";
import { recordLogin } from "./mfa.js";
import type { RevocationList } from "./revocations.js";
import type { SessionService, SessionUser } from "./sessions.js";

export type TenantPrincipal = Extract<Principal, { kind: "user" | "api_key" }>;
type UserRow = Selectable<UsersTable>;

export const INVITATION_TTL_MS = 7 * 86_400_000;
export const INVITATION_TOKEN_PREFIX = "lvi_";

const invalidInvitation = () => new ApiError("not_found", "The invitation is not valid or has expired");

/**
 * The people of a tenant. Only an owner grants or takes away `owner`; the last owner can be neither demoted nor
 * removed. A role change or a removal ends the user's sessions at once (their tokens carry the old role).
 */
export class UserService {
  constructor(
    private readonly s: PlatformServices,
    private readonly sessions: SessionService,
    private readonly revocations: RevocationList,
  ) {}

  list(p: TenantPrincipal, q: { limit?: number; offset?: number; role?: TenantRole; status?: UserRow["status"] }) {
    const limit = q.limit ?? 20;
    const offset = q.offset ?? 0;
    return withTenant(this.s.db, p.tenantId, async (trx): Promise<Schemas["UserList"]> => {
      let base = trx.selectFrom("users").where("tenant_id", "=", p.tenantId);
      if (q.role) base = base.where("role", "=", q.role);
      if (q.status) base = base.where("status", "=", q.status);
      const total = await base.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow();
      const rows = await base.selectAll().orderBy("created_at").orderBy("id").limit(limit).offset(offset).execute();
      return {
        data: rows.map(toUser),
        pagination: { limit, offset, total: total.n, has_more: offset + rows.length < total.n },
      };
    });
  }

  async get(p: TenantPrincipal, userId: string): Promise<Schemas["User"]> {
    const row = await withTenant(this.s.db, p.tenantId, (trx) =>
      trx.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst(),
    );
    if (!row) throw notFound("User", userId);
    return toUser(row);
  }

  async invite(p: TenantPrincipal, body: Schemas["InviteUserRequest"]): Promise<Schemas["Invitation"]> {
    if (body.role === "owner" && p.role !== "owner") throw forbidden("Only an owner may invite an owner");
    const email = body.email.trim().toLowerCase();
    const token = newOpaqueToken(INVITATION_TOKEN_PREFIX);
    const now = this.s.clock.now();
    const invitation = await withTenant(this.s.db, p.tenantId, async (trx) => {
      await lockTenant(trx, "users", p.tenantId);
      const plan = await planOf(trx, p.tenantId);
      const limit = PLAN_LIMITS[plan].quotas.max_users;
      const { n } = await trx
        .selectFrom("users")
        .select(sql<number>`count(*)::int`.as("n"))
        .where("status", "!=", "disabled")
        .executeTakeFirstOrThrow();
      if (n >= limit) {
        throw new ApiError(
          "quota_exceeded",
          `The ${plan} plan allows ${limit} user${limit === 1 ? "" : "s"}`,
          { quota_type: "users", current_usage: n, quota_limit: limit },
          { upgradeOptions: upgradeOptions(plan) },
        );
      }
      const existing = await trx.selectFrom("users").select("status").where("email", "=", email).executeTakeFirst();
      if (existing) throw conflict(`${email} is already ${existing.status === "invited" ? "invited" : "a member"}`);
      const user = await trx
        .insertInto("users")
        .values({ tenant_id: p.tenantId, email, name: body.name ?? null, role: body.role, status: "invited" })
        .returning("id")
        .executeTakeFirstOrThrow();
      const row = await trx
        .insertInto("invitations")
        .values({
          tenant_id: p.tenantId,
          user_id: user.id,
          email,
          role: body.role,
          token_hash: hashToken(token),
          invited_by: p.kind === "user" ? p.userId : null,
          expires_at: new Date(now.getTime() + INVITATION_TTL_MS),
        })
        .returning(["id", "expires_at", "created_at"])
        .executeTakeFirstOrThrow();
      await audit(trx, {
        tenantId: p.tenantId,
        action: "user.invited",
        category: "auth",
        targetType: "user",
        targetId: user.id,
        result: "success",
        details: { email, role: body.role },
      });
      return row;
    });
    return {
      id: invitation.id,
      email,
      role: body.role,
      token,
      expires_at: invitation.expires_at.toISOString(),
      created_at: invitation.created_at.toISOString(),
    };
  }

  /** Sets the invited user's password and logs them in. */
  async accept(body: Schemas["AcceptInvitationRequest"]): Promise<Schemas["LoginResponse"]> {
    if (!body.token.startsWith(INVITATION_TOKEN_PREFIX)) throw invalidInvitation();
    const hash = hashToken(body.token);
    const found = await withPlatform(this.s.db, "find invitation", (trx) =>
      trx.selectFrom("invitations").select("tenant_id").where("token_hash", "=", hash).executeTakeFirst(),
    );
    if (!found) throw invalidInvitation();
    const passwordHash = await hashPassword(body.password);
    const now = this.s.clock.now();
    const user = await withTenant(this.s.db, found.tenant_id, async (trx): Promise<SessionUser> => {
      const inv = await trx
        .selectFrom("invitations")
        .selectAll()
        .where("token_hash", "=", hash)
        .forUpdate()
        .executeTakeFirst();
      if (!inv || inv.expires_at <= now) throw invalidInvitation();
      if (inv.accepted_at) throw conflict("This invitation has already been accepted; log in instead");
      const updated = await trx
        .updateTable("users")
        .set({
          password_hash: passwordHash,
          status: "active",
          ...(body.name ? { name: body.name } : {}),
        })
        .where("id", "=", inv.user_id)
        .where("status", "=", "invited")
        .returning(["id", "email", "role"])
        .executeTakeFirst();
      if (!updated) throw invalidInvitation();
      await trx.updateTable("invitations").set({ accepted_at: now }).where("id", "=", inv.id).execute();
      await audit(trx, {
        tenantId: found.tenant_id,
        actorType: "user",
        actorId: updated.id,
        action: "user.invitation_accepted",
        category: "auth",
        targetType: "user",
        targetId: updated.id,
        result: "success",
        details: { invitation_id: inv.id, role: updated.role },
      });
      await recordEvent(trx, found.tenant_id, "user.created", {
        user_id: updated.id,
        email: updated.email,
        role: updated.role,
      });
      return { id: updated.id, tenantId: found.tenant_id, email: updated.email, role: updated.role };
    });
    // The membership stands even if the plan has no free session right now: they can log in later.
    const pair = await withTenant(this.s.db, user.tenantId, async (trx) => {
      const p = await this.sessions.open(trx, user);
      await recordLogin(trx, user, now, { via: "invitation" });
      return p;
    });
    await this.s.events.wake();
    return pair;
  }

  async changeRole(p: TenantPrincipal, userId: string, role: TenantRole): Promise<Schemas["User"]> {
    const { row, revoked } = await withTenant(this.s.db, p.tenantId, async (trx) => {
      await lockTenant(trx, "owners", p.tenantId);
      const target = await trx.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
      if (!target) throw notFound("User", userId);
      if (target.role === role) return { row: target, revoked: [] };
      if ((target.role === "owner" || role === "owner") && p.role !== "owner") {
        throw forbidden("Only an owner may grant or take away the owner role", { required_roles: ["owner"] });
      }
      if (target.role === "owner") await assertAnotherOwner(trx, userId);
      const row = await trx
        .updateTable("users")
        .set({ role })
        .where("id", "=", userId)
        .returningAll()
        .executeTakeFirstOrThrow();
      const revoked = await this.sessions.endUserSessions(trx, p.tenantId, userId);
      await audit(trx, {
        tenantId: p.tenantId,
        action: "user.role_changed",
        category: "auth",
        targetType: "user",
        targetId: userId,
        result: "success",
        details: { from: target.role, to: role, sessions_ended: revoked.length },
      });
      return { row, revoked };
    });
    this.revocations.remember(revoked);
    return toUser(row);
  }

  async remove(p: TenantPrincipal, userId: string): Promise<void> {
    const revoked = await withTenant(this.s.db, p.tenantId, async (trx) => {
      await lockTenant(trx, "owners", p.tenantId);
      const target = await trx.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
      if (!target) throw notFound("User", userId);
      if (target.role === "owner") {
        if (p.role !== "owner") throw forbidden("Only an owner may remove an owner", { required_roles: ["owner"] });
        await assertAnotherOwner(trx, userId);
      }
      const revoked = await this.sessions.endUserSessions(trx, p.tenantId, userId);
      await trx.deleteFrom("users").where("id", "=", userId).execute();
      await audit(trx, {
        tenantId: p.tenantId,
        action: "user.removed",
        category: "auth",
        targetType: "user",
        targetId: userId,
        result: "success",
        details: { email: target.email, role: target.role, sessions_ended: revoked.length },
      });
      return revoked;
    });
    this.revocations.remember(revoked);
  }
}

async function assertAnotherOwner(trx: Tx, userId: string): Promise<void> {
  const { n } = await trx
    .selectFrom("users")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("role", "=", "owner")
    .where("status", "=", "active")
    .where("id", "!=", userId)
    .executeTakeFirstOrThrow();
  if (n === 0) throw conflict("The last owner of a tenant can be neither demoted nor removed", { rule: "last_owner" });
}

/** Serialises changes of one kind within a tenant (the last owner, the user count) across transactions. */
async function lockTenant(trx: Tx, what: string, tenantId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`${what}:${tenantId}`}, 0))`.execute(trx);
}

async function planOf(trx: Tx, tenantId: string) {
  const t = await trx.selectFrom("tenants").select("plan").where("id", "=", tenantId).executeTakeFirstOrThrow();
  return t.plan;
}

function toUser(r: UserRow): Schemas["User"] {
  return {
    id: r.id,
    tenant_id: r.tenant_id,
    email: r.email,
    name: r.name,
    role: r.role,
    status: r.status,
    mfa_enabled: r.mfa_enabled,
    last_login_at: r.last_login_at ? r.last_login_at.toISOString() : null,
    created_at: r.created_at.toISOString(),
  };
}
