import type { PlatformServices } from "../../platform/services.js";
import { type JobCounts, runDueBillingWork } from "./clock-jobs.js";
import {
  type BillingContext,
  type BillingOptions,
  DEFAULT_RETRY_SCHEDULE_DAYS,
  DEFAULT_SUSPENSION_GRACE_DAYS,
} from "./context.js";
import { PaymentHolds } from "./dunning.js";
import { billingHandlers } from "./handlers.js";
import { LocalLedger } from "./local-ledger.js";
import type { BillingProvider } from "./provider.js";
import { BillingService } from "./service.js";
import { StripeProvider } from "./stripe-provider.js";

export type { BillingOptions } from "./context.js";
export { PAID_FEATURES } from "./dunning.js";
export { totalsOf } from "./invoices.js";
export { prorate, roundHalfUp, taxOn } from "./money.js";
export { TAX_RATES_BPS } from "./plans.js";
export type { BillingProvider } from "./provider.js";
export { stripeLookupKey } from "./stripe-provider.js";

/** The billing module: its handlers, the paid-feature check for the request gate, and its periodic job. */
export interface Billing {
  ctx: BillingContext;
  service: BillingService;
  handlers: ReturnType<typeof billingHandlers>;
  /** Throws 402 payment_required when the operation is a paid feature and the tenant's dunning ran out. */
  checkPaidFeature(tenantId: string, operationId: string): Promise<void>;
  /** Runs every billing job that is due at the clock's now, in time order. */
  runDue(): Promise<JobCounts>;
  /** Looks for due work every `jobIntervalMs` of real time (a minute by default). */
  start(): void;
  stop(): Promise<void>;
}

const instances = new WeakMap<PlatformServices, Billing>();

/** One billing module per set of platform services (handlers and server share it). */
export function billingOf(s: PlatformServices, options: BillingOptions = {}): Billing {
  const known = instances.get(s);
  if (known) return known;
  const provider: BillingProvider =
    options.provider ??
    (s.config.stripeSecretKey
      ? new StripeProvider(s.config.stripeSecretKey, options.stripeEndpoint)
      : new LocalLedger(() => s.clock.now()));
  const ctx: BillingContext = {
    s,
    provider,
    retryScheduleDays: options.retryScheduleDays ?? DEFAULT_RETRY_SCHEDULE_DAYS,
    suspensionGraceDays: options.suspensionGraceDays ?? DEFAULT_SUSPENSION_GRACE_DAYS,
    touched: new Set(),
    holds: new PaymentHolds(s.db),
  };
  const service = new BillingService(ctx);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<JobCounts> | undefined;
  const runDue = async (): Promise<JobCounts> => {
    // One pass at a time in this process; a pass started meanwhile waits and then runs to the new now.
    while (running) await running.catch(() => undefined);
    running = runDueBillingWork(ctx, s.clock.now());
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };
  const billing: Billing = {
    ctx,
    service,
    handlers: undefined as unknown as Billing["handlers"],
    checkPaidFeature: (tenantId, operationId) => ctx.holds.check(tenantId, operationId),
    runDue,
    start() {
      timer ??= setInterval(() => {
        runDue().catch((err) => s.logger.warn({ err }, "billing jobs failed; will retry"));
      }, options.jobIntervalMs ?? 60_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
  billing.handlers = billingHandlers(billing);
  instances.set(s, billing);
  return billing;
}
