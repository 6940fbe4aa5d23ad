import Stripe from "stripe";
import { type Tx, withPlatform } from "../../platform/db/index.js";
import { ApiError } from "../../platform/errors.js";
import { PLAN_ORDER, type PlanSlug } from "../../platform/plans.js";
import { type BillingContext, billingAudit, billingEvent, settle } from "./context.js";
import { followPlan, mrrOf, recordChange } from "./subscriptions.js";

// Stripe event objects are read field by field, defensively, across API versions.
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON from Stripe
type Obj = Record<string, any>;
export const HANDLED_STRIPE_EVENTS = [
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.payment_succeeded",
  "invoice.payment_failed",
] as const;

const verifier = Stripe.webhooks;

/**
 * Verifies a Stripe webhook on its raw body (the library's constructEvent: HMAC and a five-minute tolerance)
 * and mirrors it into local state, once per event id.
 */
export async function receiveStripeEvent(
  ctx: BillingContext,
  rawBody: Buffer | undefined,
  signature: string | undefined,
): Promise<{ received: true; event_id: string; duplicate: boolean }> {
  const secret = ctx.s.config.stripeWebhookSecret;
  if (!secret) throw new ApiError("invalid_request", "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)");
  if (!rawBody || !signature)
    throw new ApiError("invalid_request", "A raw body and a Stripe-Signature header are required");
  let event: { id: string; type: string; data: { object: Obj } };
  try {
    event = verifier.constructEvent(rawBody, signature, secret) as unknown as typeof event;
  } catch (err) {
    throw new ApiError("invalid_request", `Stripe signature check failed: ${(err as Error).message}`, {
      field: "Stripe-Signature",
    });
  }
  const at = ctx.s.clock.now();
  const duplicate = await withPlatform(ctx.s.db, "billing: stripe webhook", async (trx) => {
    const inserted = await trx
      .insertInto("stripe_events")
      .values({ id: event.id, type: event.type, tenant_id: null, received_at: at })
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) return true;
    const tenantId = await tenantOf(trx, event.data.object);
    if (tenantId) {
      await trx.updateTable("stripe_events").set({ tenant_id: tenantId }).where("id", "=", event.id).execute();
      await mirror(ctx, trx, tenantId, event, at);
    }
    return false;
  });
  settle(ctx);
  return { received: true, event_id: event.id, duplicate };
}

async function tenantOf(trx: Tx, object: Obj): Promise<string | undefined> {
  if (typeof object.metadata?.tenant_id === "string") {
    const t = await trx
      .selectFrom("tenants")
      .select("id")
      .where("id", "=", object.metadata.tenant_id)
      .executeTakeFirst();
    if (t) return t.id;
  }
  const customer = typeof object.customer === "string" ? object.customer : object.customer?.id;
  if (!customer) return undefined;
  const row = await trx
    .selectFrom("billing_customers")
    .select("tenant_id")
    .where("provider_customer_id", "=", customer)
    .executeTakeFirst();
  return row?.tenant_id;
}

function planOf(sub: Obj): PlanSlug | undefined {
  const fromMeta = sub.metadata?.plan;
  if (PLAN_ORDER.includes(fromMeta)) return fromMeta;
  const key: string | undefined = sub.items?.data?.[0]?.price?.lookup_key;
  return PLAN_ORDER.find((p) => key?.includes(p));
}

const fromUnix = (s: unknown) => (typeof s === "number" ? new Date(s * 1000) : null);

