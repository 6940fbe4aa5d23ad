import { sql } from "kysely";
import { type Tx, withPlatform, withTenant } from "../../platform/db/index.js";
import { conflict, notFound } from "../../platform/errors.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import { type BillingContext, billingAudit, settle } from "./context.js";
import { retryPayments } from "./dunning.js";
import { overageLines } from "./invoices.js";
import { dollars } from "./money.js";
import { priceOf, resolvePlan } from "./plans.js";
import {
  changePlan,
  createSubscription,
  defaultPaymentMethodId,
  endSubscription,
  liveSubscription,
  requireLive,
  subscriptionToApi,
} from "./subscriptions.js";
import { measureUsage } from "./usage.js";

type PaymentMethodRow = {
  id: string;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  is_default: boolean;
  created_at: Date;
};

const pmToApi = (pm: PaymentMethodRow): Schemas["PaymentMethod"] => ({
  id: pm.id,
  type: "card",
  brand: pm.brand,
  last4: pm.last4,
  exp_month: pm.exp_month,
  exp_year: pm.exp_year,
  is_default: pm.is_default,
  created_at: pm.created_at.toISOString(),
});

/** Subscriptions, payment methods and usage of the caller's tenant: each a transaction as that tenant. */
export class BillingService {
  constructor(private readonly ctx: BillingContext) {}

  private get s() {
    return this.ctx.s;
  }

  /** Runs a unit of tenant billing work, then drops cached standing and dispatches its events. */
  private async tenantWork<T>(tenantId: string, fn: (trx: Tx) => Promise<T>): Promise<T> {
    try {
      return await withTenant(this.s.db, tenantId, fn);
    } finally {
      this.settle();
    }
  }

  settle() {
    settle(this.ctx);
  }

  private async customerOf(trx: Tx, tenantId: string): Promise<string> {
    const row = await trx
      .selectFrom("billing_customers")
      .select("provider_customer_id")
      .where("tenant_id", "=", tenantId)
      .executeTakeFirst();
    if (row) return row.provider_customer_id;
    const tenant = await trx
      .selectFrom("tenants")
      .select(["slug", "organization_name"])
      .where("id", "=", tenantId)
      .executeTakeFirstOrThrow();
    const id = await this.ctx.provider.createCustomer({
      id: tenantId,
      slug: tenant.slug,
      name: tenant.organization_name,
    });
    await trx
      .insertInto("billing_customers")
      .values({
        tenant_id: tenantId,
        provider: this.ctx.provider.name,
        provider_customer_id: id,
        created_at: this.s.clock.now(),
      })
      .execute();
    return id;
  }

