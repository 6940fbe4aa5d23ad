import { type Selectable, sql } from "kysely";
import { audit } from "../../platform/audit.js";
import { hashToken, newOpaqueToken } from "../../platform/auth/tokens.js";
import type { Principal } from "../../platform/context.js";
import { type Tx, withPlatform, withTenant } from "../../platform/db/index.js";
import type { TenantsTable } from "../../platform/db/schema.js";
import { ApiError, conflict, notFound } from "../../platform/errors.js";
import { recordEvent } from "../../platform/events.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import { monthlyApiCallsKey, startOfMonth } from "../../platform/limits/gate.js";
import { PLAN_LIMITS } from "../../platform/plans.js";
import type { PlatformServices } from "../../platform/services.js";
import { INVITATION_TOKEN_PREFIX, INVITATION_TTL_MS } from "../identity/users.js";

type TenantRow = Selectable<TenantsTable>;
type TenantInfo = Schemas["TenantInfo"];
type Usage = Schemas["TenantCurrentUsage"];
type QuotaType = Schemas["QuotaType"];

const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** Tenants: their standing, configuration, quotas and usage measured from real rows and counters. */
export class TenantService {
  constructor(private readonly s: PlatformServices) {}

  /** Usage of one tenant, read inside a transaction that can see its rows: one round trip. */
  async usage(trx: Tx, tenantId: string): Promise<Usage> {
    const now = this.s.clock.now();
    const month = startOfMonth(now);
    const counter = (metric: string, period: Date, agg: "sum" | "max") =>
      sql<number>`(select coalesce(${sql.raw(agg)}(value), 0)::float8 from usage_counters
        where tenant_id = ${tenantId} and metric = ${metric} and period_start = ${period})`;
    const row = await sql<{
      users: number;
      projects: number;
      sessions: number;
      ai_today: number;
      storage: number;
      api_calls: number;
    }>`select
        (select count(*)::int from users where tenant_id = ${tenantId} and status <> 'disabled') as users,
        (select count(*)::int from projects where tenant_id = ${tenantId}) as projects,
        (select count(distinct family_id)::int from sessions
          where tenant_id = ${tenantId} and revoked_at is null and used_at is null and expires_at > ${now}) as sessions,
        ${counter("ai_requests", startOfDay(now), "sum")} as ai_today,
        ${counter("storage_mb", month, "max")} as storage,
        ${counter("api_calls", month, "sum")} as api_calls`.execute(trx);
    const r = row.rows[0]!;
    const liveApiCalls = await this.s.counters.get(monthlyApiCallsKey(tenantId, month));
    return {
      users_count: r.users,
      projects_count: r.projects,
      api_calls_this_month: Math.max(Number(r.api_calls), liveApiCalls),
      storage_used_mb: Number(r.storage),
      ai_requests_today: Number(r.ai_today),
      concurrent_sessions: r.sessions,
    };
  }

  toInfo(row: TenantRow, usage: Usage): TenantInfo {
    return {
      id: row.id,
      organization_name: row.organization_name,
      slug: row.slug,
      display_name: row.display_name,
      status: row.status,
      plan: row.plan,
      data_residency: row.data_residency,
      parent_tenant_id: row.parent_tenant_id,
      configuration: (row.configuration ?? {}) as TenantInfo["configuration"],
      quotas: PLAN_LIMITS[row.plan].quotas,
      current_usage: usage,
      suspended_reason: row.suspended_reason,
      created_at: row.created_at.toISOString(),
      updated_at: row.updated_at.toISOString(),
      trial_ends_at: row.trial_ends_at ? row.trial_ends_at.toISOString() : null,
    };
  }

  private async infoIn(trx: Tx, tenantId: string): Promise<TenantInfo | undefined> {
    const row = (await trx.selectFrom("tenants").selectAll().where("id", "=", tenantId).executeTakeFirst()) as
      | TenantRow
      | undefined;
    return row ? this.toInfo(row, await this.usage(trx, tenantId)) : undefined;
  }

  current(tenantId: string): Promise<TenantInfo> {
    return withTenant(this.s.db, tenantId, async (trx) => {
      const info = await this.infoIn(trx, tenantId);
      if (!info) throw notFound("Tenant", tenantId);
      return info;
    });
  }

