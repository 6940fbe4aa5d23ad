import { ApiError } from "../platform/errors.js";
import type { Handlers, OperationId } from "../platform/http/handler-types.js";
import type { PlatformServices } from "../platform/services.js";
import { agentHandlers } from "./agent/handlers.js";
import { auditHandlers } from "./audit/handlers.js";
import { billingOf } from "./billing/index.js";
import { healthHandlers } from "./health/handlers.js";
import { identityHandlers } from "./identity/index.js";
import { notImplemented } from "./not-implemented.js";
import { tenantHandlers } from "./tenants/handlers.js";
import { webhookHandlers } from "./webhooks/index.js";

/** Operations whose work has not landed yet, by area; they answer 501 and the README lists them. */
export const pendingOperations = {
  identity: [],
  billing: [],
} as const satisfies Record<string, readonly OperationId[]>;

/** One handler per operation of the spec; the `Handlers` type makes a missing one a compile error. */
export function createHandlers(s: PlatformServices, spec: Record<string, unknown>): Handlers {
  return {
    // Pending operations first, so that an implemented handler always wins.
    ...notImplemented(pendingOperations.identity, "identity"),
    ...notImplemented(pendingOperations.billing, "billing"),
    ...tenantHandlers(s),
    ...agentHandlers(s),
    ...webhookHandlers(s),
    // Served on the HTTP server's upgrade event (platform/http/websocket.ts); a plain GET never gets here.
    subscribeTaskUpdates: async () => {
      throw new ApiError("upgrade_required", "This endpoint speaks WebSocket only: connect with Upgrade: websocket");
    },
    ...healthHandlers(s, spec),
    ...auditHandlers(s),
    ...identityHandlers(s),
    ...billingOf(s).handlers,
    getBillingHealth: async () => ({
      status: 200,
      body: {
        status: "healthy",
        service: "billing",
        provider: s.config.stripeSecretKey ? "stripe" : "local",
        timestamp: s.clock.now().toISOString(),
        plans_available: 3,
      },
    }),
  };
}
