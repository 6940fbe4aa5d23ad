import { type Selectable, sql } from "kysely";
import { type Database, withPlatform, withTenant } from "../../platform/db/index.js";
import type { WebhookDeliveriesTable, WebhookDeliveryStatus } from "../../platform/db/schema.js";
import { notFound } from "../../platform/errors.js";
import type { DomainEvent } from "../../platform/events.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import { findEndpoint, type Page, pageOf } from "./endpoints.js";
import type { AttemptOutcome } from "./sender.js";
import type { WebhookEventBody } from "./signature.js";

type DeliveryRow = Selectable<WebhookDeliveriesTable>;
export type WebhookDelivery = Schemas["WebhookDelivery"];

/** How long to wait before the next attempt: exponential from baseMs by factor, capped at maxMs, plus jitter. */
export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  factor: number;
  maxMs: number;
  /** Largest share added at random, so endpoints that failed together do not all come back at once. */
  jitter: number;
}

/** 8 attempts: about 1 min, 3.5 min, 12 min, 43 min, 2.5 h, 8.8 h and 12 h apart, a day in all. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseMs: 60_000,
  factor: 3.5,
  maxMs: 12 * 3_600_000,
  jitter: 0.2,
};

export function retryDelayMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, attempt - 1));
  return Math.round(exponential * (1 + random() * policy.jitter));
}

export function deliveryOf(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhook_id: row.endpoint_id,
    event_id: row.event_id,
    event_type: row.event_type as Schemas["WebhookEventType"],
    status: row.status,
    attempts: row.attempts,
    response_status: row.response_status,
    last_error: row.last_error,
    next_attempt_at: row.status === "pending" || row.status === "failed" ? iso(row.next_attempt_at) : null,
    delivered_at: iso(row.delivered_at),
    created_at: row.created_at.toISOString(),
  };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A delivery claimed for sending, with what is needed to send it. */
export interface ClaimedDelivery {
  id: string;
  tenantId: string;
  url: string;
  secretSealed: string;
  event: WebhookEventBody;
}

function eventBodyOf(row: DeliveryRow): WebhookEventBody {
  return {
    id: row.event_id,
    event_type: row.event_type,
    tenant_id: row.tenant_id,
    timestamp: new Date(row.event_created_at).toISOString(),
    data: (row.event_data ?? {}) as Record<string, unknown>,
  };
}

/** The delivery queue: one row per (endpoint, event), plus one per redelivery and test. */
export class DeliveryQueue {
  constructor(
    private readonly db: Database,
    private readonly policy: RetryPolicy,
  ) {}

  /**
   * One delivery per enabled endpoint of the event's tenant that asked for its type. The dispatcher hands an
   * event over at least once; the unique (endpoint, event) index makes a second hand-over add nothing.
   */
  enqueueEvent(event: DomainEvent): Promise<number> {
    return withTenant(this.db, event.tenantId, async (trx) => {
      const endpoints = await trx
        .selectFrom("webhook_endpoints")
        .select("id")
        .where("enabled", "=", true)
        .where(sql<boolean>`${event.type} = any(events)`)
        .execute();
      if (endpoints.length === 0) return 0;
      const inserted = await trx
        .insertInto("webhook_deliveries")
        .values(
          endpoints.map((e) => ({
            tenant_id: event.tenantId,
            endpoint_id: e.id,
            event_id: event.id,
            event_type: event.type,
            event_data: JSON.stringify(event.payload ?? {}),
            event_created_at: event.createdAt,
            max_attempts: this.policy.maxAttempts,
          })),
        )
        .onConflict((oc) => oc.columns(["endpoint_id", "event_id"]).where("redelivery_of", "is", null).doNothing())
        .returning("id")
        .execute();
      return inserted.length;
    });
  }

  /**
   * Claims due deliveries of every tenant (the platform path: the worker serves them all). A claim is a lease:
   * if this process dies before recording the outcome, the delivery is due again once locked_until passes.
   * SKIP LOCKED lets several processes claim different rows.
   */
  async claim(workerId: string, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
    const rows = await withPlatform(this.db, "webhook worker claims due deliveries", async (trx) => {
      const result = await sql<DeliveryRow & { url: string; secret_sealed: string }>`
        update webhook_deliveries d set
          locked_by = ${workerId},
          locked_until = now() + ${leaseMs}::int * interval '1 millisecond'
        from webhook_endpoints e
        where e.id = d.endpoint_id and d.id in (
          select due.id from webhook_deliveries due
          join webhook_endpoints target on target.id = due.endpoint_id
          where due.status in ('pending', 'failed')
            and due.next_attempt_at <= now()
            and (due.locked_until is null or due.locked_until < now())
            and target.enabled
          order by due.next_attempt_at
          limit ${limit}
          for update of due skip locked
        )
        returning d.*, e.url, e.secret_sealed`.execute(trx);
      return result.rows;
    });
    return rows.map((row) => ({
      id: row.id,
      tenantId: row.tenant_id,
      url: row.url,
      secretSealed: row.secret_sealed,
      event: eventBodyOf(row),
    }));
  }

