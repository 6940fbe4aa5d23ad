import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import { type Body, endpoint, type Item, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  create: endpoint("createWebhookEndpoint", "post", "/v1/admin/webhooks"),
  list: endpoint("listWebhookEndpoints", "get", "/v1/admin/webhooks"),
  get: endpoint("getWebhookEndpoint", "get", "/v1/admin/webhooks/{webhook_id}"),
  update: endpoint("updateWebhookEndpoint", "patch", "/v1/admin/webhooks/{webhook_id}"),
  delete: endpoint("deleteWebhookEndpoint", "delete", "/v1/admin/webhooks/{webhook_id}"),
  test: endpoint("testWebhookEndpoint", "post", "/v1/admin/webhooks/{webhook_id}/test"),
  deliveries: endpoint("listWebhookDeliveries", "get", "/v1/admin/webhooks/{webhook_id}/deliveries"),
  redeliver: endpoint("redeliverWebhook", "post", "/v1/admin/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver"),
} as const;

type WebhookPath = "/v1/admin/webhooks/{webhook_id}";
type DeliveriesPath = "/v1/admin/webhooks/{webhook_id}/deliveries";
type RedeliverPath = "/v1/admin/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver";

/** Webhook endpoints and their deliveries: `client.webhooks`. Verify deliveries with `verifyWebhook`. */
export class WebhooksResource extends APIResource {
  static readonly operations = operations;

  create(
    body: Body<"/v1/admin/webhooks", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/admin/webhooks", "post">> {
    return this.call(operations.create, { body }, options);
  }

  list(
    query: Query<"/v1/admin/webhooks", "get"> = {},
    options?: CallOptions,
  ): PagePromise<Item<"/v1/admin/webhooks", "get">> {
    return this.page(operations.list, { query }, options);
  }

  get(webhookId: string, options?: CallOptions): APIPromise<Result<WebhookPath, "get">> {
    return this.call(operations.get, { path: { webhook_id: webhookId } }, options);
  }

  update(
    webhookId: string,
    body: Body<WebhookPath, "patch">,
    options?: CallOptions,
  ): APIPromise<Result<WebhookPath, "patch">> {
    return this.call(operations.update, { path: { webhook_id: webhookId }, body }, options);
  }

  delete(webhookId: string, options?: CallOptions): APIPromise<Result<WebhookPath, "delete">> {
    return this.call(operations.delete, { path: { webhook_id: webhookId } }, options);
  }

  /** Sends a signed test event to the endpoint. */
  test(webhookId: string, options?: CallOptions): APIPromise<Result<"/v1/admin/webhooks/{webhook_id}/test", "post">> {
    return this.call(operations.test, { path: { webhook_id: webhookId } }, options);
  }

  deliveries(
    webhookId: string,
    query: Query<DeliveriesPath, "get"> = {},
    options?: CallOptions,
  ): PagePromise<Item<DeliveriesPath, "get">> {
    return this.page(operations.deliveries, { path: { webhook_id: webhookId }, query }, options);
  }

  redeliver(webhookId: string, deliveryId: string, options?: CallOptions): APIPromise<Result<RedeliverPath, "post">> {
    return this.call(operations.redeliver, { path: { webhook_id: webhookId, delivery_id: deliveryId } }, options);
  }
}
