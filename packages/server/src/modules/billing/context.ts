import { audit } from "../../platform/audit.js";
import type { Tx } from "../../platform/db/index.js";
import { recordEvent } from "../../platform/events.js";
import type { PlatformServices } from "../../platform/services.js";
import type { PaymentHolds } from "./dunning.js";
import type { BillingProvider } from "./provider.js";
import type { StripeEndpoint } from "./stripe-provider.js";

export interface BillingOptions {
  /** Days between payment retries after a failure; after the last one fails, paid features answer 402. */
  retryScheduleDays?: number[];
  /** Days after the last failed retry before the tenant is suspended (451). */
  suspensionGraceDays?: number;
  /** How often the running server looks for due billing work, in real milliseconds. */
  jobIntervalMs?: number;
  /** Where the Stripe client connects (tests point it at a local server). */
  stripeEndpoint?: StripeEndpoint;
  /** A provider to use instead of the configured one. */
  provider?: BillingProvider;
}

export const DEFAULT_RETRY_SCHEDULE_DAYS = [3, 5, 7];
export const DEFAULT_SUSPENSION_GRACE_DAYS = 7;
export const DAY_MS = 86_400_000;

/** What every part of the billing module shares. */
export interface BillingContext {
  s: PlatformServices;
  provider: BillingProvider;
  retryScheduleDays: number[];
  suspensionGraceDays: number;
  /** Tenants whose standing changed in this unit of work: their cached plan and holds are dropped after commit. */
  touched: Set<string>;
  holds: PaymentHolds;
}

/** After a commit: drop the cached standing of every tenant touched and dispatch the events written. */
export function settle(ctx: BillingContext): void {
  for (const id of ctx.touched) {
    ctx.s.tenants.forget(id);
    ctx.holds.forget(id);
  }
  ctx.touched.clear();
  void ctx.s.events.wake();
}

export interface BillingAuditFacts {
  tenantId: string;
  action: string;
  targetType: string;
  targetId: string;
  result?: "success" | "failure";
  details?: Record<string, unknown>;
  at: Date;
}

/** Every billing action lands in the billing audit log, at the billing clock's time. */
export function billingAudit(trx: Tx, facts: BillingAuditFacts) {
  return audit(trx, {
    tenantId: facts.tenantId,
    action: facts.action,
    category: "billing",
    targetType: facts.targetType,
    targetId: facts.targetId,
    result: facts.result ?? "success",
    details: facts.details ?? {},
    at: facts.at,
  });
}

export const billingEvent = recordEvent;
