import { sql } from "kysely";
import { withTenant } from "../../platform/db/index.js";
import { ApiError } from "../../platform/errors.js";
import { PLAN_LIMITS, upgradeOptions } from "../../platform/plans.js";
import type { PlatformServices } from "../../platform/services.js";

/**
 * Counts one AI request (a task or a code generation) against the tenant's daily quota, atomically: the
 * increment and the check are one statement, and a refused request is rolled back, so N concurrent requests
 * against a remaining quota of k let exactly k through.
 */
export async function consumeAiRequest(s: PlatformServices, tenantId: string): Promise<void> {
  const standing = await s.tenants.get(tenantId);
  if (!standing) throw new ApiError("unauthorized", "The tenant of these credentials no longer exists");
  const limit = PLAN_LIMITS[standing.plan].quotas.max_ai_requests_per_day;
  const now = s.clock.now();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  await withTenant(s.db, tenantId, async (trx) => {
    const row = await trx
      .insertInto("usage_counters")
      .values({ tenant_id: tenantId, metric: "ai_requests", period_start: day, value: 1 })
      .onConflict((oc) =>
        oc.columns(["tenant_id", "metric", "period_start"]).doUpdateSet({ value: sql`usage_counters.value + 1` }),
      )
      .returning("value")
      .executeTakeFirstOrThrow();
    if (row.value > limit) {
      const reset = new Date(day.getTime() + 86_400_000);
      throw new ApiError(
        "quota_exceeded",
        "Daily AI request quota exceeded",
        { quota_type: "ai_requests", current_usage: limit, quota_limit: limit, reset_date: reset.toISOString() },
        {
          upgradeOptions: upgradeOptions(standing.plan),
          headers: { "Retry-After": String(Math.max(1, Math.ceil((reset.getTime() - now.getTime()) / 1000))) },
        },
      );
    }
  });
}
