import { sql } from "kysely";
import { type Tx, withPlatform } from "../../platform/db/index.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import type { BillingService } from "./service.js";
import { mrrOf } from "./subscriptions.js";

const monthKey = (d: Date) => d.toISOString().slice(0, 7);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** One tenant's revenue, usage and payment health, from its subscription, invoices, payments and usage. */
export async function tenantAnalytics(
  trx: Tx,
  service: BillingService,
  tenantId: string,
  now: Date,
): Promise<Schemas["BillingAnalytics"]> {
  const summary = await service.usageSummary(trx, tenantId);
  const mrr = summary.sub ? mrrOf(summary.sub.status, summary.sub.plan) : 0;
  const past = await trx
    .selectFrom("invoices")
    .select(["usage", "issue_date"])
    .where("tenant_id", "=", tenantId)
    .where("provider", "=", "local")
    .orderBy("issue_date", "desc")
    .limit(5)
    .execute();
  const trend = (metric: "api_calls" | "ai_requests") => [
    ...past
      .reverse()
      .filter((p) => Object.keys(p.usage ?? {}).length > 0)
      .map((p) => Number((p.usage as Record<string, number>)[metric] ?? 0)),
    summary.figures[metric],
  ];
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000);
  const payments = await trx
    .selectFrom("payments")
    .select(["status", sql<number>`count(*)::int`.as("n")])
    .where("tenant_id", "=", tenantId)
    .where("created_at", ">=", yearAgo)
    .where("status", "in", ["succeeded", "failed"])
    .groupBy("status")
    .execute();
  const ok = payments.find((p) => p.status === "succeeded")?.n ?? 0;
  const failed = payments.find((p) => p.status === "failed")?.n ?? 0;
  return {
    tenant_id: tenantId,
    monthly_recurring_revenue: mrr,
    annual_recurring_revenue: mrr * 12,
    usage_metrics: summary.figures,
    usage_trends: { api_calls: trend("api_calls"), ai_requests: trend("ai_requests") },
    // Successful charges over all charge attempts of the last year; 1 when nothing was charged yet.
    payment_health_score: ok + failed === 0 ? 1 : Math.round((ok / (ok + failed)) * 1000) / 1000,
    projected_monthly_cost: summary.projected,
    calculated_at: now.toISOString(),
  };
}

/**
 * Platform revenue: paid invoices net of tax, by the month they were paid. Recurring revenue is base and
 * proration lines (credits included), one-time revenue is usage overage. New customers are first
 * subscriptions, churn is cancellations, expansion is the monthly price gained by upgrades.
 */
export function revenueAnalytics(
  db: Parameters<typeof withPlatform>[0],
  q: { period?: "monthly" | "quarterly" | "yearly"; start_date?: string; end_date?: string },
  now: Date,
): Promise<Schemas["RevenueAnalytics"]> {
  const period = q.period ?? "monthly";
  const end = q.end_date ? new Date(`${q.end_date.slice(0, 10)}T23:59:59.999Z`) : now;
  const start = q.start_date
    ? new Date(`${q.start_date.slice(0, 10)}T00:00:00Z`)
    : new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth() + 1, 1));
  return withPlatform(db, "admin: revenue analytics", async (trx) => {
    const lines = await trx
      .selectFrom("invoice_lines as l")
      .innerJoin("invoices as i", "i.id", "l.invoice_id")
      .select(["l.type", "l.amount", "i.paid_at"])
      .where("i.status", "=", "paid")
      .where("i.paid_at", ">=", start)
      .where("i.paid_at", "<=", end)
      .execute();
    const changes = await trx
      .selectFrom("subscription_changes")
      .select(["kind", "mrr_delta", "occurred_at", "tenant_id"])
      .where("occurred_at", ">=", start)
      .where("occurred_at", "<=", end)
      .execute();
    const months = new Map<string, { revenue: number; new_customers: number; churned: number; expansion: number }>();
    for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d <= end; ) {
      months.set(monthKey(d), { revenue: 0, new_customers: 0, churned: 0, expansion: 0 });
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
    let recurring = 0;
    let oneTime = 0;
    for (const l of lines) {
      if (l.type === "tax") continue;
      const m = months.get(monthKey(l.paid_at!));
      if (m) m.revenue += l.amount;
      if (l.type === "overage") oneTime += l.amount;
      else recurring += l.amount;
    }
    for (const c of changes) {
      const m = months.get(monthKey(c.occurred_at));
      if (!m) continue;
      if (c.kind === "created") m.new_customers++;
      if (c.kind === "canceled") m.churned++;
      if (c.kind === "plan_changed" && c.mrr_delta > 0) m.expansion += c.mrr_delta;
    }
    const breakdown = [...months].map(([month, m]) => ({
      month,
      revenue: m.revenue,
      new_customers: m.new_customers,
      churned_customers: m.churned,
      expansion_revenue: m.expansion,
    }));
    const span = period === "monthly" ? 1 : period === "quarterly" ? 3 : 12;
    const last = breakdown.slice(-span).reduce((a, b) => a + b.revenue, 0);
    const before = breakdown.slice(-2 * span, -span).reduce((a, b) => a + b.revenue, 0);
    const paying = new Set(changes.filter((c) => c.kind !== "canceled").map((c) => c.tenant_id)).size;
    const churned = breakdown.reduce((a, b) => a + b.churned_customers, 0);
    const total = recurring + oneTime;
    return {
      period,
      start_date: start.toISOString().slice(0, 10),
      end_date: end.toISOString().slice(0, 10),
      metrics: {
        total_revenue: total,
        recurring_revenue: recurring,
        one_time_revenue: oneTime,
        revenue_growth_rate: before > 0 ? round1(((last - before) / before) * 100) : 0,
        // No marketing spend is known to the server.
        customer_acquisition_cost: null,
        // Revenue per customer over the churn rate of the window, when anyone churned.
        lifetime_value: paying > 0 && churned > 0 ? Math.round((total / paying) * (paying / churned)) : null,
      },
      monthly_breakdown: breakdown,
    };
  });
}