  private async addCardIn(trx: Tx, tenantId: string, token: string, makeDefault: boolean): Promise<PaymentMethodRow> {
    const at = this.s.clock.now();
    const customer = await this.customerOf(trx, tenantId);
    const card = await this.ctx.provider.addCard(customer, token);
    const count = await trx
      .selectFrom("payment_methods")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("tenant_id", "=", tenantId)
      .executeTakeFirstOrThrow();
    const isDefault = makeDefault || count.n === 0;
    if (isDefault) {
      await trx.updateTable("payment_methods").set({ is_default: false }).where("tenant_id", "=", tenantId).execute();
      await this.ctx.provider.setDefaultCard(customer, card.id);
    }
    const pm = await trx
      .insertInto("payment_methods")
      .values({
        id: card.id,
        tenant_id: tenantId,
        provider: this.ctx.provider.name,
        brand: card.brand,
        last4: card.last4,
        exp_month: card.expMonth,
        exp_year: card.expYear,
        behaviour: card.behaviour,
        is_default: isDefault,
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await billingAudit(trx, {
      tenantId,
      action: "payment_method.added",
      targetType: "payment_method",
      targetId: pm.id,
      at,
      details: { brand: pm.brand, last4: pm.last4, is_default: isDefault },
    });
    return pm;
  }

  /** A new default card is tried at once on whatever is still unpaid (the way out of dunning). */
  private async collectOutstanding(tenantId: string): Promise<void> {
    try {
      await withPlatform(this.s.db, "billing: collect after payment method change", async (trx) => {
        const sub = await liveSubscription(trx, tenantId);
        if (sub?.payment_failed_at && sub.provider === "local") {
          await retryPayments(this.ctx, trx, sub, this.s.clock.now(), false);
          this.ctx.touched.add(tenantId);
        }
      });
    } finally {
      this.settle();
    }
  }

  async addPaymentMethod(
    tenantId: string,
    body: Schemas["AddPaymentMethodRequest"],
  ): Promise<Schemas["PaymentMethod"]> {
    const pm = await this.tenantWork(tenantId, (trx) =>
      this.addCardIn(trx, tenantId, body.card_token, body.set_default ?? false),
    );
    if (pm.is_default) await this.collectOutstanding(tenantId);
    return pmToApi(pm);
  }

  listPaymentMethods(tenantId: string, limit: number, offset: number): Promise<Schemas["PaymentMethodList"]> {
    return this.tenantWork(tenantId, async (trx) => {
      const q = trx.selectFrom("payment_methods").where("tenant_id", "=", tenantId);
      const { total } = await q.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow();
      const rows = await q.selectAll().orderBy("created_at").orderBy("id").limit(limit).offset(offset).execute();
      return { data: rows.map(pmToApi), pagination: { limit, offset, total, has_more: offset + rows.length < total } };
    });
  }

  deletePaymentMethod(tenantId: string, id: string): Promise<void> {
    return this.tenantWork(tenantId, async (trx) => {
      const pm = await trx.selectFrom("payment_methods").selectAll().where("id", "=", id).executeTakeFirst();
      if (!pm) throw notFound("Payment method", id);
      const sub = await liveSubscription(trx, tenantId);
      if (pm.is_default && sub) {
        throw conflict(
          "The default payment method of a live subscription cannot be deleted; set another default first",
        );
      }
      await this.ctx.provider.removeCard(await this.customerOf(trx, tenantId), id);
      await trx.deleteFrom("payment_methods").where("id", "=", id).execute();
      await billingAudit(trx, {
        tenantId,
        action: "payment_method.deleted",
        targetType: "payment_method",
        targetId: id,
        at: this.s.clock.now(),
      });
    });
  }

  async setDefaultPaymentMethod(tenantId: string, id: string): Promise<Schemas["PaymentMethod"]> {
    const pm = await this.tenantWork(tenantId, async (trx) => {
      const found = await trx.selectFrom("payment_methods").selectAll().where("id", "=", id).executeTakeFirst();
      if (!found) throw notFound("Payment method", id);
      await this.ctx.provider.setDefaultCard(await this.customerOf(trx, tenantId), id);
      await trx.updateTable("payment_methods").set({ is_default: false }).where("tenant_id", "=", tenantId).execute();
      const row = await trx
        .updateTable("payment_methods")
        .set({ is_default: true })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await billingAudit(trx, {
        tenantId,
        action: "payment_method.default_set",
        targetType: "payment_method",
        targetId: id,
        at: this.s.clock.now(),
      });
      return row;
    });
    await this.collectOutstanding(tenantId);
    return pmToApi(pm);
  }

  async createSubscription(tenantId: string, body: Schemas["CreateSubscriptionRequest"]) {
    return this.tenantWork(tenantId, async (trx) => {
      const customer = await this.customerOf(trx, tenantId);
      let cardId: string | null = null;
      if (body.payment_method_id) {
        const known = await trx
          .selectFrom("payment_methods")
          .select("id")
          .where("id", "=", body.payment_method_id)
          .executeTakeFirst();
        if (known) {
          await trx
            .updateTable("payment_methods")
            .set({ is_default: false })
            .where("tenant_id", "=", tenantId)
            .execute();
          await trx.updateTable("payment_methods").set({ is_default: true }).where("id", "=", known.id).execute();
          await this.ctx.provider.setDefaultCard(customer, known.id);
          cardId = known.id;
        } else {
          cardId = (await this.addCardIn(trx, tenantId, body.payment_method_id, true)).id;
        }
      } else {
        cardId = await defaultPaymentMethodId(trx, tenantId);
      }
      const sub = await createSubscription(this.ctx, trx, tenantId, body, cardId, customer);
      const fresh = await trx
        .selectFrom("subscriptions")
        .selectAll()
        .where("id", "=", sub.id)
        .executeTakeFirstOrThrow();
      return subscriptionToApi(fresh, cardId);
    });
  }

  getSubscription(tenantId: string) {
    return this.tenantWork(tenantId, async (trx) =>
      subscriptionToApi(await requireLive(trx, tenantId), await defaultPaymentMethodId(trx, tenantId)),
    );
  }

  updateSubscription(tenantId: string, body: Schemas["UpdateSubscriptionRequest"]) {
    const plan = body.plan_id ? resolvePlan(body.plan_id) : undefined;
    return this.tenantWork(tenantId, async (trx) => {
      let sub = await requireLive(trx, tenantId);
      const at = this.s.clock.now();
      if (plan && plan !== sub.plan) {
        if (sub.status === "unpaid") throw conflict("Settle the unpaid invoices before changing plan");
        await this.ctx.provider.changePlan(sub.provider_subscription_id, plan);
        await changePlan(this.ctx, trx, sub, plan, at);
      }
      if (body.cancel_at_period_end !== undefined && body.cancel_at_period_end !== sub.cancel_at_period_end) {
        await this.ctx.provider.setCancelAtPeriodEnd(sub.provider_subscription_id, body.cancel_at_period_end);
        await trx
          .updateTable("subscriptions")
          .set({ cancel_at_period_end: body.cancel_at_period_end, updated_at: at })
          .where("id", "=", sub.id)
          .execute();
        await billingAudit(trx, {
          tenantId,
          action: body.cancel_at_period_end ? "subscription.cancel_scheduled" : "subscription.cancel_withdrawn",
          targetType: "subscription",
          targetId: sub.id,
          at,
        });
        await trx
          .insertInto("domain_events")
          .values({
            tenant_id: tenantId,
            event_type: "subscription.updated",
            payload: JSON.stringify({ subscription_id: sub.id, cancel_at_period_end: body.cancel_at_period_end }),
          })
          .execute();
      }
      sub = await requireLive(trx, tenantId);
      return subscriptionToApi(sub, await defaultPaymentMethodId(trx, tenantId));
    });
  }

  async cancelSubscription(tenantId: string, immediately: boolean): Promise<Schemas["SubscriptionCancellation"]> {
    // Cancellation may lift a suspension for non-payment: platform work, audited under the tenant.
    return withPlatform(this.s.db, "billing: cancel subscription", async (trx) => {
      const sub = await requireLive(trx, tenantId);
      const at = this.s.clock.now();
      if (!immediately) {
        if (sub.cancel_at_period_end) throw conflict("The subscription already cancels at period end");
        await this.ctx.provider.setCancelAtPeriodEnd(sub.provider_subscription_id, true);
        await trx
          .updateTable("subscriptions")
          .set({ cancel_at_period_end: true, updated_at: at })
          .where("id", "=", sub.id)
          .execute();
        await billingAudit(trx, {
          tenantId,
          action: "subscription.cancel_scheduled",
          targetType: "subscription",
          targetId: sub.id,
          at,
        });
        return { message: "Subscription will cancel at period end", subscription_id: sub.id, cancelled_at: null };
      }
      await this.ctx.provider.cancelNow(sub.provider_subscription_id);
      await endSubscription(this.ctx, trx, sub, at, "immediately");
      return { message: "Subscription cancelled", subscription_id: sub.id, cancelled_at: at.toISOString() };
    }).finally(() => this.settle());
  }

  async recordUsage(tenantId: string, body: Schemas["RecordUsageRequest"], idempotencyKey: string | undefined) {
    const at = body.timestamp ? new Date(body.timestamp) : this.s.clock.now();
    const row = await this.tenantWork(tenantId, async (trx) => {
      const rec = await trx
        .insertInto("usage_records")
        .values({
          tenant_id: tenantId,
          metric: body.metric_type,
          quantity: body.quantity,
          recorded_at: at,
          created_at: this.s.clock.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (this.ctx.provider.name === "stripe") {
        await this.ctx.provider.reportUsage({
          customerId: await this.customerOf(trx, tenantId),
          metric: body.metric_type,
          quantity: body.quantity,
          at,
          idempotencyKey: idempotencyKey ?? rec.id,
        });
      }
      await billingAudit(trx, {
        tenantId,
        action: "usage.recorded",
        targetType: "usage_record",
        targetId: rec.id,
        at: this.s.clock.now(),
        details: { metric: body.metric_type, quantity: body.quantity },
      });
      return rec;
    });
    return {
      id: row.id,
      metric_type: row.metric,
      quantity: Number(row.quantity),
      recorded_at: row.recorded_at.toISOString(),
    } as Schemas["UsageRecord"];
  }

  /** The current period's usage and what the next invoice is projected to cost (before tax). */
  async usageSummary(trx: Tx, tenantId: string) {
    const now = this.s.clock.now();
    const sub = await liveSubscription(trx, tenantId);
    const start = sub?.current_period_start ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const end = sub?.current_period_end ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const usage = await measureUsage(trx, this.s.counters, tenantId, start, new Date(now.getTime() + 1));
    let projected = 0;
    if (sub) {
      const pending = await trx
        .selectFrom("pending_invoice_items")
        .select(sql<number>`coalesce(sum(amount), 0)::int`.as("sum"))
        .where("subscription_id", "=", sub.id)
        .where("invoice_id", "is", null)
        .executeTakeFirstOrThrow();
      const overage = overageLines(sub.plan, usage.figures, start, now).reduce((a, l) => a + l.amount, 0);
      projected = (sub.cancel_at_period_end ? 0 : priceOf(sub.plan)) + Number(pending.sum) + overage;
    }
    return { sub, start, end, figures: usage.figures, projected };
  }

  getUsageSummary(tenantId: string): Promise<Schemas["UsageSummary"]> {
    return this.tenantWork(tenantId, async (trx) => {
      const u = await this.usageSummary(trx, tenantId);
      return {
        subscription_id: u.sub?.id ?? null,
        billing_period: { start: u.start.toISOString(), end: u.end.toISOString() },
        usage_metrics: u.figures,
        projected_cost: dollars(u.projected),
        projected_cost_cents: u.projected,
        currency: "USD",
      };
    });
  }
}
