import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import { type Body, endpoint, type Item, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  create: endpoint("createApiKey", "post", "/v1/api-keys"),
  list: endpoint("listApiKeys", "get", "/v1/api-keys"),
  revoke: endpoint("revokeApiKey", "delete", "/v1/api-keys/{key_id}"),
} as const;

/** Long-lived keys for machines: `client.apiKeys`. The secret is in the create response only. */
export class ApiKeysResource extends APIResource {
  static readonly operations = operations;

  create(body: Body<"/v1/api-keys", "post">, options?: CallOptions): APIPromise<Result<"/v1/api-keys", "post">> {
    return this.call(operations.create, { body }, options);
  }

  list(query: Query<"/v1/api-keys", "get"> = {}, options?: CallOptions): PagePromise<Item<"/v1/api-keys", "get">> {
    return this.page(operations.list, { query }, options);
  }

  revoke(keyId: string, options?: CallOptions): APIPromise<Result<"/v1/api-keys/{key_id}", "delete">> {
    return this.call(operations.revoke, { path: { key_id: keyId } }, options);
  }
}
