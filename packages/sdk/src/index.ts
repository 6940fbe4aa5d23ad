export type { ClientOptions, HeadersInput, RequestOptions, TokenPair } from "./client.js";
export { DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS, LeanVibeClient, LeanVibeClient as default } from "./client.js";
export type { APIResponse, RateLimit } from "./core/api-promise.js";
export { APIPromise } from "./core/api-promise.js";
export * from "./core/errors.js";
export type { PageEnvelope, PageQuery, PaginationInfo } from "./core/pagination.js";
export { Page, PagePromise } from "./core/pagination.js";
export type { RetryPolicy } from "./core/retries.js";
export { defaultRetryPolicy } from "./core/retries.js";
export type { TaskUpdate, TaskUpdatesOptions } from "./core/updates.js";
export type { VerifyWebhookOptions, WebhookEvent, WebhookHeaders } from "./core/webhooks.js";
export { SIGNATURE_HEADER, signWebhookPayload, verifyWebhook } from "./core/webhooks.js";
export type { components, operations, paths } from "./generated/schema.js";
export type { Fetch } from "./internal/attempt.js";
export type { CallOptions } from "./internal/resource.js";
export type { SocketFactory, SocketLike, WebSocketOption } from "./internal/socket.js";
export type { LoginParams, LoginResult, Task, TaskUpdateMessage, WaitForCompletionOptions } from "./resources/index.js";
export {
  AdminResource,
  ApiKeysResource,
  AuthResource,
  BillingResource,
  CodeResource,
  CurrentTenantResource,
  HealthResource,
  InvoicesResource,
  MfaResource,
  PaymentMethodsResource,
  ProjectsResource,
  TasksResource,
  TenantsResource,
  UsersResource,
  WebhooksResource,
} from "./resources/index.js";
