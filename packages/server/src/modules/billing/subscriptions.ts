import type { Tx } from "../../platform/db/index.js";
import { ApiError, conflict, invalid, notFound } from "../../platform/errors.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import type { PlanSlug } from "../../platform/plans.js";
import { type BillingContext, billingAudit, billingEvent, DAY_MS } from "./context.js";
import { attemptPayment, collectIssued } from "./dunning.js";
import { type DraftLine, issueInvoice, overageLines, type SubscriptionRow } from "./invoices.js";
import { addMonths, prorate, secondsBetween } from "./money.js";
import { planId, priceOf, resolvePlan } from "./plans.js";
import { markBilled, measureUsage } from "./usage.js";

export function subscriptionToApi(sub: SubscriptionRow, defaultPm: string | null): Schemas["Subscription"] {
  return {
    id: sub.id,
    tenant_id: sub.tenant_id,
    plan_id: planId(sub.plan),
    plan: sub.plan,
    status: sub.status,
    current_period_start: sub.current_period_start.toISOString(),
    current_period_end: sub.current_period_end.toISOString(),
    trial_end: sub.trial_end ? sub.trial_end.toISOString() : null,
    cancel_at_period_end: sub.cancel_at_period_end,
    canceled_at: sub.canceled_at ? sub.canceled_at.toISOString() : null,
    default_payment_method_id: defaultPm,
    provider: sub.provider,
    created_at: sub.created_at.toISOString(),
  };
}

export function liveSubscription(trx: Tx, tenantId: string) {
  return trx
    .selectFrom("subscriptions")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("status", "<>", "canceled")
    .executeTakeFirst();
}

export async function requireLive(trx: Tx, tenantId: string): Promise<SubscriptionRow> {
  const sub = await liveSubscription(trx, tenantId);
  if (!sub) throw notFound("Subscription");
  return sub;
}

export async function defaultPaymentMethodId(trx: Tx, tenantId: string): Promise<string | null> {
  const pm = await trx
    .selectFrom("payment_methods")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("is_default", "=", true)
    .executeTakeFirst();
  return pm?.id ?? null;
}

/** The tenant's plan and quotas follow its subscription. */
export async function followPlan(ctx: BillingContext, trx: Tx, tenantId: string, plan: PlanSlug) {
  await trx.updateTable("tenants").set({ plan }).where("id", "=", tenantId).execute();
  ctx.touched.add(tenantId);
}

async function recordChange(
  trx: Tx,
  sub: { id: string; tenant_id: string },
  kind: "created" | "activated" | "plan_changed" | "canceled",
  from: PlanSlug | null,
  to: PlanSlug | null,
  mrrDelta: number,
  at: Date,
) {
  await trx
    .insertInto("subscription_changes")
    .values({
      tenant_id: sub.tenant_id,
      subscription_id: sub.id,
      kind,
      from_plan: from,
      to_plan: to,
      mrr_delta: mrrDelta,
      occurred_at: at,
    })
    .execute();
}

/** The monthly price a subscription contributes to recurring revenue (nothing while trialing or canceled). */
export const mrrOf = (status: SubscriptionRow["status"], plan: PlanSlug) =>
  status === "trialing" || status === "canceled" ? 0 : priceOf(plan);

