// generated from openapi/leanvibe.yaml by `pnpm gen` — do not edit
import type { ServerOperation } from "../platform/operations.js";

export const operations = [
  {
    "operationId": "registerTenant",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/register",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
  },
  {
    "operationId": "login",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/login",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
  },
  {
    "operationId": "startSso",
    "tag": "auth",
    "method": "get",
    "path": "/v1/auth/sso/{provider}",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
  },
  {
    "operationId": "completeSso",
    "tag": "auth",
    "method": "get",
    "path": "/v1/auth/sso/{provider}/callback",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
  },
  {
    "operationId": "samlSso",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/saml/sso",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
  },
  {
    "operationId": "verifyMfa",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/mfa/verify",
    "roles": [],
    "public": false,
    "optionalAuth": true,
    "websocket": false,
    "schemes": [
      "bearerAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
  },
  {
    "operationId": "refreshToken",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/refresh",
    "roles": [],
    "public": false,
    "optionalAuth": true,
    "websocket": false,
    "schemes": [
      "refreshToken"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
  },
  {
    "operationId": "acceptInvitation",
    "tag": "auth",
    "method": "post",
    "path": "/v1/auth/invitations/accept",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
  },
  {
    "operationId": "getJwks",
    "tag": "auth",
    "method": "get",
    "path": "/.well-known/jwks.json",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
  },
  {
    "operationId": "receiveStripeWebhook",
    "tag": "billing",
    "method": "post",
    "path": "/v1/billing/webhooks/stripe",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": true,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
  },
  {
    "operationId": "getHealth",
    "tag": "health",
    "method": "get",
    "path": "/v1/health",
    "roles": [],
    "public": false,
    "optionalAuth": true,
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
  },
  {
    "operationId": "getAiHealth",
    "tag": "health",
    "method": "get",
    "path": "/v1/health/mlx",
    "roles": [],
    "public": false,
    "optionalAuth": true,
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
  },
  {
    "operationId": "getOpenApiDocument",
    "tag": "health",
    "method": "get",
    "path": "/v1/openapi.json",
    "roles": [],
    "public": true,
    "optionalAuth": false,
    "websocket": false,
    "schemes": []
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
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
    "websocket": false,
    "schemes": [
      "bearerAuth",
      "apiKeyAuth"
    ]
  }
] as const satisfies readonly ServerOperation[];
