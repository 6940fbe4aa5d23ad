import { sql } from "kysely";
import { type Tx, withPlatform, withTenant } from "../../platform/db/index.js";
import { forbidden } from "../../platform/errors.js";
import type { Handlers, OperationRequest, Schemas } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";

type AuditHandlers = Pick<Handlers, "listAuthAuditLog" | "listBillingAuditLog">;

export function auditHandlers(s: PlatformServices): AuditHandlers {
  async function list(
    req: OperationRequest<"listAuthAuditLog"> | OperationRequest<"listBillingAuditLog">,
    category: "auth" | "billing",
  ): Promise<Schemas["AuditEntryList"]> {
    const { principal, query } = req;
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const run = async (trx: Tx, tenantId: string | undefined) => {
      let q = trx.selectFrom("audit_log").where("category", "=", category);
      if (tenantId) q = q.where("tenant_id", "=", tenantId);
      if (query.event_type) {
        // The documentation spells actions both `subscription_updated` and `subscription.updated`.
        q = q.where(sql<boolean>`replace(action, '.', '_') = ${query.event_type.replace(/\./g, "_")}`);
      }
      if (query.start_date) q = q.where("created_at", ">=", new Date(`${query.start_date}T00:00:00Z`));
      if (query.end_date)
        q = q.where("created_at", "<", new Date(new Date(`${query.end_date}T00:00:00Z`).getTime() + 86_400_000));
      const { total } = await q.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow();
      const rows = await q
        .selectAll()
        .orderBy("created_at", "desc")
        .orderBy("seq", "desc")
        .limit(limit)
        .offset(offset)
        .execute();
      return {
        data: rows.map((r) => ({
          id: r.id,
          tenant_id: r.tenant_id,
          sequence: r.seq,
          actor_type: r.actor_type,
          actor_id: r.actor_id,
          action: r.action,
          category: r.category,
          target_type: r.target_type,
          target_id: r.target_id,
          result: r.result,
          ip: r.ip,
          user_agent: r.user_agent,
          request_id: r.request_id,
          details: r.details as Record<string, unknown>,
          created_at: r.created_at.toISOString(),
          hash: r.hash,
        })),
        pagination: { limit, offset, total, has_more: offset + rows.length < total },
      };
    };
    if (principal.kind === "platform_admin") {
      return withPlatform(s.db, `read ${category} audit log`, (trx) => run(trx, query.tenant_id));
    }
    if (principal.kind !== "user" && principal.kind !== "api_key") throw forbidden("Authentication required");
    if (query.tenant_id && query.tenant_id !== principal.tenantId) {
      throw forbidden("You may read your own tenant's audit log only", { tenant_id: principal.tenantId });
    }
    return withTenant(s.db, principal.tenantId, (trx) => run(trx, principal.tenantId));
  }
  return {
    listAuthAuditLog: async (req) => ({ status: 200, body: await list(req, "auth") }),
    listBillingAuditLog: async (req) => ({ status: 200, body: await list(req, "billing") }),
  };
}
