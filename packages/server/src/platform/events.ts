import { type Database, type Tx, withPlatform } from "./db/index.js";
import type { Logger } from "./logger.js";

export interface DomainEvent {
  id: string;
  tenantId: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: Date;
}

/** Writes a domain event in the caller's transaction: it exists exactly when the change it describes does. */
export async function recordEvent(
  trx: Tx,
  tenantId: string,
  type: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await trx
    .insertInto("domain_events")
    .values({ tenant_id: tenantId, event_type: type, payload: JSON.stringify(payload) })
    .execute();
}

export type EventSubscriber = (event: DomainEvent) => Promise<void> | void;

/**
 * Reads committed events from the outbox and hands them to in-process subscribers (webhooks, audit, live
 * updates), then marks them dispatched. Several processes may run it: rows are claimed with SKIP LOCKED.
 * A subscriber that throws leaves the event pending, to be tried again on the next pass.
 */
export class EventDispatcher {
  private subscribers: EventSubscriber[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly intervalMs = 500,
  ) {}

  subscribe(fn: EventSubscriber): () => void {
    this.subscribers.push(fn);
    return () => {
      this.subscribers = this.subscribers.filter((s) => s !== fn);
    };
  }

  start(): void {
    this.timer ??= setInterval(() => this.wake(), this.intervalMs);
    this.timer.unref();
  }

  /** Dispatch now (after a commit that recorded events), instead of at the next tick. */
  wake(): Promise<void> {
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

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      let rows: Awaited<ReturnType<typeof this.pending>>;
      try {
        rows = await this.pending();
      } catch (err) {
        this.logger.error({ err }, "event dispatch failed");
        return;
      }
      const done: string[] = [];
      // Subscribers run outside any transaction (they may open their own); delivery is at least once, so each
      // subscriber is idempotent by event id.
      for (const row of rows) {
        const event: DomainEvent = {
          id: row.id,
          tenantId: row.tenant_id,
          type: row.event_type,
          payload: row.payload as Record<string, unknown>,
          createdAt: row.created_at,
        };
        try {
          for (const s of this.subscribers) await s(event);
          done.push(row.id);
        } catch (err) {
          this.logger.warn(
            { err, event_id: row.id, event_type: row.event_type },
            "event subscriber failed; will retry",
          );
        }
      }
      if (done.length > 0) {
        await withPlatform(this.db, "mark domain events dispatched", (trx) =>
          trx.updateTable("domain_events").set({ dispatched_at: new Date() }).where("id", "in", done).execute(),
        );
      }
      if (rows.length < 100 || done.length === 0) return;
    }
  }

  private pending() {
    return withPlatform(this.db, "read pending domain events", (trx) =>
      trx
        .selectFrom("domain_events")
        .selectAll()
        .where("dispatched_at", "is", null)
        .orderBy("created_at")
        .limit(100)
        .execute(),
    );
  }
}
