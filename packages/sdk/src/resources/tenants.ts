import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import { type Body, endpoint, type Item, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  create: endpoint("createTenant", "post", "/v1/tenants"),
  list: endpoint("listTenants", "get", "/v1/tenants"),
  get: endpoint("getTenant", "get", "/v1/tenants/{tenant_id}"),
  suspend: endpoint("suspendTenant", "post", "/v1/tenants/{tenant_id}/suspend"),
  reactivate: endpoint("reactivateTenant", "post", "/v1/tenants/{tenant_id}/reactivate"),
} as const;

const meOperations = {
  info: endpoint("getCurrentTenant", "get", "/v1/tenants/me/info"),
  update: endpoint("updateCurrentTenant", "put", "/v1/tenants/me/info"),
  usage: endpoint("getCurrentTenantUsage", "get", "/v1/tenants/me/usage"),
  quotaCheck: endpoint("checkQuota", "get", "/v1/tenants/me/quota-check/{quota_type}"),
} as const;

type QuotaPath = "/v1/tenants/me/quota-check/{quota_type}";

/** The caller's own tenant: `client.tenants.me`. */
export class CurrentTenantResource extends APIResource {
  static readonly operations = meOperations;

  info(options?: CallOptions): APIPromise<Result<"/v1/tenants/me/info", "get">> {
    return this.call(meOperations.info, {}, options);
  }

  update(
    body: Body<"/v1/tenants/me/info", "put">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/tenants/me/info", "put">> {
    return this.call(meOperations.update, { body }, options);
  }

  usage(options?: CallOptions): APIPromise<Result<"/v1/tenants/me/usage", "get">> {
    return this.call(meOperations.usage, {}, options);
  }

  /** Whether `amount` more of a quota is available: `quotaCheck("api_calls", { amount: 100 })`. */
  quotaCheck(
    quotaType: string,
    query: Query<QuotaPath, "get"> | Record<string, never> = {},
    options?: CallOptions,
  ): APIPromise<Result<QuotaPath, "get">> {
    return this.call(meOperations.quotaCheck, { path: { quota_type: quotaType }, query }, options);
  }
}

/** Tenants: `client.tenants` (platform administration) and `client.tenants.me` (your own). */
export class TenantsResource extends APIResource {
  static readonly operations = operations;
  readonly me = new CurrentTenantResource(this.client);

  create(body: Body<"/v1/tenants", "post">, options?: CallOptions): APIPromise<Result<"/v1/tenants", "post">> {
    return this.call(operations.create, { body }, options);
  }

  list(query: Query<"/v1/tenants", "get"> = {}, options?: CallOptions): PagePromise<Item<"/v1/tenants", "get">> {
    return this.page(operations.list, { query }, options);
  }

  get(tenantId: string, options?: CallOptions): APIPromise<Result<"/v1/tenants/{tenant_id}", "get">> {
    return this.call(operations.get, { path: { tenant_id: tenantId } }, options);
  }

  suspend(
    tenantId: string,
    body: Body<"/v1/tenants/{tenant_id}/suspend", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/tenants/{tenant_id}/suspend", "post">> {
    return this.call(operations.suspend, { path: { tenant_id: tenantId }, body }, options);
  }

  reactivate(
    tenantId: string,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/tenants/{tenant_id}/reactivate", "post">> {
    return this.call(operations.reactivate, { path: { tenant_id: tenantId } }, options);
  }
}
