import type { Handlers } from "../platform/http/handler-types.js";
import type { PlatformServices } from "../platform/services.js";
import { auditHandlers } from "./audit/handlers.js";
import { healthHandlers } from "./health/handlers.js";
import { identityHandlers } from "./identity/handlers.js";
import { notImplemented } from "./not-implemented.js";
import { tenantHandlers } from "./tenants/handlers.js";

/** One handler per operation of the spec; the `Handlers` type makes a missing one a compile error. */
export function createHandlers(s: PlatformServices, spec: Record<string, unknown>): Handlers {
  return {
    ...tenantHandlers(s),
    ...healthHandlers(s, spec),
    ...auditHandlers(s),
    ...identityHandlers(s),
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
    ...notImplemented(
      [
        "registerTenant",
        "login",
        "startSso",
        "completeSso",
        "samlSso",
        "setupMfa",
        "verifyMfa",
        "listMfaMethods",
        "disableMfa",
        "refreshToken",
        "logout",
        "acceptInvitation",
        "listUsers",
        "inviteUser",
        "getUser",
        "updateUserRole",
        "removeUser",
        "createApiKey",
        "listApiKeys",
        "revokeApiKey",
      ],
      "identity",
    ),
    ...notImplemented(
      [
        "listPlans",
        "createSubscription",
        "getSubscription",
        "updateSubscription",
        "cancelSubscription",
        "recordUsage",
        "getUsageSummary",
        "getBillingAnalytics",
        "addPaymentMethod",
        "listPaymentMethods",
        "deletePaymentMethod",
        "setDefaultPaymentMethod",
        "getInvoice",
        "getInvoicePdf",
        "listInvoices",
        "receiveStripeWebhook",
        "getRevenueAnalytics",
        "getUsageAnalytics",
        "advanceClock",
      ],
      "billing",
    ),
    ...notImplemented(
      [
        "createTask",
        "listTasks",
        "getTask",
        "cancelTask",
        "listTaskEvents",
        "getTaskArtifacts",
        "subscribeTaskUpdates",
        "createProject",
        "listProjects",
        "getProject",
        "updateProject",
        "deleteProject",
        "analyzeProject",
        "generateCode",
      ],
      "the development agent",
    ),
    ...notImplemented(
      [
        "createWebhookEndpoint",
        "listWebhookEndpoints",
        "getWebhookEndpoint",
        "updateWebhookEndpoint",
        "deleteWebhookEndpoint",
        "testWebhookEndpoint",
        "listWebhookDeliveries",
        "redeliverWebhook",
      ],
      "webhook delivery",
    ),
  };
}
