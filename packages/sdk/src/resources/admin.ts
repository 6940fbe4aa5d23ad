import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import { type Body, endpoint, type Item, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  revenue: endpoint("getRevenueAnalytics", "get", "/v1/admin/analytics/revenue"),
  usage: endpoint("getUsageAnalytics", "get", "/v1/admin/analytics/usage"),
  authAudit: endpoint("listAuthAuditLog", "get", "/v1/admin/audit/auth"),
  billingAudit: endpoint("listBillingAuditLog", "get", "/v1/admin/audit/billing"),
  advanceClock: endpoint("advanceClock", "post", "/v1/admin/clock/advance"),
} as const;

/** Platform analytics, audit logs and the test clock: `client.admin`. */
export class AdminResource extends APIResource {
  static readonly operations = operations;

  revenue(
    query: Query<"/v1/admin/analytics/revenue", "get"> | Record<string, never> = {},
    options?: CallOptions,
  ): APIPromise<Result<"/v1/admin/analytics/revenue", "get">> {
    return this.call(operations.revenue, { query }, options);
  }

  usage(
    query: Query<"/v1/admin/analytics/usage", "get"> | Record<string, never> = {},
    options?: CallOptions,
  ): APIPromise<Result<"/v1/admin/analytics/usage", "get">> {
    return this.call(operations.usage, { query }, options);
  }

  authAudit(
    query: Query<"/v1/admin/audit/auth", "get"> = {},
    options?: CallOptions,
  ): PagePromise<Item<"/v1/admin/audit/auth", "get">> {
    return this.page(operations.authAudit, { query }, options);
  }

  billingAudit(
    query: Query<"/v1/admin/audit/billing", "get"> = {},
    options?: CallOptions,
  ): PagePromise<Item<"/v1/admin/audit/billing", "get">> {
    return this.page(operations.billingAudit, { query }, options);
  }

  /** Moves the server's clock forward (test clock: closes billing periods, expires trials). */
  advanceClock(
    body: Body<"/v1/admin/clock/advance", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/admin/clock/advance", "post">> {
    return this.call(operations.advanceClock, { body }, options);
  }
}