  updateCurrent(tenantId: string, body: Schemas["UpdateTenantRequest"]): Promise<TenantInfo> {
    return withTenant(this.s.db, tenantId, async (trx) => {
      const row = await trx
        .selectFrom("tenants")
        .select(["configuration"])
        .where("id", "=", tenantId)
        .executeTakeFirst();
      if (!row) throw notFound("Tenant", tenantId);
      const current = (row.configuration ?? {}) as Schemas["TenantConfiguration"];
      const next: Schemas["TenantConfiguration"] = {
        ...current,
        ...(body.configuration?.branding ? { branding: { ...current.branding, ...body.configuration.branding } } : {}),
        ...(body.configuration?.features ? { features: { ...current.features, ...body.configuration.features } } : {}),
      };
      if (Object.keys(next.features ?? {}).length > 50) {
        throw new ApiError("invalid_request", "A tenant may have at most 50 feature flags", {
          field: "configuration.features",
        });
      }
      await trx
        .updateTable("tenants")
        .set({ ...(body.display_name ? { display_name: body.display_name } : {}), configuration: JSON.stringify(next) })
        .where("id", "=", tenantId)
        .execute();
      await audit(trx, {
        tenantId,
        action: "tenant.updated",
        category: "tenant",
        targetType: "tenant",
        targetId: tenantId,
        result: "success",
        details: { fields: Object.keys(body) },
      });
      return (await this.infoIn(trx, tenantId))!;
    });
  }

