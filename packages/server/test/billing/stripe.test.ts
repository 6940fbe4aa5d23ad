import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripeLookupKey } from "../../src/modules/billing/index.js";
import { withPlatform } from "../../src/platform/db/index.js";
import { testDatabases } from "../support/database.js";
import { billingTenant, DAY, startBillingServer } from "./support.js";

interface Seen {
  method: string;
  path: string;
  body: URLSearchParams;
  auth: string | undefined;
}

/** A local server answering the few Stripe API calls the provider makes, in Stripe's response shapes. */
async function fakeStripe() {
  const seen: Seen[] = [];
  let n = 0;
  const subscriptions = new Map<string, Record<string, unknown>>();
  const card = (id: string) => ({
    id,
    object: "payment_method",
    type: "card",
    card: { brand: "visa", last4: "4242", exp_month: 12, exp_year: 2030 },
  });
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = "";
      req.on("data", (c) => {
        data += c;
      });
      req.on("end", () => resolve(data));
    });
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stripe.local");
    const body = new URLSearchParams(req.method === "GET" ? url.search : await read(req));
    seen.push({ method: req.method!, path: url.pathname, body, auth: req.headers.authorization });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++n}` });
      res.end(JSON.stringify(json));
    };
    const p = url.pathname;
    if (req.method === "POST" && p === "/v1/customers") return send(200, { id: `cus_${++n}`, object: "customer" });
    if (req.method === "POST" && /^\/v1\/customers\/[^/]+$/.test(p))
      return send(200, { id: p.split("/")[3], object: "customer" });
    if (req.method === "POST" && p === "/v1/payment_methods") return send(200, card(`pm_${++n}`));
    if (req.method === "POST" && /^\/v1\/payment_methods\/[^/]+\/attach$/.test(p))
      return send(200, card(p.split("/")[3]!));
    if (req.method === "POST" && /^\/v1\/payment_methods\/[^/]+\/detach$/.test(p))
      return send(200, card(p.split("/")[3]!));
    if (req.method === "GET" && p === "/v1/prices") {
      const key = body.get("lookup_keys[0]") ?? "";
      return send(200, {
        object: "list",
        url: "/v1/prices",
        has_more: false,
        data: [{ id: `price_${key}`, object: "price", lookup_key: key, unit_amount: 20000, currency: "usd" }],
      });
    }
    if (req.method === "POST" && p === "/v1/subscriptions") {
      const sub = {
        id: `sub_${++n}`,
        object: "subscription",
        status: body.get("trial_period_days") ? "trialing" : "active",
        customer: body.get("customer"),
        items: { object: "list", data: [{ id: `si_${++n}`, price: { id: body.get("items[0][price]") } }] },
      };
      subscriptions.set(sub.id, sub);
      return send(200, sub);
    }
    const subMatch = /^\/v1\/subscriptions\/([^/]+)$/.exec(p);
    if (subMatch && subscriptions.has(subMatch[1]!)) {
      const sub = subscriptions.get(subMatch[1]!)!;
      if (req.method === "DELETE") return send(200, { ...sub, status: "canceled" });
      return send(200, sub);
    }
    if (req.method === "POST" && p === "/v1/billing/meter_events") {
      return send(200, {
        object: "billing.meter_event",
        event_name: body.get("event_name"),
        identifier: body.get("identifier"),
      });
    }
    send(404, { error: { type: "invalid_request_error", message: `No such route ${req.method} ${p}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { seen, port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(r)) };
}

const WEBHOOK_SECRET = "whsec_test_secret_for_the_reference_server";

