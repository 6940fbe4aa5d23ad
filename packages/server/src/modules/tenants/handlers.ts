import type { Principal } from "../../platform/context.js";
import { ApiError } from "../../platform/errors.js";
import type { Handlers } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";
import { TenantService } from "./service.js";

type TenantHandlers = Pick<
  Handlers,
  | "createTenant"
  | "listTenants"
  | "getCurrentTenant"
  | "updateCurrentTenant"
  | "getCurrentTenantUsage"
  | "checkQuota"
  | "getTenant"
  | "suspendTenant"
  | "reactivateTenant"
>;

/** The caller's tenant; platform administrators have none and must name one. */
export function requireTenant(principal: Principal): string {
  if (principal.kind === "user" || principal.kind === "api_key") return principal.tenantId;
  throw new ApiError("forbidden", "This operation acts on the caller's own tenant; platform administrators have none");
}

export function tenantHandlers(s: PlatformServices, tenants = new TenantService(s)): TenantHandlers {
  return {
    createTenant: async (req) => ({ status: 201, body: await tenants.create(req.body, req.principal) }),
    listTenants: async (req) => ({ status: 200, body: await tenants.list(req.principal, req.query) }),
    getCurrentTenant: async (req) => ({ status: 200, body: await tenants.current(requireTenant(req.principal)) }),
    updateCurrentTenant: async (req) => ({
      status: 200,
      body: await tenants.updateCurrent(requireTenant(req.principal), req.body),
    }),
    getCurrentTenantUsage: async (req) => ({
      status: 200,
      body: await tenants.usageReport(requireTenant(req.principal)),
    }),
    checkQuota: async (req) => ({
      status: 200,
      body: await tenants.quotaCheck(requireTenant(req.principal), req.path.quota_type, req.query.amount ?? 1),
    }),
    getTenant: async (req) => ({ status: 200, body: await tenants.get(req.principal, req.path.tenant_id) }),
    suspendTenant: async (req) => ({
      status: 200,
      body: await tenants.setSuspended(req.principal, req.path.tenant_id, true, req.body.reason),
    }),
    reactivateTenant: async (req) => ({
      status: 200,
      body: await tenants.setSuspended(req.principal, req.path.tenant_id, false),
    }),
  };
}