async function mirror(
  ctx: BillingContext,
  trx: Tx,
  tenantId: string,
  event: { id: string; type: string; data: { object: Obj } },
  at: Date,
) {
  const o = event.data.object;
  const audit = (action: string, targetType: string, targetId: string, details: Record<string, unknown> = {}) =>
    billingAudit(trx, { tenantId, action, targetType, targetId, at, details: { stripe_event: event.id, ...details } });
  if (event.type.startsWith("customer.subscription.")) {
    const plan = planOf(o) ?? "developer";
    const item = o.items?.data?.[0] ?? {};
    const start = fromUnix(o.current_period_start ?? item.current_period_start) ?? at;
    const end = fromUnix(o.current_period_end ?? item.current_period_end) ?? at;
    const deleted = event.type === "customer.subscription.deleted";
    const status = deleted ? "canceled" : (o.status as string);
    const local = ["trialing", "active", "past_due", "canceled", "unpaid"].includes(status) ? status : "active";
    const existing = await trx
      .selectFrom("subscriptions")
      .selectAll()
      .where("provider_subscription_id", "=", o.id)
      .executeTakeFirst();
    const values = {
      plan,
      status: local as "active",
      current_period_start: start,
      current_period_end: end,
      trial_end: fromUnix(o.trial_end),
      cancel_at_period_end: Boolean(o.cancel_at_period_end),
      canceled_at: deleted ? (fromUnix(o.canceled_at) ?? at) : fromUnix(o.canceled_at),
      updated_at: at,
    };
    let id: string;
    if (existing) {
      await trx.updateTable("subscriptions").set(values).where("id", "=", existing.id).execute();
      id = existing.id;
      if (existing.plan !== plan) {
        await recordChange(
          trx,
          existing,
          "plan_changed",
          existing.plan,
          plan,
          mrrOf(local as "active", plan) - mrrOf(existing.status, existing.plan),
          at,
        );
      }
      if (deleted)
        await recordChange(trx, existing, "canceled", existing.plan, null, -mrrOf(existing.status, existing.plan), at);
    } else {
      const row = await trx
        .insertInto("subscriptions")
        .values({
          ...values,
          tenant_id: tenantId,
          provider: "stripe",
          provider_subscription_id: o.id,
          billing_anchor: start,
          period_index: 0,
          created_at: fromUnix(o.created) ?? at,
        })
        .returning(["id", "tenant_id"])
        .executeTakeFirstOrThrow();
      id = row.id;
      await recordChange(trx, row, "created", null, plan, mrrOf(local as "active", plan), at);
    }
    await followPlan(ctx, trx, tenantId, deleted ? "developer" : plan);
    const type = deleted
      ? "subscription.cancelled"
      : event.type.endsWith(".created") && !existing
        ? "subscription.created"
        : "subscription.updated";
    await billingEvent(trx, tenantId, type, { subscription_id: id, plan, status: local, provider: "stripe" });
    await audit(`stripe.${event.type}`, "subscription", id, { status: local, plan });
    return;
  }
  if (event.type === "invoice.payment_succeeded" || event.type === "invoice.payment_failed") {
    const paid = event.type === "invoice.payment_succeeded";
    const subId = typeof o.subscription === "string" ? o.subscription : o.parent?.subscription_details?.subscription;
    const sub = subId
      ? await trx
          .selectFrom("subscriptions")
          .selectAll()
          .where("provider_subscription_id", "=", subId)
          .executeTakeFirst()
      : undefined;
    const tenant = await trx
      .selectFrom("tenants")
      .select("data_residency")
      .where("id", "=", tenantId)
      .executeTakeFirstOrThrow();
    const total = Number(o.total ?? o.amount_due ?? 0);
    const tax = Number(o.tax ?? 0);
    const values = {
      status: (paid ? "paid" : "open") as "paid" | "open",
      subtotal: Number(o.subtotal ?? total - tax),
      tax,
      total,
      amount_paid: Number(o.amount_paid ?? (paid ? total : 0)),
      amount_due: paid ? 0 : Number(o.amount_remaining ?? o.amount_due ?? total),
      paid_at: paid ? (fromUnix(o.status_transitions?.paid_at) ?? at) : null,
      attempt_count: Number(o.attempt_count ?? 1),
    };
    const existing = await trx
      .selectFrom("invoices")
      .select("id")
      .where("provider_invoice_id", "=", o.id)
      .executeTakeFirst();
    let invoiceId: string;
    if (existing) {
      await trx.updateTable("invoices").set(values).where("id", "=", existing.id).execute();
      invoiceId = existing.id;
    } else {
      const created = fromUnix(o.created) ?? at;
      const row = await trx
        .insertInto("invoices")
        .values({
          ...values,
          tenant_id: tenantId,
          subscription_id: sub?.id ?? null,
          number: o.number ?? `STRIPE-${o.id}`,
          region: tenant.data_residency,
          tax_rate_bps: 0,
          issue_date: created,
          due_date: fromUnix(o.due_date) ?? created,
          period_start: fromUnix(o.period_start) ?? created,
          period_end: fromUnix(o.period_end) ?? created,
          usage: "{}",
          provider: "stripe",
          provider_invoice_id: o.id,
          created_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      invoiceId = row.id;
      const lines: Obj[] = o.lines?.data ?? [];
      if (lines.length > 0) {
        await trx
          .insertInto("invoice_lines")
          .values(
            lines.map((l, i) => ({
              tenant_id: tenantId,
              invoice_id: invoiceId,
              position: i,
              type: (l.proration || l.parent?.subscription_item_details?.proration ? "proration" : "base") as "base",
              description: String(l.description ?? "Subscription"),
              quantity: Number(l.quantity ?? 1),
              unit_amount: Math.round(Number(l.amount ?? 0) / Math.max(1, Number(l.quantity ?? 1))),
              amount: Number(l.amount ?? 0),
              period_start: fromUnix(l.period?.start),
              period_end: fromUnix(l.period?.end),
            })),
          )
          .execute();
      }
    }
    await trx
      .insertInto("payments")
      .values({
        tenant_id: tenantId,
        invoice_id: invoiceId,
        amount: paid ? values.amount_paid : values.amount_due,
        status: paid ? "succeeded" : "failed",
        failure_code: paid ? null : "stripe_payment_failed",
        payment_method_id: null,
        created_at: at,
      })
      .execute();
    if (sub) {
      const exhausted = !paid && o.next_payment_attempt == null;
      await trx
        .updateTable("subscriptions")
        .set(
          paid
            ? {
                status: "active",
                payment_failed_at: null,
                paid_features_blocked_at: null,
                next_payment_retry_at: null,
                updated_at: at,
              }
            : {
                status: exhausted ? "unpaid" : "past_due",
                payment_failed_at: sub.payment_failed_at ?? at,
                next_payment_retry_at: null,
                paid_features_blocked_at: exhausted ? at : null,
                updated_at: at,
              },
        )
        .where("id", "=", sub.id)
        .execute();
      ctx.touched.add(tenantId);
    }
    await billingEvent(trx, tenantId, paid ? "invoice.paid" : "payment.failed", {
      invoice_id: invoiceId,
      provider_invoice_id: o.id,
      amount: paid ? values.amount_paid : values.amount_due,
    });
    await audit(`stripe.${event.type}`, "invoice", invoiceId, { total });
  }
}
