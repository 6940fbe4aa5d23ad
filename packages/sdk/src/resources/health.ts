import type { APIPromise } from "../core/api-promise.js";
import { endpoint, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  status: endpoint("getHealth", "get", "/v1/health"),
  ai: endpoint("getAiHealth", "get", "/v1/health/mlx"),
  tenant: endpoint("getTenantHealth", "get", "/v1/health/tenant/{tenant_id}"),
  openapi: endpoint("getOpenApiDocument", "get", "/v1/openapi.json"),
} as const;

/** Service health and the API document: `client.health`. */
export class HealthResource extends APIResource {
  static readonly operations = operations;

  status(options?: CallOptions): APIPromise<Result<"/v1/health", "get">> {
    return this.call(operations.status, {}, options);
  }

  /** The AI service: model, backend, measured tokens per second. */
  ai(options?: CallOptions): APIPromise<Result<"/v1/health/mlx", "get">> {
    return this.call(operations.ai, {}, options);
  }

  tenant(tenantId: string, options?: CallOptions): APIPromise<Result<"/v1/health/tenant/{tenant_id}", "get">> {
    return this.call(operations.tenant, { path: { tenant_id: tenantId } }, options);
  }

  /** The OpenAPI document the server is running. */
  openapi(options?: CallOptions): APIPromise<Result<"/v1/openapi.json", "get">> {
    return this.call(operations.openapi, {}, options);
  }
}
