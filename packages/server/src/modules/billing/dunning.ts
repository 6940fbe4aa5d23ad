import { type Database, type Tx, withPlatform } from "../../platform/db/index.js";
import { ApiError } from "../../platform/errors.js";
import { type BillingContext, billingAudit, billingEvent, DAY_MS } from "./context.js";
import type { InvoiceRow, SubscriptionRow } from "./invoices.js";
import type { CardDetails } from "./provider.js";

/** Operations that count as paid features: they are refused with 402 once dunning has run out. */
export const PAID_FEATURES: ReadonlySet<string> = new Set([
  "createTask",
  "generateCode",
  "analyzeProject",
  "createProject",
]);

async function defaultCard(trx: Tx, tenantId: string): Promise<CardDetails | null> {
  const pm = await trx
    .selectFrom("payment_methods")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("is_default", "=", true)
    .executeTakeFirst();
  return pm
    ? {
        id: pm.id,
        brand: pm.brand,
        last4: pm.last4,
        expMonth: pm.exp_month,
        expYear: pm.exp_year,
        behaviour: pm.behaviour,
      }
    : null;
}

/** Charges the tenant's default card for an open invoice; records the payment either way. */
export async function attemptPayment(ctx: BillingContext, trx: Tx, invoice: InvoiceRow, at: Date): Promise<boolean> {
  const card = await defaultCard(trx, invoice.tenant_id);
  const result = await ctx.provider.charge(card, invoice.amount_due);
  await trx
    .insertInto("payments")
    .values({
      tenant_id: invoice.tenant_id,
      invoice_id: invoice.id,
      amount: invoice.amount_due,
      status: result.ok ? "succeeded" : "failed",
      failure_code: result.ok ? null : result.code,
      payment_method_id: card?.id ?? null,
      created_at: at,
    })
    .execute();
  await trx
    .updateTable("invoices")
    .set(
      result.ok
        ? {
            status: "paid",
            paid_at: at,
            amount_paid: invoice.amount_due,
            amount_due: 0,
            attempt_count: invoice.attempt_count + 1,
          }
        : { attempt_count: invoice.attempt_count + 1 },
    )
    .where("id", "=", invoice.id)
    .execute();
  const details = { number: invoice.number, amount: invoice.amount_due, payment_method_id: card?.id ?? null };
  if (result.ok) {
    await billingEvent(trx, invoice.tenant_id, "invoice.paid", {
      invoice_id: invoice.id,
      number: invoice.number,
      amount_paid: invoice.amount_due,
      paid_at: at.toISOString(),
    });
    await billingAudit(trx, {
      tenantId: invoice.tenant_id,
      action: "payment.succeeded",
      targetType: "invoice",
      targetId: invoice.id,
      at,
      details,
    });
  } else {
    await billingEvent(trx, invoice.tenant_id, "payment.failed", {
      invoice_id: invoice.id,
      number: invoice.number,
      amount_due: invoice.amount_due,
      failure_code: result.code,
      failure_message: result.message,
      attempt: invoice.attempt_count + 1,
    });
    await billingAudit(trx, {
      tenantId: invoice.tenant_id,
      action: "payment.failed",
      targetType: "invoice",
      targetId: invoice.id,
      result: "failure",
      at,
      details: { ...details, failure_code: result.code },
    });
  }
  return result.ok;
}

/** Collects a freshly issued invoice: on failure the subscription enters dunning (past_due, retries scheduled). */
export async function collectIssued(ctx: BillingContext, trx: Tx, sub: SubscriptionRow, invoice: InvoiceRow, at: Date) {
  if (invoice.status !== "open") return true;
  if (await attemptPayment(ctx, trx, invoice, at)) {
    if (sub.payment_failed_at && (await openInvoices(trx, sub.tenant_id)).length === 0)
      await restore(ctx, trx, sub, at);
    return true;
  }
  if (!sub.payment_failed_at) {
    await trx
      .updateTable("subscriptions")
      .set({
        status: sub.status === "unpaid" ? "unpaid" : "past_due",
        payment_failed_at: at,
        payment_retry_count: 0,
        next_payment_retry_at: new Date(at.getTime() + ctx.retryScheduleDays[0]! * DAY_MS),
        updated_at: at,
      })
      .where("id", "=", sub.id)
      .execute();
    await statusChanged(ctx, trx, sub, "past_due", at);
  }
  return false;
}

function openInvoices(trx: Tx, tenantId: string) {
  return trx
    .selectFrom("invoices")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "open")
    .where("provider", "=", "local")
    .orderBy("issue_date")
    .orderBy("number")
    .execute();
}

/**
 * Tries every open invoice again, oldest first. All paid: the subscription is restored. Otherwise the next
 * retry is scheduled, or, after the last one, paid features are blocked (402) until a payment succeeds.
 */
