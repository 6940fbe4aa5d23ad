import { withPlatform } from "../../platform/db/index.js";
import { type BillingContext, billingAudit, DAY_MS, settle } from "./context.js";
import { collectIssued, retryPayments, suspendForNonPayment } from "./dunning.js";
import { issueInvoice, overageLines, type SubscriptionRow } from "./invoices.js";
import { addMonths } from "./money.js";
import { baseLine, endSubscription, mrrOf, recordChange } from "./subscriptions.js";
import { markBilled, measureUsage } from "./usage.js";

export type JobKind = "trials_ended" | "periods_closed" | "payment_retries" | "suspensions" | "cancellations";
export type JobCounts = Record<JobKind, number>;

interface Due {
  kind: Exclude<JobKind, "cancellations">;
  sub: SubscriptionRow;
  at: Date;
}

/**
 * Billing work that comes due with time, for the local ledger: trial ends, period closes (invoice, charge,
 * cancellation at period end), payment retries and suspensions after the grace period. Work is done in time
 * order, each item as of the moment it fell due, so advancing the clock by a year bills twelve months exactly
 * as twelve real months would.
 */
export async function runDueBillingWork(ctx: BillingContext, now: Date, limit = 100_000): Promise<JobCounts> {
  const counts: JobCounts = {
    trials_ended: 0,
    periods_closed: 0,
    payment_retries: 0,
    suspensions: 0,
    cancellations: 0,
  };
  for (let i = 0; i < limit; i++) {
    const due = await nextDue(ctx, now);
    if (!due) break;
    await withPlatform(ctx.s.db, `billing: ${due.kind}`, async (trx) => {
      // Re-read under lock: another process may have done this item already.
      const sub = await trx
        .selectFrom("subscriptions")
        .selectAll()
        .where("id", "=", due.sub.id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (JSON.stringify(sub) !== JSON.stringify(due.sub)) return;
      if (due.kind === "trials_ended") await endTrial(ctx, trx, sub, due.at);
      else if (due.kind === "periods_closed") {
        if (sub.cancel_at_period_end) {
          await endSubscription(ctx, trx, sub, due.at, "period_end");
          counts.cancellations++;
          return;
        }
        await closePeriod(ctx, trx, sub, due.at);
      } else if (due.kind === "payment_retries") await retryPayments(ctx, trx, sub, due.at, true);
      else await suspendForNonPayment(ctx, trx, sub, due.at);
      counts[due.kind]++;
    });
    flush(ctx);
  }
  flush(ctx);
  return counts;
}

const flush = settle;

async function nextDue(ctx: BillingContext, now: Date): Promise<Due | undefined> {
  const graceMs = ctx.suspensionGraceDays * DAY_MS;
  return withPlatform(ctx.s.db, "billing: find due work", async (trx) => {
    const rows = await trx
      .selectFrom("subscriptions")
      .selectAll()
      .where("provider", "=", "local")
      .where("status", "<>", "canceled")
      .where((eb) =>
        eb.or([
          eb("current_period_end", "<=", now),
          eb("next_payment_retry_at", "<=", now),
          eb.and([
            eb("suspended_for_payment_at", "is", null),
            eb("paid_features_blocked_at", "<=", new Date(now.getTime() - graceMs)),
          ]),
        ]),
      )
      .execute();
    let best: Due | undefined;
    const consider = (d: Due) => {
      if (!best || d.at < best.at) best = d;
    };
    for (const sub of rows) {
      if (sub.current_period_end <= now) {
        consider({
          kind: sub.status === "trialing" ? "trials_ended" : "periods_closed",
          sub,
          at: sub.current_period_end,
        });
      }
      if (sub.next_payment_retry_at && sub.next_payment_retry_at <= now) {
        consider({ kind: "payment_retries", sub, at: sub.next_payment_retry_at });
      }
      if (sub.paid_features_blocked_at && !sub.suspended_for_payment_at) {
        const at = new Date(sub.paid_features_blocked_at.getTime() + graceMs);
        if (at <= now) consider({ kind: "suspensions", sub, at });
      }
    }
    return best;
  });
}

async function endTrial(ctx: BillingContext, trx: Parameters<typeof closePeriod>[1], sub: SubscriptionRow, at: Date) {
  if (sub.cancel_at_period_end) {
    await endSubscription(ctx, trx, sub, at, "period_end");
    return;
  }
  // Usage during the trial is free: mark the traffic counted so far as billed.
  const trialUsage = await measureUsage(trx, ctx.s.counters, sub.tenant_id, sub.current_period_start, at);
  await markBilled(trx, sub.tenant_id, trialUsage.unbilled);
  const end = addMonths(at, 1);
  const next = await trx
    .updateTable("subscriptions")
    .set({
      status: "active",
      billing_anchor: at,
      period_index: 0,
      current_period_start: at,
      current_period_end: end,
      updated_at: at,
    })
    .where("id", "=", sub.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordChange(trx, sub, "activated", null, sub.plan, mrrOf("active", sub.plan), at);
  await billingAudit(trx, {
    tenantId: sub.tenant_id,
    action: "subscription.trial_ended",
    targetType: "subscription",
    targetId: sub.id,
    at,
  });
  await trx
    .insertInto("domain_events")
    .values({
      tenant_id: sub.tenant_id,
      event_type: "subscription.updated",
      payload: JSON.stringify({
        subscription_id: sub.id,
        plan: sub.plan,
        status: "active",
        previous_status: "trialing",
      }),
    })
    .execute();
  ctx.touched.add(sub.tenant_id);
  const invoice = await issueInvoice(ctx, trx, {
    sub: next,
    at,
    lines: [baseLine(sub.plan, at, end)],
    usage: trialUsage.figures,
    reason: "trial ended",
  });
  if (invoice) await collectIssued(ctx, trx, next, invoice, at);
}

/** Closes a paid period: the next month's base in advance, the closed month's overage in arrears, prorations. */
async function closePeriod(
  ctx: BillingContext,
  trx: Parameters<typeof endSubscription>[1],
  sub: SubscriptionRow,
  at: Date,
) {
  const usage = await measureUsage(trx, ctx.s.counters, sub.tenant_id, sub.current_period_start, at);
  await markBilled(trx, sub.tenant_id, usage.unbilled);
  const index = sub.period_index + 1;
  const start = addMonths(sub.billing_anchor, index);
  const end = addMonths(sub.billing_anchor, index + 1);
  const next = await trx
    .updateTable("subscriptions")
    .set({ period_index: index, current_period_start: start, current_period_end: end, updated_at: at })
    .where("id", "=", sub.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const invoice = await issueInvoice(ctx, trx, {
    sub: next,
    at,
    lines: [baseLine(sub.plan, start, end), ...overageLines(sub.plan, usage.figures, sub.current_period_start, at)],
    usage: usage.figures,
    reason: "period closed",
  });
  if (invoice) await collectIssued(ctx, trx, next, invoice, at);
}
