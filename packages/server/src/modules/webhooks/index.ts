export { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from "./deliveries.js";
export { checkDestination, isPrivateAddress } from "./destination.js";
export { webhookHandlers } from "./handlers.js";
export { type WebhookOptions, type Webhooks, webhooksOf } from "./runtime.js";
export { SIGNATURE_HEADER, signDelivery, type WebhookEventBody } from "./signature.js";