/** Usage across tenants (or one) over the last N days, by day, from usage events and the platform's counters. */
export function usageAnalytics(
  db: Parameters<typeof withPlatform>[0],
  q: { tenant_id?: string; period?: string; metrics?: string },
  now: Date,
): Promise<Schemas["UsageAnalytics"]> {
  const days = Number.parseInt((q.period ?? "30d").slice(0, -1), 10);
  const wanted = (q.metrics ?? "api_calls,ai_requests,storage").split(",");
  const end = now;
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days + 1));
  const tenantFilter = q.tenant_id && q.tenant_id !== "all" ? q.tenant_id : undefined;
  return withPlatform(db, "admin: usage analytics", async (trx) => {
    let records = trx
      .selectFrom("usage_records")
      .select(["tenant_id", "metric", "quantity", "recorded_at"])
      .where("recorded_at", ">=", start)
      .where("recorded_at", "<=", end);
    if (tenantFilter) records = records.where("tenant_id", "=", tenantFilter);
    let counters = trx
      .selectFrom("usage_counters")
      .select(["tenant_id", "metric", "value", "period_start"])
      .where("metric", "in", ["api_calls", "ai_requests"])
      .where("period_start", ">=", new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)))
      .where("period_start", "<=", end);
    if (tenantFilter) counters = counters.where("tenant_id", "=", tenantFilter);
    const series = new Map<string, Map<string, number>>();
    const perTenant = new Map<string, Record<string, number>>();
    const add = (tenant: string, metric: string, date: Date, value: number, gauge: boolean) => {
      const name = metric === "storage_gb" ? "storage" : metric;
      if (!wanted.includes(name)) return;
      const key = (date < start ? start : date).toISOString().slice(0, 10);
      const m = series.get(name) ?? new Map<string, number>();
      m.set(key, gauge ? Math.max(m.get(key) ?? 0, value) : (m.get(key) ?? 0) + value);
      series.set(name, m);
      const t = perTenant.get(tenant) ?? {};
      t[name] = gauge ? Math.max(t[name] ?? 0, value) : (t[name] ?? 0) + value;
      perTenant.set(tenant, t);
    };
    for (const r of await records.execute()) {
      add(
        r.tenant_id,
        r.metric,
        r.recorded_at,
        Number(r.quantity),
        r.metric === "storage_gb" || r.metric === "active_users",
      );
    }
    // Traffic: AI requests are counted per day; API calls per month, shown on the month's first day in the window.
    for (const c of await counters.execute()) add(c.tenant_id, c.metric, c.period_start, Number(c.value), false);
    const metrics: Schemas["UsageAnalytics"]["metrics"] = {};
    for (const name of wanted) {
      const m = series.get(name) ?? new Map<string, number>();
      const daily = [...m].sort(([a], [b]) => a.localeCompare(b)).map(([date, value]) => ({ date, value }));
      const gauge = name === "storage" || name === "active_users";
      metrics[name] = {
        total: gauge ? Math.max(0, ...daily.map((d) => d.value)) : daily.reduce((a, d) => a + d.value, 0),
        daily,
      };
    }
    const slugs = await trx
      .selectFrom("tenants")
      .select(["id", "slug"])
      .where("id", "in", [...perTenant.keys(), "00000000-0000-0000-0000-000000000000"])
      .execute();
    return {
      tenant_id: tenantFilter ?? "all",
      period: `${days}d`,
      start: start.toISOString(),
      end: end.toISOString(),
      metrics,
      tenants: slugs.map((t) => ({ tenant_id: t.id, slug: t.slug, totals: perTenant.get(t.id) ?? {} })),
    };
  });
}
