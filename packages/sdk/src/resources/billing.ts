import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import { type Body, endpoint, type Item, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  plans: endpoint("listPlans", "get", "/v1/billing/plans"),
  subscribe: endpoint("createSubscription", "post", "/v1/billing/subscription"),
  subscription: endpoint("getSubscription", "get", "/v1/billing/subscription"),
  updateSubscription: endpoint("updateSubscription", "patch", "/v1/billing/subscription"),
  cancelSubscription: endpoint("cancelSubscription", "delete", "/v1/billing/subscription"),
  recordUsage: endpoint("recordUsage", "post", "/v1/billing/usage"),
  usage: endpoint("getUsageSummary", "get", "/v1/billing/usage"),
  analytics: endpoint("getBillingAnalytics", "get", "/v1/billing/analytics"),
  stripeWebhook: endpoint("receiveStripeWebhook", "post", "/v1/billing/webhooks/stripe"),
  health: endpoint("getBillingHealth", "get", "/v1/billing/health"),
} as const;

const paymentMethodOperations = {
  add: endpoint("addPaymentMethod", "post", "/v1/billing/payment-methods"),
  list: endpoint("listPaymentMethods", "get", "/v1/billing/payment-methods"),
  delete: endpoint("deletePaymentMethod", "delete", "/v1/billing/payment-methods/{payment_method_id}"),
  setDefault: endpoint("setDefaultPaymentMethod", "post", "/v1/billing/payment-methods/{payment_method_id}/default"),
} as const;

const invoiceOperations = {
  get: endpoint("getInvoice", "get", "/v1/billing/invoice/{invoice_id}"),
  pdf: endpoint("getInvoicePdf", "get", "/v1/billing/invoice/{invoice_id}/pdf"),
  list: endpoint("listInvoices", "get", "/v1/billing/invoices"),
} as const;

type PaymentMethodPath = "/v1/billing/payment-methods/{payment_method_id}";
type DefaultPaymentMethodPath = "/v1/billing/payment-methods/{payment_method_id}/default";

/** `client.billing.paymentMethods` */
export class PaymentMethodsResource extends APIResource {
  static readonly operations = paymentMethodOperations;

  add(
    body: Body<"/v1/billing/payment-methods", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/billing/payment-methods", "post">> {
    return this.call(paymentMethodOperations.add, { body }, options);
  }

  list(
    query: Query<"/v1/billing/payment-methods", "get"> = {},
    options?: CallOptions,
  ): PagePromise<Item<"/v1/billing/payment-methods", "get">> {
    return this.page(paymentMethodOperations.list, { query }, options);
  }

  delete(paymentMethodId: string, options?: CallOptions): APIPromise<Result<PaymentMethodPath, "delete">> {
    return this.call(paymentMethodOperations.delete, { path: { payment_method_id: paymentMethodId } }, options);
  }

  setDefault(paymentMethodId: string, options?: CallOptions): APIPromise<Result<DefaultPaymentMethodPath, "post">> {
    return this.call(paymentMethodOperations.setDefault, { path: { payment_method_id: paymentMethodId } }, options);
  }
}

/** `client.billing.invoices` */
export class InvoicesResource extends APIResource {
  static readonly operations = invoiceOperations;

  get(invoiceId: string, options?: CallOptions): APIPromise<Result<"/v1/billing/invoice/{invoice_id}", "get">> {
    return this.call(invoiceOperations.get, { path: { invoice_id: invoiceId } }, options);
  }

  /** The invoice as PDF bytes. */
  pdf(invoiceId: string, options?: CallOptions): APIPromise<ArrayBuffer> {
    return this.client.request<ArrayBuffer>("GET", invoiceOperations.pdf.path, {
      ...options,
      params: { path: { invoice_id: invoiceId } },
      headers: { accept: "application/pdf", ...options?.headers },
      parseAs: "arrayBuffer",
    });
  }

  list(
    query: Query<"/v1/billing/invoices", "get"> = {},
    options?: CallOptions,
  ): PagePromise<Item<"/v1/billing/invoices", "get">> {
    return this.page(invoiceOperations.list, { query }, options);
  }
}

/** Plans, the subscription, usage, payment methods and invoices: `client.billing`. */
export class BillingResource extends APIResource {
  static readonly operations = operations;
  readonly paymentMethods = new PaymentMethodsResource(this.client);
  readonly invoices = new InvoicesResource(this.client);

  plans(options?: CallOptions): APIPromise<Result<"/v1/billing/plans", "get">> {
    return this.call(operations.plans, {}, options);
  }

  subscribe(
    body: Body<"/v1/billing/subscription", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/billing/subscription", "post">> {
    return this.call(operations.subscribe, { body }, options);
  }

  subscription(options?: CallOptions): APIPromise<Result<"/v1/billing/subscription", "get">> {
    return this.call(operations.subscription, {}, options);
  }

  updateSubscription(
    body: Body<"/v1/billing/subscription", "patch">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/billing/subscription", "patch">> {
    return this.call(operations.updateSubscription, { body }, options);
  }

  /** Cancels at the period's end, or at once with `{ immediately: true }`. */
  cancelSubscription(
    query: Query<"/v1/billing/subscription", "delete"> | Record<string, never> = {},
    options?: CallOptions,
  ): APIPromise<Result<"/v1/billing/subscription", "delete">> {
    return this.call(operations.cancelSubscription, { query }, options);
  }

  recordUsage(
    body: Body<"/v1/billing/usage", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/billing/usage", "post">> {
    return this.call(operations.recordUsage, { body }, options);
  }

  usage(options?: CallOptions): APIPromise<Result<"/v1/billing/usage", "get">> {
    return this.call(operations.usage, {}, options);
  }

  analytics(options?: CallOptions): APIPromise<Result<"/v1/billing/analytics", "get">> {
    return this.call(operations.analytics, {}, options);
  }

  /** Forwards a Stripe event exactly as received (raw body and `Stripe-Signature`). */
  stripeWebhook(
    rawBody: string,
    stripeSignature: string,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/billing/webhooks/stripe", "post">> {
    const headers = { "content-type": "application/json", "stripe-signature": stripeSignature, ...options?.headers };
    return this.call(operations.stripeWebhook, { body: rawBody }, { ...options, headers });
  }

  health(options?: CallOptions): APIPromise<Result<"/v1/billing/health", "get">> {
    return this.call(operations.health, {}, options);
  }
}