describe.each(testDatabases())("Stripe as the billing provider on %s", (kind) => {
  let stripe: Awaited<ReturnType<typeof fakeStripe>>;
  let env: Awaited<ReturnType<typeof startBillingServer>>;
  let tenant: Awaited<ReturnType<typeof billingTenant>>;
  let subscriptionId: string;
  let customerId: string;
  const T0 = Date.UTC(2025, 4, 1, 9, 0, 0);

  beforeAll(async () => {
    stripe = await fakeStripe();
    env = await startBillingServer(
      kind,
      T0,
      { STRIPE_SECRET_KEY: "sk_test_reference", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
      { billing: { stripeEndpoint: { host: "127.0.0.1", port: stripe.port, protocol: "http" } } },
    );
    tenant = await billingTenant(env.t, "us");
  }, 60_000);
  afterAll(async () => {
    await env?.t.close();
    await stripe?.close();
  });

  it("creates the customer, card and subscription at Stripe with the plan's price and trial", async () => {
    const pm = await tenant.call("POST", "/v1/billing/payment-methods", { type: "card", card_token: "tok_visa" });
    expect(pm.status).toBe(201);
    expect(pm.body).toMatchObject({ brand: "visa", last4: "4242", is_default: true });
    const sub = await tenant.call("POST", "/v1/billing/subscription", {
      plan_id: "plan-uuid-team",
      trial_period_days: 14,
    });
    expect(sub.status).toBe(201);
    expect(sub.body).toMatchObject({ provider: "stripe", status: "trialing", plan: "team" });

    const calls = stripe.seen.map((s) => `${s.method} ${s.path}`);
    expect(calls).toEqual([
      "POST /v1/customers",
      "POST /v1/payment_methods",
      `POST /v1/payment_methods/${pm.body.id}/attach`,
      expect.stringMatching(/^POST \/v1\/customers\/cus_/),
      "GET /v1/prices",
      "POST /v1/subscriptions",
    ]);
    expect(stripe.seen.every((s) => s.auth === "Bearer sk_test_reference")).toBe(true);
    const customer = stripe.seen[0]!;
    expect(customer.body.get("metadata[tenant_id]")).toBe(tenant.id);
    customerId = stripe.seen[3]!.path.split("/")[3]!;
    expect(stripe.seen[1]!.body.get("card[token]")).toBe("tok_visa");
    expect(stripe.seen[2]!.body.get("customer")).toBe(customerId);
    expect(stripe.seen[3]!.body.get("invoice_settings[default_payment_method]")).toBe(pm.body.id);
    expect(stripe.seen[4]!.body.get("lookup_keys[0]")).toBe(stripeLookupKey("team"));
    const create = stripe.seen[5]!.body;
    expect(create.get("customer")).toBe(customerId);
    expect(create.get("items[0][price]")).toBe(`price_${stripeLookupKey("team")}`);
    expect(create.get("trial_period_days")).toBe("14");
    expect(create.get("default_payment_method")).toBe(pm.body.id);
    expect(create.get("metadata[tenant_id]")).toBe(tenant.id);
    const row = await withPlatform(env.t.server.services.db, "test", (trx) =>
      trx
        .selectFrom("subscriptions")
        .select("provider_subscription_id")
        .where("tenant_id", "=", tenant.id)
        .executeTakeFirstOrThrow(),
    );
    subscriptionId = row.provider_subscription_id!;
    expect(subscriptionId).toMatch(/^sub_/);
  });

  it("changes plan with prorations, reports usage as meter events, and leaves invoicing to Stripe", async () => {
    stripe.seen.length = 0;
    const up = await tenant.call("PATCH", "/v1/billing/subscription", { plan_id: "enterprise" });
    expect(up.status).toBe(200);
    expect(stripe.seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      `GET /v1/subscriptions/${subscriptionId}`,
      "GET /v1/prices",
      `POST /v1/subscriptions/${subscriptionId}`,
    ]);
    const update = stripe.seen[2]!.body;
    expect(update.get("proration_behavior")).toBe("create_prorations");
    expect(update.get("items[0][price]")).toBe(`price_${stripeLookupKey("enterprise")}`);
    expect(update.get("items[0][id]")).toMatch(/^si_/);

    stripe.seen.length = 0;
    const usage = await tenant.call(
      "POST",
      "/v1/billing/usage",
      { metric_type: "api_calls", quantity: 250 },
      {
        "Idempotency-Key": "usage-stripe-1",
      },
    );
    expect(usage.status).toBe(201);
    expect(stripe.seen).toHaveLength(1);
    expect(stripe.seen[0]!.path).toBe("/v1/billing/meter_events");
    expect(stripe.seen[0]!.body.get("event_name")).toBe("leanvibe_api_calls");
    expect(stripe.seen[0]!.body.get("identifier")).toBe("usage-stripe-1");
    expect(stripe.seen[0]!.body.get("payload[value]")).toBe("250");
    expect(stripe.seen[0]!.body.get("payload[stripe_customer_id]")).toBe(customerId);

    // Forty days on, the local period-close job issues nothing for a Stripe subscription.
    const clock = await env.advanceTo(new Date(T0 + 40 * DAY));
    expect((clock.jobs_run.periods_closed ?? -1) + (clock.jobs_run.trials_ended ?? -1)).toBe(0);
    expect((await tenant.call("GET", "/v1/billing/invoices")).body.pagination.total).toBe(0);
  });

  describe("webhooks", () => {
    const post = (payload: string, header: string, path = "/v1/billing/webhooks/stripe") =>
      env.t.request("POST", path, { body: payload, headers: { "stripe-signature": header } });
    const sign = (payload: string, timestamp?: number) =>
      Stripe.webhooks.generateTestHeaderString({
        payload,
        secret: WEBHOOK_SECRET,
        ...(timestamp ? { timestamp } : {}),
      });
    const event = (id: string, type: string, object: Record<string, unknown>) =>
      JSON.stringify({ id, object: "event", type, created: Math.floor(Date.now() / 1000), data: { object } });
    const payments = () =>
      withPlatform(env.t.server.services.db, "test", (trx) =>
        trx.selectFrom("payments").selectAll().where("tenant_id", "=", tenant.id).execute(),
      );

    it("mirrors a signed subscription update into the local subscription and the tenant's plan", async () => {
      const now = Math.floor(T0 / 1000);
      const payload = event("evt_sub_updated_1", "customer.subscription.updated", {
        id: subscriptionId,
        object: "subscription",
        customer: customerId,
        status: "active",
        cancel_at_period_end: false,
        metadata: { tenant_id: tenant.id, plan: "enterprise" },
        items: { data: [{ id: "si_x", current_period_start: now, current_period_end: now + 30 * 86_400 }] },
      });
      const res = await post(payload, sign(payload));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ received: true, event_id: "evt_sub_updated_1", duplicate: false });
      const sub = await tenant.call("GET", "/v1/billing/subscription");
      expect(sub.body).toMatchObject({
        status: "active",
        plan: "enterprise",
        current_period_start: new Date(T0).toISOString(),
      });
      expect((await tenant.call("GET", "/v1/tenants/me/info")).body.plan).toBe("enterprise");
    });

    it("rejects a tampered body, a stale signature and a wrong secret", async () => {
      const payload = event("evt_tamper", "customer.subscription.deleted", {
        id: subscriptionId,
        customer: customerId,
      });
      const header = sign(payload);
      const tampered = await post(
        payload.replace("customer.subscription.deleted", "customer.subscription.updated"),
        header,
      );
      expect(tampered.status).toBe(400);
      expect(tampered.body.message).toMatch(/signature/i);
      const stale = await post(payload, sign(payload, Math.floor(Date.now() / 1000) - 600));
      expect(stale.status).toBe(400);
      expect(stale.body.message).toMatch(/tolerance|timestamp/i);
      const wrong = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" });
      expect((await post(payload, wrong)).status).toBe(400);
      expect((await tenant.call("GET", "/v1/billing/subscription")).body.status).toBe("active");
    });

    it("records a failed payment with no retry left as unpaid with paid features blocked, then a payment restores", async () => {
      const failed = event("evt_inv_failed", "invoice.payment_failed", {
        id: "in_1",
        object: "invoice",
        customer: customerId,
        subscription: subscriptionId,
        number: "STRIPE-0001",
        total: 80000,
        subtotal: 80000,
        amount_due: 80000,
        amount_paid: 0,
        attempt_count: 4,
        next_payment_attempt: null,
        created: Math.floor(T0 / 1000),
        lines: { data: [{ description: "Enterprise", amount: 80000, quantity: 1 }] },
      });
      const res = await post(failed, sign(failed), "/api/v1/billing/webhooks/stripe");
      expect(res.status).toBe(200);
      expect((await tenant.call("GET", "/v1/billing/subscription")).body.status).toBe("unpaid");
      expect((await tenant.call("POST", "/v1/projects", {})).status).toBe(402);

      // Stripe redelivers: acknowledged, not applied twice.
      const before = (await payments()).length;
      const again = await post(failed, sign(failed));
      expect(again.body).toEqual({ received: true, event_id: "evt_inv_failed", duplicate: true });
      expect((await payments()).length).toBe(before);

      const paid = event("evt_inv_paid", "invoice.payment_succeeded", {
        id: "in_1",
        object: "invoice",
        customer: customerId,
        subscription: subscriptionId,
        total: 80000,
        amount_paid: 80000,
        status_transitions: { paid_at: Math.floor(T0 / 1000) + 3600 },
      });
      expect((await post(paid, sign(paid))).status).toBe(200);
      expect((await tenant.call("GET", "/v1/billing/subscription")).body.status).toBe("active");
      expect((await tenant.call("POST", "/v1/projects", {})).status).not.toBe(402);
      const invoices = await tenant.call("GET", "/v1/billing/invoices");
      expect(invoices.body.data).toHaveLength(1);
      expect(invoices.body.data[0]).toMatchObject({
        number: "STRIPE-0001",
        status: "paid",
        total: 80000,
        amount_paid: 80000,
      });
    });

    it("mirrors a deleted subscription as cancelled", async () => {
      const payload = event("evt_sub_deleted", "customer.subscription.deleted", {
        id: subscriptionId,
        object: "subscription",
        customer: customerId,
        status: "canceled",
        canceled_at: Math.floor(T0 / 1000) + 7200,
        metadata: { tenant_id: tenant.id, plan: "enterprise" },
      });
      expect((await post(payload, sign(payload))).status).toBe(200);
      expect((await tenant.call("GET", "/v1/billing/subscription")).status).toBe(404);
      expect((await tenant.call("GET", "/v1/tenants/me/info")).body.plan).toBe("developer");
    });
  });
});
