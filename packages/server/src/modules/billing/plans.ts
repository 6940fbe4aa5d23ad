import type { DataResidency } from "../../platform/db/index.js";
import { invalid } from "../../platform/errors.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import { PLAN_LIMITS, PLAN_ORDER, type PlanSlug } from "../../platform/plans.js";

/** The documented plan ids are `plan-uuid-<slug>`; the slug itself is accepted too. */
export const planId = (slug: PlanSlug) => `plan-uuid-${slug}`;

export function planCatalogue(): Schemas["Plan"][] {
  return PLAN_ORDER.map((slug) => {
    const p = PLAN_LIMITS[slug];
    return {
      id: planId(slug),
      name: p.name,
      slug,
      base_price: p.monthlyPrice,
      currency: "USD" as const,
      billing_interval: "monthly" as const,
      ...(slug === "enterprise" ? { is_enterprise: true } : {}),
      features: p.features,
      trial_period_days: p.trialDays,
    };
  });
}

export function resolvePlan(idOrSlug: string, field = "plan_id"): PlanSlug {
  const slug = idOrSlug.startsWith("plan-uuid-") ? idOrSlug.slice("plan-uuid-".length) : idOrSlug;
  if ((PLAN_ORDER as string[]).includes(slug)) return slug as PlanSlug;
  throw invalid(field, `unknown plan ${idOrSlug}; one of ${PLAN_ORDER.map(planId).join(", ")}`);
}

export const priceOf = (plan: PlanSlug) => PLAN_LIMITS[plan].monthlyPrice;

/**
 * Metered overage of the local ledger: what a billing period's usage costs beyond what the plan includes.
 * `unit` is how many of the metric one `unitAmount` buys; partial units are billed as whole ones.
 * Active users are not metered: max_users is a hard quota.
 */
export interface OverageRate {
  metric: "api_calls" | "ai_requests" | "storage_gb";
  included: (plan: PlanSlug) => number | null;
  unit: number;
  unitAmount: number;
  label: string;
}

export const OVERAGE_RATES: readonly OverageRate[] = [
  {
    metric: "api_calls",
    included: (plan) => PLAN_LIMITS[plan].apiCallsPerMonth,
    unit: 1_000,
    unitAmount: 50,
    label: "API calls over the plan's monthly allowance, per 1,000",
  },
  {
    metric: "ai_requests",
    // The daily allowance over a 30-day month.
    included: (plan) => PLAN_LIMITS[plan].quotas.max_ai_requests_per_day * 30,
    unit: 1,
    unitAmount: 2,
    label: "AI requests over the plan's allowance",
  },
  {
    metric: "storage_gb",
    included: (plan) => PLAN_LIMITS[plan].features.storage_gb as number,
    unit: 1,
    unitAmount: 25,
    label: "Storage over the plan's allowance, per GB (peak of the period)",
  },
];

/** Sales tax or VAT of the local ledger, by the tenant's data residency, in basis points. */
export const TAX_RATES_BPS: Record<DataResidency, number> = { us: 0, eu: 2_000, uk: 2_000, ca: 500, ap: 1_000 };

export interface OverageLine {
  metric: OverageRate["metric"];
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
}

/** The overage lines for a period's usage on a plan (only metrics over their allowance). */
export function overageFor(plan: PlanSlug, usage: Record<string, number>): OverageLine[] {
  const lines: OverageLine[] = [];
  for (const rate of OVERAGE_RATES) {
    const included = rate.included(plan);
    if (included === null) continue;
    const over = (usage[rate.metric] ?? 0) - included;
    if (over <= 0) continue;
    const quantity = Math.ceil(over / rate.unit);
    lines.push({
      metric: rate.metric,
      description: rate.label,
      quantity,
      unitAmount: rate.unitAmount,
      amount: quantity * rate.unitAmount,
    });
  }
  return lines;
}
