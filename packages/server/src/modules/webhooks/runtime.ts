import { randomUUID } from "node:crypto";
import type { PlatformServices } from "../../platform/services.js";
import { DEFAULT_RETRY_POLICY, DeliveryQueue, type RetryPolicy, type WebhookDelivery } from "./deliveries.js";
import { WebhookEndpoints } from "./endpoints.js";
import { DeliveryWorker } from "./worker.js";

export interface WebhookOptions {
  /**
   * Whether endpoints may point at loopback, private or link-local addresses. Refused in production (SSRF),
   * allowed in development and test so a receiver on the same machine works.
   */
  allowPrivateNetworks?: boolean;
  /** Attempts and backoff; tests make the delays tiny. */
  retry?: Partial<RetryPolicy>;
  /** How long a receiver has to answer (default 10 s). */
  timeoutMs?: number;
  /** How often the delivery queue is polled when nothing woke the worker (default 1 s). */
  pollIntervalMs?: number;
  /** Deliveries sent at once by this process (default 8). */
  concurrency?: number;
}

export interface Webhooks {
  endpoints: WebhookEndpoints;
  deliveries: DeliveryQueue;
  worker: DeliveryWorker;
  /** Sends a `webhook.test` event to one endpoint now and reports what it answered. */
  test(tenantId: string, endpointId: string): Promise<WebhookDelivery>;
  /** Subscribes to domain events and starts sending; stop() undoes both. */
  start(): void;
  stop(): Promise<void>;
}

const built = new WeakMap<PlatformServices, Webhooks>();

/** The webhook module of a server, built once per services (the handlers and the server share it). */
export function webhooksOf(s: PlatformServices, options: WebhookOptions = {}): Webhooks {
  const existing = built.get(s);
  if (existing) return existing;
  const allowPrivateNetworks = options.allowPrivateNetworks ?? s.config.mode !== "production";
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const endpoints = new WebhookEndpoints(s.db, s.box, allowPrivateNetworks);
  const deliveries = new DeliveryQueue(s.db, policy);
  const worker = new DeliveryWorker(deliveries, s.box, s.logger, {
    timeoutMs: options.timeoutMs ?? 10_000,
    pollIntervalMs: options.pollIntervalMs ?? 1_000,
    concurrency: options.concurrency ?? 8,
    allowPrivateNetworks,
    userAgent: "LeanVibe-Webhooks/1.0",
  });
  let unsubscribe: (() => void) | undefined;

  const webhooks: Webhooks = {
    endpoints,
    deliveries,
    worker,
    async test(tenantId, endpointId) {
      const holder = `test:${randomUUID()}`;
      const claimed = await deliveries.createClaimed(
        tenantId,
        endpointId,
        {
          id: randomUUID(),
          event_type: "webhook.test",
          tenant_id: tenantId,
          timestamp: s.clock.now().toISOString(),
          data: { tenant_id: tenantId, message: "A test delivery from LeanVibe" },
        },
        holder,
        worker.leaseMs,
      );
      const recorded = await worker.attempt(claimed, holder);
      if (!recorded) throw new Error("The test delivery's claim was lost");
      return recorded;
    },
    start() {
      unsubscribe ??= s.events.subscribe(async (event) => {
        // Throwing leaves the event pending in the outbox, so a database hiccup here delays it, never loses it.
        if ((await deliveries.enqueueEvent(event)) > 0) void worker.wake();
      });
      worker.start();
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = undefined;
      await worker.stop();
    },
  };
  built.set(s, webhooks);
  return webhooks;
}
