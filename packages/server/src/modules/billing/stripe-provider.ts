import Stripe from "stripe";
import type { PlanSlug } from "../../platform/plans.js";
import type { BillingProvider, CardDetails, ChargeResult } from "./provider.js";

/** Where the Stripe client sends requests: Stripe itself by default; tests point it at a local server. */
export interface StripeEndpoint {
  host: string;
  port: number;
  protocol: "http" | "https";
}

/** The lookup key of each plan's monthly price at Stripe (create the prices with these keys). */
export const stripeLookupKey = (plan: PlanSlug) => `leanvibe_${plan}_monthly`;

/**
 * Stripe as the billing provider: customers, cards, subscriptions and metered usage live at Stripe, which
 * issues and collects invoices; its webhooks are mirrored into our tables (stripe-webhooks.ts).
 */
export class StripeProvider implements BillingProvider {
  readonly name = "stripe" as const;
  readonly issuesInvoices = false;
  private readonly stripe: Stripe;
  private readonly prices = new Map<PlanSlug, string>();

  constructor(secretKey: string, endpoint?: StripeEndpoint) {
    this.stripe = new Stripe(secretKey, {
      maxNetworkRetries: 1,
      ...(endpoint ? { host: endpoint.host, port: endpoint.port, protocol: endpoint.protocol } : {}),
    });
  }

  async createCustomer(tenant: { id: string; slug: string; name: string }): Promise<string> {
    const customer = await this.stripe.customers.create({
      name: tenant.name,
      metadata: { tenant_id: tenant.id, tenant_slug: tenant.slug },
    });
    return customer.id;
  }

  async addCard(customerId: string, token: string): Promise<CardDetails> {
    // A `pm_…` is already a payment method; a `tok_…` becomes one first.
    const pmId = token.startsWith("pm_")
      ? token
      : (await this.stripe.paymentMethods.create({ type: "card", card: { token } })).id;
    const pm = await this.stripe.paymentMethods.attach(pmId, { customer: customerId });
    return {
      id: pm.id,
      brand: pm.card?.brand ?? "unknown",
      last4: pm.card?.last4 ?? "0000",
      expMonth: pm.card?.exp_month ?? 1,
      expYear: pm.card?.exp_year ?? 2000,
      behaviour: "succeed",
    };
  }

  async removeCard(_customerId: string, cardId: string): Promise<void> {
    await this.stripe.paymentMethods.detach(cardId);
  }

  async setDefaultCard(customerId: string, cardId: string): Promise<void> {
    await this.stripe.customers.update(customerId, { invoice_settings: { default_payment_method: cardId } });
  }

  private async priceOf(plan: PlanSlug): Promise<string> {
    const known = this.prices.get(plan);
    if (known) return known;
    const list = await this.stripe.prices.list({ lookup_keys: [stripeLookupKey(plan)], active: true, limit: 1 });
    const price = list.data[0];
    if (!price) throw new Error(`No active Stripe price with lookup key ${stripeLookupKey(plan)}`);
    this.prices.set(plan, price.id);
    return price.id;
  }

  async startSubscription(input: {
    customerId: string;
    tenantId: string;
    plan: PlanSlug;
    trialDays: number;
    cardId: string | null;
  }) {
    const sub = await this.stripe.subscriptions.create({
      customer: input.customerId,
      items: [{ price: await this.priceOf(input.plan) }],
      ...(input.trialDays > 0 ? { trial_period_days: input.trialDays } : {}),
      ...(input.cardId ? { default_payment_method: input.cardId } : {}),
      metadata: { tenant_id: input.tenantId, plan: input.plan },
    });
    return { id: sub.id };
  }

  async changePlan(subscriptionId: string | null, plan: PlanSlug): Promise<void> {
    if (!subscriptionId) return;
    const sub = await this.stripe.subscriptions.retrieve(subscriptionId);
    const item = sub.items.data[0];
    await this.stripe.subscriptions.update(subscriptionId, {
      items: [{ ...(item ? { id: item.id } : {}), price: await this.priceOf(plan) }],
      proration_behavior: "create_prorations",
      metadata: { plan },
    });
  }

  async setCancelAtPeriodEnd(subscriptionId: string | null, cancel: boolean): Promise<void> {
    if (subscriptionId) await this.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: cancel });
  }

  async cancelNow(subscriptionId: string | null): Promise<void> {
    if (subscriptionId) await this.stripe.subscriptions.cancel(subscriptionId, { invoice_now: true, prorate: true });
  }

  async reportUsage(input: {
    customerId: string;
    metric: string;
    quantity: number;
    at: Date;
    idempotencyKey: string;
  }): Promise<void> {
    await this.stripe.billing.meterEvents.create({
      event_name: `leanvibe_${input.metric}`,
      identifier: input.idempotencyKey,
      timestamp: Math.floor(input.at.getTime() / 1000),
      payload: { stripe_customer_id: input.customerId, value: String(input.quantity) },
    });
  }

  async charge(): Promise<ChargeResult> {
    throw new Error("Stripe collects its own invoices; the server never charges through it");
  }
}
