import type { components } from "../generated/schema.js";

export type PlanSlug = components["schemas"]["PlanSlug"];
export type TenantQuotas = components["schemas"]["TenantQuotas"];

export interface PlanLimits {
  quotas: TenantQuotas;
  requestsPerMinute: number;
  /** null: unlimited. */
  apiCallsPerMonth: number | null;
  monthlyPrice: number;
  benefits: string[];
  /** The documented plan catalogue entry (GET /v1/billing/plans). */
  name: string;
  trialDays: number;
  features: Record<string, number | boolean>;
}

/** The plan table of the API documentation: one home for every limit and price. Money in cents. */
export const PLAN_LIMITS: Record<PlanSlug, PlanLimits> = {
  developer: {
    quotas: {
      max_users: 1,
      max_projects: 5,
      max_api_calls_per_month: 10_000,
      max_storage_mb: 1_024,
      max_ai_requests_per_day: 100,
      max_concurrent_sessions: 2,
    },
    requestsPerMinute: 100,
    apiCallsPerMonth: 10_000,
    monthlyPrice: 5_000,
    benefits: ["1 user", "5 projects", "100 AI requests a day", "Email support"],
    name: "Developer",
    trialDays: 14,
    features: {
      max_users: 1,
      max_projects: 5,
      ai_requests_per_day: 100,
      storage_gb: 1,
      email_support: true,
      api_access: true,
    },
  },
  team: {
    quotas: {
      max_users: 10,
      max_projects: 50,
      max_api_calls_per_month: 100_000,
      max_storage_mb: 10_240,
      max_ai_requests_per_day: 1_000,
      max_concurrent_sessions: 10,
    },
    requestsPerMinute: 1_000,
    apiCallsPerMonth: 100_000,
    monthlyPrice: 20_000,
    benefits: ["10 users", "100,000 API calls a month", "1,000 AI requests a day", "SSO", "Chat support"],
    name: "Team",
    trialDays: 14,
    features: {
      max_users: 10,
      max_projects: 50,
      ai_requests_per_day: 1_000,
      storage_gb: 10,
      sso_support: true,
      chat_support: true,
    },
  },
  enterprise: {
    quotas: {
      max_users: 999_999,
      max_projects: 999_999,
      max_api_calls_per_month: 999_999_999,
      max_storage_mb: 1_048_576,
      max_ai_requests_per_day: 10_000,
      max_concurrent_sessions: 100,
    },
    requestsPerMinute: 10_000,
    apiCallsPerMonth: null,
    monthlyPrice: 80_000,
    benefits: ["Unlimited API calls", "Priority support", "SAML", "SLA guarantee"],
    name: "Enterprise",
    trialDays: 30,
    features: {
      max_users: 999_999,
      max_projects: 999_999,
      ai_requests_per_day: 10_000,
      storage_gb: 1_000,
      saml_support: true,
      dedicated_support: true,
      sla_guarantee: true,
    },
  },
};

export const PLAN_ORDER: PlanSlug[] = ["developer", "team", "enterprise"];

/** The plans above the current one, as the documented `upgrade_options`. */
export function upgradeOptions(current: PlanSlug): components["schemas"]["UpgradeOption"][] {
  return PLAN_ORDER.slice(PLAN_ORDER.indexOf(current) + 1).map((plan) => ({
    plan,
    monthly_price: PLAN_LIMITS[plan].monthlyPrice,
    benefits: PLAN_LIMITS[plan].benefits,
  }));
}
