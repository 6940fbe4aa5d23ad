import type { Handlers } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";
import { requireTenant } from "../tenants/handlers.js";
import { webhooksOf } from "./runtime.js";

type WebhookHandlers = Pick<
  Handlers,
  | "createWebhookEndpoint"
  | "listWebhookEndpoints"
  | "getWebhookEndpoint"
  | "updateWebhookEndpoint"
  | "deleteWebhookEndpoint"
  | "testWebhookEndpoint"
  | "listWebhookDeliveries"
  | "redeliverWebhook"
>;

export function webhookHandlers(s: PlatformServices): WebhookHandlers {
  const { endpoints, deliveries, worker, test } = webhooksOf(s);
  return {
    createWebhookEndpoint: async (req) => ({
      status: 201,
      body: await endpoints.create(requireTenant(req.principal), req.body),
    }),
    listWebhookEndpoints: async (req) => ({
      status: 200,
      body: await endpoints.list(requireTenant(req.principal), req.query),
    }),
    getWebhookEndpoint: async (req) => ({
      status: 200,
      body: await endpoints.get(requireTenant(req.principal), req.path.webhook_id),
    }),
    updateWebhookEndpoint: async (req) => ({
      status: 200,
      body: await endpoints.update(requireTenant(req.principal), req.path.webhook_id, req.body),
    }),
    async deleteWebhookEndpoint(req) {
      await endpoints.remove(requireTenant(req.principal), req.path.webhook_id);
      return { status: 204 };
    },
    testWebhookEndpoint: async (req) => ({
      status: 200,
      body: await test(requireTenant(req.principal), req.path.webhook_id),
    }),
    listWebhookDeliveries: async (req) => ({
      status: 200,
      body: await deliveries.list(requireTenant(req.principal), req.path.webhook_id, req.query),
    }),
    async redeliverWebhook(req) {
      const delivery = await deliveries.redeliver(
        requireTenant(req.principal),
        req.path.webhook_id,
        req.path.delivery_id,
      );
      void worker.wake();
      return { status: 202, body: delivery };
    },
  };
}
