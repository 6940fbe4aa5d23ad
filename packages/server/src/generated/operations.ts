// generated from openapi/leanvibe.yaml by `pnpm gen` — do not edit
import type { ServerOperation } from "../platform/operations.js";

export const operations: readonly ServerOperation[] = [
  {
    "operationId": "registerTenant",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/register",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "login",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/login",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "startSso",
    "tag": "auth",
    "method": "get",
    "path": "/v1/auth/sso/{provider}",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "completeSso",
    "tag": "auth",
    "method": "get",
    "path": "/v1/auth/sso/{provider}/callback",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "samlSso",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/saml/sso",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "setupMfa",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/mfa/setup",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "verifyMfa",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/mfa/verify",
    "roles": [],
    "public": false,
    "optionalAuth": true,
    "websocket": false
  },
  {
    "operationId": "listMfaMethods",
    "tag": "auth",
    "method": "get",
    "path": "/v1/auth/mfa/methods",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "disableMfa",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/mfa/disable",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "refreshToken",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/refresh",
    "roles": [],
    "public": false,
    "optionalAuth": true,
    "websocket": false
  },
  {
    "operationId": "logout",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/logout",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getCurrentIdentity",
    "tag": "auth",
    "method": "get",
    "path": "/v1/auth/me",
    "roles": [
      "platform_admin",
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "acceptInvitation",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/invitations/accept",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getJwks",
    "tag": "auth",
    "method": "get",
    "path": "/.well-known/jwks.json",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listUsers",
    "tag": "users",
    "method": "get",
    "path": "/v1/users",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "inviteUser",
    "tag": "users",
    "method": "post",
    "path": "/v1/users/invitations",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getUser",
    "tag": "users",
    "method": "get",
    "path": "/v1/users/{user_id}",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "removeUser",
    "tag": "users",
    "method": "delete",
    "path": "/v1/users/{user_id}",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "updateUserRole",
    "tag": "users",
    "method": "patch",
    "path": "/v1/users/{user_id}",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listApiKeys",
    "tag": "api-keys",
    "method": "get",
    "path": "/v1/api-keys",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "createApiKey",
    "tag": "api-keys",
    "method": "post",
    "path": "/v1/api-keys",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "revokeApiKey",
    "tag": "api-keys",
    "method": "delete",
    "path": "/v1/api-keys/{key_id}",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listTenants",
    "tag": "tenants",
    "method": "get",
    "path": "/v1/tenants",
    "roles": [
      "platform_admin",
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "createTenant",
    "tag": "tenants",
    "method": "post",
    "path": "/v1/tenants",
    "roles": [
      "platform_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getCurrentTenant",
    "tag": "tenants",
    "method": "get",
    "path": "/v1/tenants/me/info",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "updateCurrentTenant",
    "tag": "tenants",
    "method": "put",
    "path": "/v1/tenants/me/info",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getCurrentTenantUsage",
    "tag": "tenants",
    "method": "get",
    "path": "/v1/tenants/me/usage",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "checkQuota",
    "tag": "tenants",
    "method": "get",
    "path": "/v1/tenants/me/quota-check/{quota_type}",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getTenant",
    "tag": "tenants",
    "method": "get",
    "path": "/v1/tenants/{tenant_id}",
    "roles": [
      "platform_admin",
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "suspendTenant",
    "tag": "tenants",
    "method": "post",
    "path": "/v1/tenants/{tenant_id}/suspend",
    "roles": [
      "platform_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "reactivateTenant",
    "tag": "tenants",
    "method": "post",
    "path": "/v1/tenants/{tenant_id}/reactivate",
    "roles": [
      "platform_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listPlans",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/plans",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getSubscription",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/subscription",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "createSubscription",
    "tag": "billing",
    "method": "post",
    "path": "/v1/billing/subscription",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "cancelSubscription",
    "tag": "billing",
    "method": "delete",
    "path": "/v1/billing/subscription",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "updateSubscription",
    "tag": "billing",
    "method": "patch",
    "path": "/v1/billing/subscription",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getUsageSummary",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/usage",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "recordUsage",
    "tag": "billing",
    "method": "post",
    "path": "/v1/billing/usage",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getBillingAnalytics",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/analytics",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listPaymentMethods",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/payment-methods",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "addPaymentMethod",
    "tag": "billing",
    "method": "post",
    "path": "/v1/billing/payment-methods",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "deletePaymentMethod",
    "tag": "billing",
    "method": "delete",
    "path": "/v1/billing/payment-methods/{payment_method_id}",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "setDefaultPaymentMethod",
    "tag": "billing",
    "method": "post",
    "path": "/v1/billing/payment-methods/{payment_method_id}/default",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getInvoice",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/invoice/{invoice_id}",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getInvoicePdf",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/invoice/{invoice_id}/pdf",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listInvoices",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/invoices",
    "roles": [
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "receiveStripeWebhook",
    "tag": "billing",
    "method": "post",
    "path": "/v1/billing/webhooks/stripe",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getBillingHealth",
    "tag": "billing",
    "method": "get",
    "path": "/v1/billing/health",
    "roles": [
      "platform_admin",
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listTasks",
    "tag": "tasks",
    "method": "get",
    "path": "/v1/tasks",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "createTask",
    "tag": "tasks",
    "method": "post",
    "path": "/v1/tasks",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getTask",
    "tag": "tasks",
    "method": "get",
    "path": "/v1/tasks/{task_id}",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "cancelTask",
    "tag": "tasks",
    "method": "post",
    "path": "/v1/tasks/{task_id}/cancel",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listTaskEvents",
    "tag": "tasks",
    "method": "get",
    "path": "/v1/tasks/{task_id}/events",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getTaskArtifacts",
    "tag": "tasks",
    "method": "get",
    "path": "/v1/tasks/{task_id}/artifacts",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "subscribeTaskUpdates",
    "tag": "tasks",
    "method": "get",
    "path": "/v1/tasks/{task_id}/updates",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": true
  },
  {
    "operationId": "listProjects",
    "tag": "projects",
    "method": "get",
    "path": "/v1/projects",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "createProject",
    "tag": "projects",
    "method": "post",
    "path": "/v1/projects",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getProject",
    "tag": "projects",
    "method": "get",
    "path": "/v1/projects/{project_id}",
    "roles": [
      "owner",
      "admin",
      "billing_admin",
      "developer",
      "viewer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "deleteProject",
    "tag": "projects",
    "method": "delete",
    "path": "/v1/projects/{project_id}",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "updateProject",
    "tag": "projects",
    "method": "patch",
    "path": "/v1/projects/{project_id}",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "analyzeProject",
    "tag": "projects",
    "method": "post",
    "path": "/v1/projects/{project_id}/analyze",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "generateCode",
    "tag": "code",
    "method": "post",
    "path": "/v1/code/generate",
    "roles": [
      "owner",
      "admin",
      "developer"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getHealth",
    "tag": "health",
    "method": "get",
    "path": "/v1/health",
    "roles": [],
    "public": false,
    "optionalAuth": true,
    "websocket": false
  },
  {
    "operationId": "getAiHealth",
    "tag": "health",
    "method": "get",
    "path": "/v1/health/mlx",
    "roles": [],
    "public": false,
    "optionalAuth": true,
    "websocket": false
  },
  {
    "operationId": "getTenantHealth",
    "tag": "health",
    "method": "get",
    "path": "/v1/health/tenant/{tenant_id}",
    "roles": [
      "platform_admin",
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getOpenApiDocument",
    "tag": "health",
    "method": "get",
    "path": "/v1/openapi.json",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listWebhookEndpoints",
    "tag": "webhooks",
    "method": "get",
    "path": "/v1/admin/webhooks",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "createWebhookEndpoint",
    "tag": "webhooks",
    "method": "post",
    "path": "/v1/admin/webhooks",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getWebhookEndpoint",
    "tag": "webhooks",
    "method": "get",
    "path": "/v1/admin/webhooks/{webhook_id}",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "deleteWebhookEndpoint",
    "tag": "webhooks",
    "method": "delete",
    "path": "/v1/admin/webhooks/{webhook_id}",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "updateWebhookEndpoint",
    "tag": "webhooks",
    "method": "patch",
    "path": "/v1/admin/webhooks/{webhook_id}",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "testWebhookEndpoint",
    "tag": "webhooks",
    "method": "post",
    "path": "/v1/admin/webhooks/{webhook_id}/test",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listWebhookDeliveries",
    "tag": "webhooks",
    "method": "get",
    "path": "/v1/admin/webhooks/{webhook_id}/deliveries",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "redeliverWebhook",
    "tag": "webhooks",
    "method": "post",
    "path": "/v1/admin/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
    "roles": [
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getRevenueAnalytics",
    "tag": "admin",
    "method": "get",
    "path": "/v1/admin/analytics/revenue",
    "roles": [
      "platform_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "getUsageAnalytics",
    "tag": "admin",
    "method": "get",
    "path": "/v1/admin/analytics/usage",
    "roles": [
      "platform_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listAuthAuditLog",
    "tag": "admin",
    "method": "get",
    "path": "/v1/admin/audit/auth",
    "roles": [
      "platform_admin",
      "owner",
      "admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "listBillingAuditLog",
    "tag": "admin",
    "method": "get",
    "path": "/v1/admin/audit/billing",
    "roles": [
      "platform_admin",
      "owner",
      "admin",
      "billing_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  },
  {
    "operationId": "advanceClock",
    "tag": "admin",
    "method": "post",
    "path": "/v1/admin/clock/advance",
    "roles": [
      "platform_admin"
    ],
    "public": false,
    "optionalAuth": false,
    "websocket": false
  }
] as const;