export async function createSubscription(
  ctx: BillingContext,
  trx: Tx,
  tenantId: string,
  body: Schemas["CreateSubscriptionRequest"],
  cardId: string | null,
  customerId: string,
): Promise<SubscriptionRow> {
  const at = ctx.s.clock.now();
  if (body.tenant_id && body.tenant_id !== tenantId) throw invalid("tenant_id", "must be the caller's own tenant");
  const plan = resolvePlan(body.plan_id);
  if (await liveSubscription(trx, tenantId)) throw conflict("The tenant already has a subscription");
  const trialDays = body.trial_period_days ?? 0;
  if (trialDays === 0 && !cardId) {
    throw new ApiError("payment_required", "A subscription without a trial needs a payment method", {
      field: "payment_method_id",
    });
  }
  const provider = await ctx.provider.startSubscription({ customerId, tenantId, plan, trialDays, cardId });
  const trialEnd = trialDays > 0 ? new Date(at.getTime() + trialDays * DAY_MS) : null;
  const sub = await trx
    .insertInto("subscriptions")
    .values({
      tenant_id: tenantId,
      plan,
      status: trialEnd ? "trialing" : "active",
      provider: ctx.provider.name,
      provider_subscription_id: provider.id,
      billing_anchor: trialEnd ?? at,
      period_index: trialEnd ? -1 : 0,
      current_period_start: at,
      current_period_end: trialEnd ?? addMonths(at, 1),
      trial_end: trialEnd,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await followPlan(ctx, trx, tenantId, plan);
  await recordChange(trx, sub, "created", null, plan, mrrOf(sub.status, plan), at);
  await billingEvent(trx, tenantId, "subscription.created", {
    subscription_id: sub.id,
    plan,
    status: sub.status,
    trial_end: trialEnd?.toISOString() ?? null,
  });
  await billingAudit(trx, {
    tenantId,
    action: "subscription.created",
    targetType: "subscription",
    targetId: sub.id,
    at,
    details: { plan, trial_period_days: trialDays },
  });
  if (!trialEnd && ctx.provider.issuesInvoices) {
    // Billed in advance: the first month is invoiced and charged now; a declined card refuses the subscription.
    const invoice = await issueInvoice(ctx, trx, {
      sub,
      at,
      lines: [baseLine(plan, at, sub.current_period_end)],
      usage: { api_calls: 0, ai_requests: 0, storage_gb: 0, active_users: 0 },
      reason: "subscription created",
    });
    if (invoice && !(await collectIssued(ctx, trx, sub, invoice, at))) {
      throw new ApiError("payment_required", "The card was declined; the subscription was not created", {
        invoice_number: invoice.number,
      });
    }
  }
  return sub;
}

export function baseLine(plan: PlanSlug, from: Date, to: Date): DraftLine {
  const price = priceOf(plan);
  return {
    type: "base",
    description: `${plan[0]!.toUpperCase()}${plan.slice(1)} plan, monthly`,
    quantity: 1,
    unitAmount: price,
    amount: price,
    periodStart: from,
    periodEnd: to,
  };
}

/**
 * A plan change takes effect at once. Mid-period (paid periods only), the unused time of the old plan is
 * credited and the remaining time of the new plan charged, each prorated to the second and rounded half up to
 * the cent; both lines wait for the next invoice.
 */
export async function changePlan(ctx: BillingContext, trx: Tx, sub: SubscriptionRow, to: PlanSlug, at: Date) {
  if (to === sub.plan) return;
  const from = sub.plan;
  if (sub.status !== "trialing") {
    const S = sub.current_period_start;
    const E = sub.current_period_end;
    const period = secondsBetween(S, E);
    const remaining = Math.max(0, secondsBetween(at, E));
    const credit = prorate(priceOf(from), remaining, period);
    const charge = prorate(priceOf(to), remaining, period);
    const items = [
      { description: `Unused time on the ${from} plan`, amount: -credit, unit: -credit },
      { description: `Remaining time on the ${to} plan`, amount: charge, unit: charge },
    ];
    for (const item of items) {
      await trx
        .insertInto("pending_invoice_items")
        .values({
          tenant_id: sub.tenant_id,
          subscription_id: sub.id,
          type: "proration",
          description: item.description,
          quantity: 1,
          unit_amount: item.unit,
          amount: item.amount,
          period_start: at,
          period_end: E,
          created_at: at,
        })
        .execute();
    }
  }
  await trx.updateTable("subscriptions").set({ plan: to, updated_at: at }).where("id", "=", sub.id).execute();
  await followPlan(ctx, trx, sub.tenant_id, to);
  await recordChange(trx, sub, "plan_changed", from, to, mrrOf(sub.status, to) - mrrOf(sub.status, from), at);
  await billingEvent(trx, sub.tenant_id, "subscription.updated", {
    subscription_id: sub.id,
    plan: to,
    previous_plan: from,
    status: sub.status,
  });
  await billingAudit(trx, {
    tenantId: sub.tenant_id,
    action: "subscription.plan_changed",
    targetType: "subscription",
    targetId: sub.id,
    at,
    details: { from, to },
  });
}

/**
 * Ends a subscription. At the period end (`closing`) or immediately: an immediate cancellation of a paid
 * period credits the unused time. Either way the final invoice carries waiting prorations and the usage
 * overage of the period so far.
 */
export async function endSubscription(
  ctx: BillingContext,
  trx: Tx,
  sub: SubscriptionRow,
  at: Date,
  how: "immediately" | "period_end",
) {
  const lines: DraftLine[] = [];
  const open = await trx
    .selectFrom("invoices")
    .select("id")
    .where("subscription_id", "=", sub.id)
    .where("status", "=", "open")
    .execute();
  if (sub.status !== "trialing" && ctx.provider.issuesInvoices) {
    if (how === "immediately" && open.length === 0) {
      const period = secondsBetween(sub.current_period_start, sub.current_period_end);
      const unused = prorate(priceOf(sub.plan), Math.max(0, secondsBetween(at, sub.current_period_end)), period);
      if (unused > 0) {
        lines.push({
          type: "credit",
          description: `Unused time on the ${sub.plan} plan after cancellation`,
          quantity: 1,
          unitAmount: -unused,
          amount: -unused,
          periodStart: at,
          periodEnd: sub.current_period_end,
        });
      }
    }
    const usage = await measureUsage(trx, ctx.s.counters, sub.tenant_id, sub.current_period_start, at);
    lines.push(...overageLines(sub.plan, usage.figures, sub.current_period_start, at));
    await markBilled(trx, sub.tenant_id, usage.unbilled);
    const invoice = await issueInvoice(ctx, trx, { sub, at, lines, usage: usage.figures, reason: "cancellation" });
    if (invoice?.status === "open") await attemptPayment(ctx, trx, invoice, at);
  }
  // What is still unpaid at cancellation will not be collected.
  await trx
    .updateTable("invoices")
    .set({ status: "uncollectible" })
    .where("subscription_id", "=", sub.id)
    .where("status", "=", "open")
    .execute();
  await trx
    .updateTable("subscriptions")
    .set({
      status: "canceled",
      canceled_at: at,
      next_payment_retry_at: null,
      paid_features_blocked_at: null,
      updated_at: at,
      ...(how === "immediately" ? { current_period_end: at } : {}),
    })
    .where("id", "=", sub.id)
    .execute();
  if (sub.suspended_for_payment_at) {
    await trx
      .updateTable("tenants")
      .set({ status: "active", suspended_reason: null })
      .where("id", "=", sub.tenant_id)
      .execute();
  }
  // Without a subscription the tenant falls back to the smallest plan's quotas.
  await followPlan(ctx, trx, sub.tenant_id, "developer");
  await recordChange(trx, sub, "canceled", sub.plan, null, -mrrOf(sub.status, sub.plan), at);
  await billingEvent(trx, sub.tenant_id, "subscription.cancelled", {
    subscription_id: sub.id,
    plan: sub.plan,
    cancelled_at: at.toISOString(),
    immediately: how === "immediately",
  });
  await billingAudit(trx, {
    tenantId: sub.tenant_id,
    action: "subscription.cancelled",
    targetType: "subscription",
    targetId: sub.id,
    at,
    details: { how },
  });
}

export { recordChange };