  /**
   * Records an attempt: succeeded, failed with the next attempt scheduled, or dead once the attempts are spent.
   * Only the holder of the claim may record it; a claim lost to a lapsed lease records nothing.
   */
  recordAttempt(
    delivery: { id: string; tenantId: string },
    workerId: string,
    outcome: AttemptOutcome,
  ): Promise<WebhookDelivery | undefined> {
    return withTenant(this.db, delivery.tenantId, async (trx) => {
      const current = await trx
        .selectFrom("webhook_deliveries")
        .select(["attempts", "max_attempts"])
        .where("id", "=", delivery.id)
        .where("locked_by", "=", workerId)
        .executeTakeFirst();
      if (!current) return undefined;
      const attempts = current.attempts + 1;
      const status: WebhookDeliveryStatus = outcome.ok
        ? "succeeded"
        : attempts >= current.max_attempts
          ? "dead"
          : "failed";
      const delay = status === "failed" ? retryDelayMs(attempts, this.policy) : 0;
      const row = await trx
        .updateTable("webhook_deliveries")
        .set({
          status,
          attempts,
          response_status: outcome.status,
          last_error: outcome.error?.slice(0, 2000) ?? null,
          delivered_at: outcome.ok ? sql<Date>`now()` : null,
          next_attempt_at: status === "failed" ? sql<Date>`now() + ${delay}::int * interval '1 millisecond'` : null,
          locked_by: null,
          locked_until: null,
        })
        .where("id", "=", delivery.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return deliveryOf(row);
    });
  }

  /** A delivery for one endpoint only, already claimed by `holder`, so the worker leaves it to the caller. */
  createClaimed(
    tenantId: string,
    endpointId: string,
    event: WebhookEventBody,
    holder: string,
    leaseMs: number,
  ): Promise<ClaimedDelivery> {
    return withTenant(this.db, tenantId, async (trx) => {
      const endpoint = await findEndpoint(trx, endpointId);
      const row = await trx
        .insertInto("webhook_deliveries")
        .values({
          tenant_id: tenantId,
          endpoint_id: endpointId,
          event_id: event.id,
          event_type: event.event_type,
          event_data: JSON.stringify(event.data),
          event_created_at: event.timestamp,
          // A test is sent once, while its caller waits; it can be sent again with redeliver.
          max_attempts: 1,
          locked_by: holder,
          locked_until: sql<Date>`now() + ${leaseMs}::int * interval '1 millisecond'`,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { id: row.id, tenantId, url: endpoint.url, secretSealed: endpoint.secret_sealed, event };
    });
  }

  /** A new delivery of the same event (same event id, so receivers can tell it is a repeat), due now. */
  redeliver(tenantId: string, endpointId: string, deliveryId: string): Promise<WebhookDelivery> {
    return withTenant(this.db, tenantId, async (trx) => {
      await findEndpoint(trx, endpointId);
      const original = await trx
        .selectFrom("webhook_deliveries")
        .selectAll()
        .where("id", "=", deliveryId)
        .where("endpoint_id", "=", endpointId)
        .executeTakeFirst();
      if (!original) throw notFound("Webhook delivery", deliveryId);
      const row = await trx
        .insertInto("webhook_deliveries")
        .values({
          tenant_id: tenantId,
          endpoint_id: endpointId,
          event_id: original.event_id,
          event_type: original.event_type,
          event_data: JSON.stringify(original.event_data ?? {}),
          event_created_at: original.event_created_at,
          redelivery_of: original.id,
          max_attempts: this.policy.maxAttempts,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return deliveryOf(row);
    });
  }

  list(
    tenantId: string,
    endpointId: string,
    query: Page & { status?: WebhookDeliveryStatus },
  ): Promise<Schemas["WebhookDeliveryList"]> {
    const { limit, offset } = pageOf(query);
    return withTenant(this.db, tenantId, async (trx) => {
      await findEndpoint(trx, endpointId);
      let q = trx.selectFrom("webhook_deliveries").where("endpoint_id", "=", endpointId);
      if (query.status) q = q.where("status", "=", query.status);
      const rows = await q
        .selectAll()
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .offset(offset)
        .execute();
      const { total } = await q.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow();
      return {
        data: rows.map(deliveryOf),
        pagination: { limit, offset, total, has_more: offset + rows.length < total },
      };
    });
  }
}
