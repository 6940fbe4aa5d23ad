import { sql } from "kysely";
import type { BillingMetric, Tx } from "../../platform/db/index.js";
import type { CounterStore } from "../../platform/limits/counters.js";
import { monthlyApiCallsKey, startOfMonth } from "../../platform/limits/gate.js";

export type UsageFigures = Record<BillingMetric, number>;

/** The platform's own usage counters from real traffic that billing meters: API calls monthly, AI requests daily. */
const TRAFFIC_METRICS = ["api_calls", "ai_requests"] as const;

/**
 * Usage of a tenant from `from` up to `to`: recorded usage events in that window, plus the traffic the platform
 * counted and billing has not billed yet (counters are calendar months and days, billing periods are not, so
 * traffic is metered by what has been billed of each counter). Storage and active users are gauges: the
 * period's peak.
 */
export async function measureUsage(
  trx: Tx,
  counters: CounterStore,
  tenantId: string,
  from: Date,
  to: Date,
): Promise<{ figures: UsageFigures; unbilled: { metric: string; periodStart: Date; value: number }[] }> {
  const recorded = await trx
    .selectFrom("usage_records")
    .select([
      "metric",
      sql<number>`coalesce(sum(quantity), 0)::float8`.as("total"),
      sql<number>`coalesce(max(quantity), 0)::float8`.as("peak"),
    ])
    .where("tenant_id", "=", tenantId)
    .where("recorded_at", ">=", from)
    .where("recorded_at", "<", to)
    .groupBy("metric")
    .execute();
  const figures: UsageFigures = { api_calls: 0, ai_requests: 0, storage_gb: 0, active_users: 0 };
  for (const r of recorded) {
    figures[r.metric] = r.metric === "storage_gb" || r.metric === "active_users" ? Number(r.peak) : Number(r.total);
  }
  const users = await trx
    .selectFrom("users")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "active")
    .executeTakeFirstOrThrow();
  figures.active_users = Math.max(figures.active_users, users.n);

  const unbilled = await unbilledTraffic(trx, counters, tenantId, to);
  for (const u of unbilled) figures[u.metric as BillingMetric] += u.value;
  return { figures, unbilled };
}

async function unbilledTraffic(trx: Tx, counters: CounterStore, tenantId: string, before: Date) {
  const rows = await trx
    .selectFrom("usage_counters as c")
    .leftJoin("usage_billed as b", (j) =>
      j
        .onRef("b.tenant_id", "=", "c.tenant_id")
        .onRef("b.metric", "=", "c.metric")
        .onRef("b.counter_period_start", "=", "c.period_start"),
    )
    .select(["c.metric", "c.period_start", "c.value", sql<number>`coalesce(b.billed, 0)::float8`.as("billed")])
    .where("c.tenant_id", "=", tenantId)
    .where("c.metric", "in", [...TRAFFIC_METRICS])
    .where("c.period_start", "<", before)
    .execute();
  const byKey = new Map<string, { metric: string; periodStart: Date; value: number; billed: number }>();
  for (const r of rows) {
    byKey.set(`${r.metric}:${r.period_start.toISOString()}`, {
      metric: r.metric,
      periodStart: r.period_start,
      value: Number(r.value),
      billed: Number(r.billed),
    });
  }
  // The current month's API calls may not be flushed to usage_counters yet: the live counter knows better.
  const month = startOfMonth(new Date(before.getTime() - 1));
  const live = await counters.get(monthlyApiCallsKey(tenantId, month));
  const key = `api_calls:${month.toISOString()}`;
  const known = byKey.get(key);
  if (live > (known?.value ?? 0)) {
    const billed = known?.billed ?? (await billedOf(trx, tenantId, "api_calls", month));
    byKey.set(key, { metric: "api_calls", periodStart: month, value: live, billed });
  }
  return [...byKey.values()]
    .map((r) => ({ metric: r.metric, periodStart: r.periodStart, value: Math.max(0, r.value - r.billed) }))
    .filter((r) => r.value > 0);
}

async function billedOf(trx: Tx, tenantId: string, metric: string, periodStart: Date): Promise<number> {
  const row = await trx
    .selectFrom("usage_billed")
    .select("billed")
    .where("tenant_id", "=", tenantId)
    .where("metric", "=", metric)
    .where("counter_period_start", "=", periodStart)
    .executeTakeFirst();
  return Number(row?.billed ?? 0);
}

/** Marks traffic as billed, so the next period does not bill it again. */
export async function markBilled(
  trx: Tx,
  tenantId: string,
  unbilled: { metric: string; periodStart: Date; value: number }[],
): Promise<void> {
  for (const u of unbilled) {
    await trx
      .insertInto("usage_billed")
      .values({ tenant_id: tenantId, metric: u.metric, counter_period_start: u.periodStart, billed: u.value })
      .onConflict((oc) =>
        oc
          .columns(["tenant_id", "metric", "counter_period_start"])
          .doUpdateSet({ billed: sql`usage_billed.billed + excluded.billed` }),
      )
      .execute();
  }
}
