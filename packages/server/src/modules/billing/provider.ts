import type { BillingMetric } from "../../platform/db/index.js";
import type { PlanSlug } from "../../platform/plans.js";

export interface CardDetails {
  /** The payment method's id at the provider (ours for the local ledger). */
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  /** What charging this card does on the local ledger; Stripe decides for itself. */
  behaviour: "succeed" | "decline" | "insufficient_funds";
}

export type ChargeResult = { ok: true } | { ok: false; code: string; message: string };

export interface ProviderSubscription {
  id: string | null;
}

/**
 * Where customers, cards and subscriptions live. The local ledger keeps everything in our database and issues
 * and collects invoices itself (the clock jobs); Stripe keeps them at Stripe, which invoices and collects,
 * and its webhooks mirror the results into our tables.
 */
export interface BillingProvider {
  readonly name: "local" | "stripe";
  /** True when the server's period-close job issues and charges invoices (the local ledger). */
  readonly issuesInvoices: boolean;
  createCustomer(tenant: { id: string; slug: string; name: string }): Promise<string>;
  /** Turns a card token into a stored card; throws ApiError invalid_request for an unknown token. */
  addCard(customerId: string, token: string): Promise<CardDetails>;
  removeCard(customerId: string, cardId: string): Promise<void>;
  setDefaultCard(customerId: string, cardId: string): Promise<void>;
  startSubscription(input: {
    customerId: string;
    tenantId: string;
    plan: PlanSlug;
    trialDays: number;
    cardId: string | null;
  }): Promise<ProviderSubscription>;
  changePlan(subscriptionId: string | null, plan: PlanSlug): Promise<void>;
  setCancelAtPeriodEnd(subscriptionId: string | null, cancel: boolean): Promise<void>;
  cancelNow(subscriptionId: string | null): Promise<void>;
  reportUsage(input: {
    customerId: string;
    metric: BillingMetric;
    quantity: number;
    at: Date;
    idempotencyKey: string;
  }): Promise<void>;
  /** Charges a card for an invoice (local ledger only). */
  charge(card: CardDetails | null, amountCents: number): Promise<ChargeResult>;
}
