import type { Principal } from "../context.js";
import { ApiError } from "../errors.js";
import type { ServerOperation } from "../operations.js";
import { PLAN_LIMITS, upgradeOptions } from "../plans.js";
import type { TenantDirectory } from "../tenant-directory.js";
import type { CounterStore } from "./counters.js";

export interface Admission {
  headers: Record<string, string>;
}

export interface RequestGate {
  /** Tenant standing, rate limit and monthly quota, in that order; throws 451, 429 or 401. */
  admit(principal: Principal, operation: ServerOperation, ip: string | undefined): Promise<Admission>;
}

/** Told when a tenant's monthly API calls cross 90 % and 100 %, once per month each. */
export type QuotaListener = (event: {
  tenantId: string;
  type: "tenant.quota_warning" | "tenant.quota_exceeded";
  currentUsage: number;
  quotaLimit: number;
}) => void;

export interface GateDeps {
  counters: CounterStore;
  tenants: TenantDirectory;
  anonymousPerMinute: number;
  now?: () => number;
  onQuota?: QuotaListener;
  /** Seeds a month's API-call counter from the database the first time it is used. */
  loadMonthlyApiCalls?: (tenantId: string, monthStart: Date) => Promise<number>;
  /** Told of each admitted tenant request, so its usage can be written to the database. */
  onMetered?: (tenantId: string, monthStart: Date) => void;
  /** Refuses a paid feature (402) to a tenant whose payments have failed past every retry. */
  checkPaidFeature?: (tenantId: string, operationId: string) => Promise<void>;
}

const PLATFORM_PER_MINUTE = 10_000;
/**
 * Operations a suspended tenant may still call: to leave cleanly, and to pay its way out of a suspension for
 * non-payment (see its invoices, add a card, make it the default, which retries what is unpaid).
 */
const ALLOWED_WHEN_SUSPENDED = new Set([
  "logout",
  "getCurrentIdentity",
  "getSubscription",
  "listInvoices",
  "getInvoice",
  "getInvoicePdf",
  "listPaymentMethods",
  "addPaymentMethod",
  "setDefaultPaymentMethod",
]);

export function createGate(deps: GateDeps): RequestGate {
  const now = deps.now ?? Date.now;
  const seeded = new Set<string>();

  async function perMinute(key: string, limit: number) {
    const t = now();
    const windowStart = Math.floor(t / 60_000) * 60_000;
    const reset = Math.ceil((windowStart + 60_000) / 1000);
    const count = await deps.counters.increment(`rl:${key}:${windowStart}`, 61);
    const headers: Record<string, string> = {
      "X-RateLimit-Limit": String(limit),
      "X-RateLimit-Remaining": String(Math.max(0, limit - count)),
      "X-RateLimit-Reset": String(reset),
    };
    return { count, headers, retryAfter: Math.max(1, reset - Math.floor(t / 1000)) };
  }

  return {
    async admit(principal, operation, ip) {
      if (principal.kind === "anonymous" || principal.kind === "platform_admin") {
        const key = principal.kind === "anonymous" ? `anon:${ip ?? "unknown"}` : `admin:${principal.adminId}`;
        const limit = principal.kind === "anonymous" ? deps.anonymousPerMinute : PLATFORM_PER_MINUTE;
        const { count, headers, retryAfter } = await perMinute(key, limit);
        if (count > limit) throw rateLimited(headers, retryAfter, limit);
        return { headers };
      }
      const standing = await deps.tenants.get(principal.tenantId);
      if (!standing) throw new ApiError("unauthorized", "The tenant of these credentials no longer exists");
      if (standing.status === "suspended" && !ALLOWED_WHEN_SUSPENDED.has(operation.operationId)) {
        throw new ApiError("tenant_suspended", "This tenant is suspended; contact support to reactivate it", {
          tenant_id: standing.id,
        });
      }
      await deps.checkPaidFeature?.(standing.id, operation.operationId);
      const plan = PLAN_LIMITS[standing.plan];
      const { count, headers, retryAfter } = await perMinute(`tenant:${standing.id}`, plan.requestsPerMinute);
      if (count > plan.requestsPerMinute) {
        throw rateLimited(headers, retryAfter, plan.requestsPerMinute, standing.plan);
      }

      const monthStart = startOfMonth(new Date(now()));
      const monthKey = monthlyApiCallsKey(standing.id, monthStart);
      if (deps.loadMonthlyApiCalls && !seeded.has(monthKey)) {
        const stored = await deps.loadMonthlyApiCalls(standing.id, monthStart);
        await deps.counters.seed(monthKey, stored, 32 * 86_400);
        seeded.add(monthKey);
      }
      const used = await deps.counters.increment(monthKey, 32 * 86_400);
      deps.onMetered?.(standing.id, monthStart);
      const limit = plan.apiCallsPerMonth;
      if (limit !== null) {
        if (used === Math.ceil(limit * 0.9)) {
          deps.onQuota?.({
            tenantId: standing.id,
            type: "tenant.quota_warning",
            currentUsage: used,
            quotaLimit: limit,
          });
        }
        if (used === limit + 1) {
          deps.onQuota?.({
            tenantId: standing.id,
            type: "tenant.quota_exceeded",
            currentUsage: limit,
            quotaLimit: limit,
          });
        }
        if (used > limit) {
          const resetDate = nextMonth(monthStart);
          throw new ApiError(
            "quota_exceeded",
            "Monthly API quota exceeded",
            { quota_type: "api_calls", current_usage: limit, quota_limit: limit, reset_date: resetDate.toISOString() },
            {
              upgradeOptions: upgradeOptions(standing.plan),
              headers: { ...headers, "Retry-After": String(Math.ceil((resetDate.getTime() - now()) / 1000)) },
            },
          );
        }
      }
      return { headers };
    },
  };
}

function rateLimited(
  headers: Record<string, string>,
  retryAfter: number,
  limit: number,
  plan?: keyof typeof PLAN_LIMITS,
) {
  return new ApiError(
    "rate_limited",
    `Rate limit of ${limit} requests per minute exceeded; retry in ${retryAfter} s`,
    { quota_type: "requests_per_minute", quota_limit: limit, retry_after_seconds: retryAfter },
    {
      headers: { ...headers, "Retry-After": String(retryAfter) },
      upgradeOptions: plan ? upgradeOptions(plan) : undefined,
    },
  );
}

/** The counter of a tenant's API calls in the month starting at monthStart. */
export const monthlyApiCallsKey = (tenantId: string, monthStart: Date) =>
  `api:${tenantId}:${monthStart.toISOString().slice(0, 7)}`;

export function startOfMonth(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

function nextMonth(monthStart: Date): Date {
  return new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + 1, 1));
}
