import { randomUUID } from "node:crypto";
import type { SecretBox } from "../../platform/auth/secret-box.js";
import type { Logger } from "../../platform/logger.js";
import type { ClaimedDelivery, DeliveryQueue, WebhookDelivery } from "./deliveries.js";
import { sendDelivery } from "./sender.js";
import { signDelivery } from "./signature.js";

export interface DeliveryWorkerOptions {
  /** How long the receiver has to answer. */
  timeoutMs: number;
  /** How often the queue is looked at when nothing woke the worker. */
  pollIntervalMs: number;
  /** Deliveries sent at the same time by this process. */
  concurrency: number;
  allowPrivateNetworks: boolean;
  userAgent: string;
}

/**
 * Sends due deliveries: claims a batch across tenants, signs each with its endpoint's secret, POSTs it and
 * records the outcome. Nothing lives only in memory: the queue is the table, so a restart loses nothing.
 */
export class DeliveryWorker {
  readonly id = `webhooks:${randomUUID()}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly queue: DeliveryQueue,
    private readonly box: SecretBox,
    private readonly logger: Logger,
    private readonly options: DeliveryWorkerOptions,
  ) {}

  /** The lease of a claim: long enough for the slowest answer, with room to record it. */
  get leaseMs(): number {
    return this.options.timeoutMs + 30_000;
  }

  start(): void {
    this.stopped = false;
    this.timer ??= setInterval(() => void this.wake(), this.options.pollIntervalMs);
    this.timer.unref();
    void this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Look at the queue now (after deliveries were queued), instead of at the next poll. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.wake();
      }
    });
    return this.running;
  }

  /** Signs and sends one claimed delivery and records what came of it. */
  async attempt(delivery: ClaimedDelivery, holder = this.id): Promise<WebhookDelivery | undefined> {
    let outcome: Awaited<ReturnType<typeof sendDelivery>>;
    try {
      const signed = signDelivery(
        delivery.event,
        [this.box.open(delivery.secretSealed)],
        Math.floor(Date.now() / 1000),
      );
      outcome = await sendDelivery(delivery.url, signed, delivery.event.id, this.options);
    } catch (err) {
      outcome = { ok: false, status: null, error: (err as Error).message, durationMs: 0 };
    }
    const recorded = await this.queue.recordAttempt(delivery, holder, outcome);
    if (recorded && !outcome.ok) {
      this.logger.info(
        { delivery_id: delivery.id, tenant_id: delivery.tenantId, status: recorded.status, error: outcome.error },
        "webhook delivery attempt failed",
      );
    }
    return recorded;
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      let batch: ClaimedDelivery[];
      try {
        batch = await this.queue.claim(this.id, this.leaseMs, this.options.concurrency);
      } catch (err) {
        this.logger.error({ err }, "could not claim webhook deliveries");
        return;
      }
      if (batch.length === 0) return;
      await Promise.all(
        batch.map((delivery) =>
          this.attempt(delivery).catch((err) =>
            // The claim lapses and the delivery is tried again: nothing is lost.
            this.logger.warn({ err, delivery_id: delivery.id }, "could not record a webhook delivery attempt"),
          ),
        ),
      );
    }
  }
}