  async usageReport(tenantId: string): Promise<Schemas["TenantUsage"]> {
    const info = await this.current(tenantId);
    const now = this.s.clock.now();
    const month = startOfMonth(now);
    const q = info.quotas;
    const u = info.current_usage;
    return {
      tenant_id: tenantId,
      period: {
        start: month.toISOString(),
        end: new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1) - 1000).toISOString(),
      },
      quotas: q,
      current_usage: u,
      utilization: {
        users: ratio(u.users_count, q.max_users),
        projects: ratio(u.projects_count, q.max_projects),
        api_calls: ratio(u.api_calls_this_month, q.max_api_calls_per_month),
        storage: ratio(u.storage_used_mb, q.max_storage_mb),
        ai_requests: ratio(u.ai_requests_today, q.max_ai_requests_per_day),
        concurrent_sessions: ratio(u.concurrent_sessions, q.max_concurrent_sessions),
      },
    };
  }

  async quotaCheck(tenantId: string, type: QuotaType, amount: number): Promise<Schemas["QuotaCheck"]> {
    const info = await this.current(tenantId);
    const q = info.quotas;
    const u = info.current_usage;
    const [used, limit] = {
      users: [u.users_count, q.max_users],
      projects: [u.projects_count, q.max_projects],
      api_calls: [u.api_calls_this_month, q.max_api_calls_per_month],
      storage: [u.storage_used_mb, q.max_storage_mb],
      ai_requests: [u.ai_requests_today, q.max_ai_requests_per_day],
      concurrent_sessions: [u.concurrent_sessions, q.max_concurrent_sessions],
    }[type] as [number, number];
    const remaining = Math.max(0, limit - used);
    return {
      quota_type: type,
      available: used + amount <= limit,
      current_usage: used,
      quota_limit: limit,
      requested_amount: amount,
      remaining,
    };
  }

  // ── platform administration ──

  async create(body: Schemas["CreateTenantRequest"], principal: Principal): Promise<Schemas["CreatedTenant"]> {
    const token = newOpaqueToken(INVITATION_TOKEN_PREFIX);
    const email = body.admin_email.trim().toLowerCase();
    const info = await withPlatform(this.s.db, "create tenant", async (trx) => {
      const taken = await trx.selectFrom("tenants").select("id").where("slug", "=", body.slug).executeTakeFirst();
      if (taken) throw conflict(`The slug ${body.slug} is taken`, { field: "slug" });
      if (body.parent_tenant_id) {
        const parent = await trx
          .selectFrom("tenants")
          .select("id")
          .where("id", "=", body.parent_tenant_id)
          .executeTakeFirst();
        if (!parent) throw notFound("Parent tenant", body.parent_tenant_id);
      }
      const row = (await trx
        .insertInto("tenants")
        .values({
          slug: body.slug,
          organization_name: body.organization_name,
          display_name: body.organization_name,
          status: "active",
          plan: body.plan,
          data_residency: body.data_residency ?? "us",
          parent_tenant_id: body.parent_tenant_id ?? null,
          configuration: "{}",
        })
        .returningAll()
        .executeTakeFirstOrThrow()) as TenantRow;
      // The first owner is invited; they set a password when accepting the invitation.
      const owner = await trx
        .insertInto("users")
        .values({ tenant_id: row.id, email, role: "owner", status: "invited", password_hash: null })
        .returning("id")
        .executeTakeFirstOrThrow();
      const invitation = await trx
        .insertInto("invitations")
        .values({
          tenant_id: row.id,
          user_id: owner.id,
          email,
          role: "owner",
          token_hash: hashToken(token),
          invited_by: null,
          expires_at: new Date(this.s.clock.nowMs() + INVITATION_TTL_MS),
        })
        .returning(["id", "expires_at", "created_at"])
        .executeTakeFirstOrThrow();
      await audit(
        trx,
        {
          tenantId: row.id,
          action: "tenant.created",
          category: "tenant",
          targetType: "tenant",
          targetId: row.id,
          result: "success",
          details: { slug: row.slug, plan: row.plan },
        },
        principal,
      );
      return {
        ...this.toInfo(row, await this.usage(trx, row.id)),
        owner_invitation: {
          id: invitation.id,
          email,
          role: "owner" as const,
          token,
          expires_at: invitation.expires_at.toISOString(),
          created_at: invitation.created_at.toISOString(),
        },
      };
    });
    await this.s.events.wake();
    return info;
  }

  async list(
    principal: Principal,
    query: { status?: string; plan?: string; parent_tenant_id?: string; limit?: number; offset?: number },
  ): Promise<Schemas["TenantList"]> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const run = async (trx: Tx, parentFilter: string | undefined) => {
      let q = trx.selectFrom("tenants");
      if (query.status) q = q.where("status", "=", query.status as TenantRow["status"]);
      if (query.plan) q = q.where("plan", "=", query.plan as TenantRow["plan"]);
      const parent = parentFilter ?? query.parent_tenant_id;
      if (parent) q = q.where("parent_tenant_id", "=", parent);
      const { total } = await q.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow();
      const rows = (await q
        .selectAll()
        .orderBy("created_at", "asc")
        .orderBy("id")
        .limit(limit)
        .offset(offset)
        .execute()) as TenantRow[];
      const data: TenantInfo[] = [];
      for (const row of rows) data.push(this.toInfo(row, await this.usage(trx, row.id)));
      return { data, pagination: { limit, offset, total, has_more: offset + rows.length < total } };
    };
    if (principal.kind === "platform_admin")
      return withPlatform(this.s.db, "list tenants", (trx) => run(trx, undefined));
    if (principal.kind !== "user" && principal.kind !== "api_key")
      throw new ApiError("unauthorized", "Authentication required");
    // An organisation's admins see its child tenants (row-level security lets them read exactly those).
    if (query.parent_tenant_id && query.parent_tenant_id !== principal.tenantId) {
      return { data: [], pagination: { limit, offset, total: 0, has_more: false } };
    }
    return withTenant(this.s.db, principal.tenantId, (trx) => run(trx, principal.tenantId));
  }

  async get(principal: Principal, tenantId: string): Promise<TenantInfo> {
    const info =
      principal.kind === "platform_admin"
        ? await withPlatform(this.s.db, "read tenant", (trx) => this.infoIn(trx, tenantId))
        : principal.kind === "user" || principal.kind === "api_key"
          ? await withTenant(this.s.db, principal.tenantId, (trx) => this.infoIn(trx, tenantId))
          : undefined;
    if (!info) throw notFound("Tenant", tenantId);
    return info;
  }

  async setSuspended(principal: Principal, tenantId: string, suspend: boolean, reason?: string): Promise<TenantInfo> {
    const info = await withPlatform(this.s.db, suspend ? "suspend tenant" : "reactivate tenant", async (trx) => {
      const row = await trx.selectFrom("tenants").select(["status"]).where("id", "=", tenantId).executeTakeFirst();
      if (!row) throw notFound("Tenant", tenantId);
      if (suspend && row.status === "suspended") throw conflict("The tenant is already suspended");
      if (!suspend && row.status !== "suspended") throw conflict("The tenant is not suspended");
      await trx
        .updateTable("tenants")
        .set({ status: suspend ? "suspended" : "active", suspended_reason: suspend ? (reason ?? null) : null })
        .where("id", "=", tenantId)
        .execute();
      await audit(
        trx,
        {
          tenantId,
          action: suspend ? "tenant.suspended" : "tenant.reactivated",
          category: "tenant",
          targetType: "tenant",
          targetId: tenantId,
          result: "success",
          details: reason ? { reason } : {},
        },
        principal,
      );
      if (suspend)
        await recordEvent(trx, tenantId, "tenant.suspended", { tenant_id: tenantId, reason: reason ?? null });
      return this.infoIn(trx, tenantId);
    });
    this.s.tenants.forget(tenantId);
    await this.s.events.wake();
    return info!;
  }
}

function ratio(used: number, limit: number): number {
  return limit > 0 ? Math.round((used / limit) * 10_000) / 10_000 : 0;
}