export async function retryPayments(ctx: BillingContext, trx: Tx, sub: SubscriptionRow, at: Date, scheduled: boolean) {
  for (const invoice of await openInvoices(trx, sub.tenant_id)) {
    if (!(await attemptPayment(ctx, trx, invoice, at))) {
      if (!scheduled) return false;
      const count = sub.payment_retry_count + 1;
      const exhausted = count >= ctx.retryScheduleDays.length;
      await trx
        .updateTable("subscriptions")
        .set({
          payment_retry_count: count,
          next_payment_retry_at: exhausted ? null : new Date(at.getTime() + ctx.retryScheduleDays[count]! * DAY_MS),
          ...(exhausted ? { status: "unpaid" as const, paid_features_blocked_at: at } : {}),
          updated_at: at,
        })
        .where("id", "=", sub.id)
        .execute();
      if (exhausted) {
        await statusChanged(ctx, trx, sub, "unpaid", at);
        await billingAudit(trx, {
          tenantId: sub.tenant_id,
          action: "billing.paid_features_blocked",
          targetType: "subscription",
          targetId: sub.id,
          at,
          details: { retries: count },
        });
      }
      return false;
    }
  }
  if (sub.payment_failed_at) await restore(ctx, trx, sub, at);
  return true;
}

/** A successful payment settles everything: active again, paid features back, suspension for non-payment lifted. */
async function restore(ctx: BillingContext, trx: Tx, sub: SubscriptionRow, at: Date) {
  await trx
    .updateTable("subscriptions")
    .set({
      status: sub.status === "canceled" ? "canceled" : "active",
      payment_failed_at: null,
      payment_retry_count: 0,
      next_payment_retry_at: null,
      paid_features_blocked_at: null,
      suspended_for_payment_at: null,
      updated_at: at,
    })
    .where("id", "=", sub.id)
    .execute();
  if (sub.suspended_for_payment_at) {
    await trx
      .updateTable("tenants")
      .set({ status: "active", suspended_reason: null })
      .where("id", "=", sub.tenant_id)
      .where("status", "=", "suspended")
      .execute();
    await billingEvent(trx, sub.tenant_id, "tenant.reactivated", { tenant_id: sub.tenant_id, reason: "payment" });
  }
  await billingAudit(trx, {
    tenantId: sub.tenant_id,
    action: "billing.restored",
    targetType: "subscription",
    targetId: sub.id,
    at,
  });
  if (sub.status !== "active" && sub.status !== "canceled") await statusChanged(ctx, trx, sub, "active", at);
}

/** After the grace period, a tenant that still has not paid is suspended (451). */
export async function suspendForNonPayment(ctx: BillingContext, trx: Tx, sub: SubscriptionRow, at: Date) {
  const reason = "Payment overdue: update the payment method to reactivate";
  await trx
    .updateTable("tenants")
    .set({ status: "suspended", suspended_reason: reason })
    .where("id", "=", sub.tenant_id)
    .execute();
  await trx
    .updateTable("subscriptions")
    .set({ suspended_for_payment_at: at, updated_at: at })
    .where("id", "=", sub.id)
    .execute();
  await billingEvent(trx, sub.tenant_id, "tenant.suspended", { tenant_id: sub.tenant_id, reason });
  await billingAudit(trx, {
    tenantId: sub.tenant_id,
    action: "tenant.suspended_for_non_payment",
    targetType: "tenant",
    targetId: sub.tenant_id,
    at,
  });
  ctx.touched.add(sub.tenant_id);
}

async function statusChanged(ctx: BillingContext, trx: Tx, sub: SubscriptionRow, status: string, at: Date) {
  ctx.touched.add(sub.tenant_id);
  await billingEvent(trx, sub.tenant_id, "subscription.updated", {
    subscription_id: sub.id,
    plan: sub.plan,
    status,
    previous_status: sub.status,
    at: at.toISOString(),
  });
  await billingAudit(trx, {
    tenantId: sub.tenant_id,
    action: "subscription.status_changed",
    targetType: "subscription",
    targetId: sub.id,
    at,
    details: { from: sub.status, to: status },
  });
}

/**
 * Which tenants have paid features blocked, read on every paid-feature request: a short cache, dropped at
 * once for changes made by this process.
 */
export class PaymentHolds {
  private cache = new Map<string, { blocked: boolean; until: number }>();

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 2_000,
  ) {}

  async check(tenantId: string, operationId: string): Promise<void> {
    if (!PAID_FEATURES.has(operationId)) return;
    let hit = this.cache.get(tenantId);
    if (!hit || hit.until < Date.now()) {
      const row = await withPlatform(this.db, "read billing hold", (trx) =>
        trx
          .selectFrom("subscriptions")
          .select("id")
          .where("tenant_id", "=", tenantId)
          .where("status", "<>", "canceled")
          .where("paid_features_blocked_at", "is not", null)
          .executeTakeFirst(),
      );
      hit = { blocked: Boolean(row), until: Date.now() + this.ttlMs };
      this.cache.set(tenantId, hit);
    }
    if (hit.blocked) {
      throw new ApiError(
        "payment_required",
        "Payment failed and every retry was declined: update the payment method to use this feature again",
        { tenant_id: tenantId, operation: operationId },
      );
    }
  }

  forget(tenantId: string): void {
    this.cache.delete(tenantId);
  }
}
