import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPlatform } from "../../src/platform/db/index.js";
import { testDatabases } from "../support/database.js";
import { billingTenant, DAY, startBillingServer } from "./support.js";

// Expectations are computed here, independently of the server: months by calendar arithmetic, proration with
// Math.round on the exact fraction (half up for positive amounts), tax likewise.
const at = (iso: string) => new Date(`${iso}T12:00:00.000Z`);
const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000;
const part = (price: number, from: Date, to: Date, periodStart: Date, periodEnd: Date) =>
  Math.round((price * seconds(from, to)) / seconds(periodStart, periodEnd));
const tax = (subtotal: number, rate: number) => Math.sign(subtotal) * Math.round(Math.abs(subtotal) * rate);

type Line = { type: string; amount: number };
interface Expected {
  lines: Line[];
  total: number;
  status: string;
}
const invoice = (lines: Line[], rate: number, status = "paid"): Expected => {
  const subtotal = lines.reduce((a, l) => a + l.amount, 0);
  const t = tax(subtotal, rate);
  return { lines: rate > 0 ? [...lines, { type: "tax", amount: t }] : lines, total: subtotal + t, status };
};

describe.each(testDatabases())("a simulated billing year on %s", (kind) => {
  let env: Awaited<ReturnType<typeof startBillingServer>>;
  const T0 = at("2025-01-31");

  beforeAll(async () => {
    env = await startBillingServer(kind, T0.getTime(), {}, { billing: { jobIntervalMs: 3_600_000 } });
  }, 60_000);
  afterAll(() => env?.t.close());

  it("bills three tenants through trial, upgrade, overage, a declined card, recovery and cancellation to the cent", async () => {
    const { t } = env;
    const a = await billingTenant(t, "eu"); // 20 % VAT
    const b = await billingTenant(t, "us"); // no sales tax
    const c = await billingTenant(t, "us");

    // ── 31 January: A trials Developer, B pays Developer at once, C trials Team with a card that declines.
    const plans = await a.call("GET", "/v1/billing/plans");
    expect(plans.body.map((p: any) => [p.id, p.base_price, p.trial_period_days])).toEqual([
      ["plan-uuid-developer", 5000, 14],
      ["plan-uuid-team", 20000, 14],
      ["plan-uuid-enterprise", 80000, 30],
    ]);
    const subA = await a.call("POST", "/v1/billing/subscription", {
      plan_id: "plan-uuid-developer",
      payment_method_id: "tok_visa",
      trial_period_days: 14,
    });
    expect(subA.status).toBe(201);
    expect(subA.body).toMatchObject({
      status: "trialing",
      plan: "developer",
      trial_end: at("2025-02-14").toISOString(),
    });
    const subB = await b.call("POST", "/v1/billing/subscription", {
      plan_id: "developer",
      payment_method_id: "pm_card_visa",
      trial_period_days: 0,
    });
    expect(subB.status).toBe(201);
    expect(subB.body).toMatchObject({ status: "active", current_period_end: at("2025-02-28").toISOString() });
    const subC = await c.call("POST", "/v1/billing/subscription", {
      plan_id: "plan-uuid-team",
      payment_method_id: "tok_chargeDeclined",
      trial_period_days: 14,
    });
    expect(subC.status).toBe(201);
    const usageB = await b.call(
      "POST",
      "/v1/billing/usage",
      { metric_type: "api_calls", quantity: 12_500 },
      {
        "Idempotency-Key": "b-usage-1",
      },
    );
    expect(usageB.status).toBe(201);
    // The same key again is the same event, not a second one.
    const replay = await b.call(
      "POST",
      "/v1/billing/usage",
      { metric_type: "api_calls", quantity: 12_500 },
      {
        "Idempotency-Key": "b-usage-1",
      },
    );
    expect(replay.body.id).toBe(usageB.body.id);

    // ── 14 February: trials end. A pays its first month; C's card is declined and dunning starts.
    const feb14 = await env.advanceTo(at("2025-02-14"));
    expect(feb14.jobs_run.trials_ended).toBe(2);
    expect((await c.call("GET", "/v1/billing/subscription")).body.status).toBe("past_due");

    // ── 24 February: A upgrades to Team mid-period and uses AI beyond the Team allowance (30,000 a month).
    await env.advanceTo(at("2025-02-24"));
    const up = await a.call("PATCH", "/v1/billing/subscription", { plan_id: "plan-uuid-team" });
    expect(up.status).toBe(200);
    expect(up.body.plan).toBe("team");
    expect((await a.call("GET", "/v1/tenants/me/info")).body.plan).toBe("team");
    await a.call("POST", "/v1/billing/usage", { metric_type: "ai_requests", quantity: 31_000 });

    // ── 28 February: B's first period closes (with API-call overage); then B's card is replaced by a declining one.
    await env.advanceTo(at("2025-02-28"));
    const declining = await b.call("POST", "/v1/billing/payment-methods", {
      type: "card",
      card_token: "tok_chargeDeclined",
      set_default: true,
    });
    expect(declining.status).toBe(201);
    expect(declining.body).toMatchObject({ is_default: true, last4: "0002" });

    // ── 31 March: B's invoice is declined; retries on 3, 8 and 15 April fail; paid features answer 402.
    await env.advanceTo(at("2025-04-16"));
    expect((await b.call("GET", "/v1/billing/subscription")).body.status).toBe("unpaid");
    const blocked = await b.call("POST", "/v1/projects", {});
    expect(blocked.status).toBe(402);
    expect(blocked.body.error).toBe("payment_required");
    expect((await b.call("GET", "/v1/billing/usage")).status).toBe(200); // not a paid feature

    // ── 22 April, seven days of grace later: suspended.
    await env.advanceTo(at("2025-04-23"));
    expect((await b.call("POST", "/v1/projects", {})).status).toBe(451);
    expect((await c.call("POST", "/v1/projects", {})).status).toBe(451);

    // ── 25 April: B adds a good card; the unpaid invoice is collected at once and everything is restored.
    await env.advanceTo(at("2025-04-25"));
    const good = await b.call("POST", "/v1/billing/payment-methods", {
      type: "card",
      card_token: "tok_visa",
      set_default: true,
    });
    expect(good.status).toBe(201);
    expect((await b.call("GET", "/v1/billing/subscription")).body.status).toBe("active");
    const after = await b.call("POST", "/v1/projects", {});
    expect([402, 451]).not.toContain(after.status);

    // ── 10 June: B cancels immediately: the unused part of its paid month is credited.
    await env.advanceTo(at("2025-06-10"));
    const cancel = await b.call("DELETE", "/v1/billing/subscription?immediately=true");
    expect(cancel.status).toBe(200);
    expect(cancel.body).toMatchObject({
      message: "Subscription cancelled",
      cancelled_at: at("2025-06-10").toISOString(),
    });

    // ── 20 October: A schedules cancellation at period end (14 November).
    await env.advanceTo(at("2025-10-20"));
    const later = await a.call("DELETE", "/v1/billing/subscription");
    expect(later.body).toEqual({
      message: "Subscription will cancel at period end",
      subscription_id: subA.body.id,
      cancelled_at: null,
    });

    // ── to 31 January 2026: a whole year.
    await env.advanceTo(new Date(T0.getTime() + 365 * DAY));
    expect((await a.call("GET", "/v1/billing/subscription")).status).toBe(404);
    expect((await a.call("GET", "/v1/tenants/me/info")).body.plan).toBe("developer");

    // ── every invoice, to the cent.
    const aStart = at("2025-02-14");
    const aEnd1 = at("2025-03-14");
    const expectedA: Expected[] = [
      invoice([{ type: "base", amount: 5000 }], 0.2),
      invoice(
        [
          { type: "base", amount: 20000 },
          { type: "proration", amount: -part(5000, at("2025-02-24"), aEnd1, aStart, aEnd1) },
          { type: "proration", amount: part(20000, at("2025-02-24"), aEnd1, aStart, aEnd1) },
          { type: "overage", amount: 1000 * 2 },
        ],
        0.2,
      ),
      ...Array.from({ length: 7 }, () => invoice([{ type: "base", amount: 20000 }], 0.2)),
    ];
    const bOverage = { type: "overage", amount: 3 * 50 }; // 12,500 recorded + a few real calls over 10,000
    const expectedB: Expected[] = [
      invoice([{ type: "base", amount: 5000 }], 0),
      invoice([{ type: "base", amount: 5000 }, bOverage], 0),
      invoice([{ type: "base", amount: 5000 }], 0), // declined four times, paid on 25 April
      invoice([{ type: "base", amount: 5000 }], 0),
      invoice([{ type: "base", amount: 5000 }], 0),
      invoice(
        [
          {
            type: "credit",
            amount: -part(5000, at("2025-06-10"), at("2025-06-30"), at("2025-05-31"), at("2025-06-30")),
          },
        ],
        0,
      ),
    ];
    const expectedC: Expected[] = Array.from({ length: 12 }, () =>
      invoice([{ type: "base", amount: 20000 }], 0, "open"),
    );

    for (const [tenant, expected] of [
      [a, expectedA],
      [b, expectedB],
      [c, expectedC],
    ] as const) {
      const list = await tenant.call("GET", "/v1/billing/invoices?limit=100");
      expect(list.status).toBe(200);
      const got = [...list.body.data].reverse();
      expect(
        got.map((i: any) => ({
          lines: i.lines.map((l: any) => ({ type: l.type, amount: l.amount })),
          total: i.total,
          status: i.status,
        })),
      ).toEqual(expected);
      for (const i of got) expect(i.lines.reduce((s: number, l: any) => s + l.amount, 0)).toBe(i.total);
    }
    expect(part(5000, at("2025-02-24"), aEnd1, aStart, aEnd1)).toBe(3214);
    expect(expectedA[1]!.total).toBe(37972);

    // Issue dates are the period boundaries, month ends clamped (31 January → 28 February → 31 March).
    const bList = (await b.call("GET", "/v1/billing/invoices?limit=100")).body.data.reverse();
    expect(bList.map((i: any) => i.issue_date.slice(0, 10))).toEqual([
      "2025-01-31",
      "2025-02-28",
      "2025-03-31",
      "2025-04-30",
      "2025-05-31",
      "2025-06-10",
    ]);
    expect(bList[2].paid_at).toBe(at("2025-04-25").toISOString());

    // The PDF of an invoice is a real PDF naming it.
    const aList = (await a.call("GET", "/v1/billing/invoices?limit=100")).body.data.reverse();
    const pdfRes = await fetch(aList[1].pdf_url.replace(/^https?:\/\/[^/]+/, t.url), {
      headers: { authorization: `Bearer ${await t.apiKey(a.id, { role: "billing_admin" })}` },
    });
    expect(pdfRes.status).toBe(200);
    expect(pdfRes.headers.get("content-type")).toContain("application/pdf");
    const bytes = Buffer.from(await pdfRes.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfText(bytes)).toContain(aList[1].number);
    expect(pdfText(bytes)).toContain("$379.72");

    // Billing analytics and revenue come from these rows.
    const revenue = await t.request("GET", "/v1/admin/analytics/revenue?start_date=2025-01-01&end_date=2026-01-31", {
      token: await env.adminToken(),
    });
    expect(revenue.status).toBe(200);
    const paid = [...expectedA, ...expectedB].filter((e) => e.status === "paid");
    const net = paid.reduce((s, e) => s + e.lines.filter((l) => l.type !== "tax").reduce((x, l) => x + l.amount, 0), 0);
    expect(revenue.body.metrics.total_revenue).toBe(net);
    expect(revenue.body.metrics.one_time_revenue).toBe(2000 + 150);
    const feb = revenue.body.monthly_breakdown.find((m: any) => m.month === "2025-02");
    expect(feb.expansion_revenue).toBe(15000);
    const jan = revenue.body.monthly_breakdown.find((m: any) => m.month === "2025-01");
    expect(jan.new_customers).toBe(3);
    expect(revenue.body.monthly_breakdown.reduce((s: number, m: any) => s + m.churned_customers, 0)).toBe(2);

    // B: five successful charges and four declines in the year.
    const analyticsB = await b.call("GET", "/v1/billing/analytics");
    expect(analyticsB.status).toBe(200);
    expect(analyticsB.body.payment_health_score).toBe(0.556);
    expect(analyticsB.body.monthly_recurring_revenue).toBe(0);
  }, 240_000);

  it("writes every billing action to the billing audit log", async () => {
    const actions = await withPlatform(env.t.server.services.db, "test: read audit", (trx) =>
      trx.selectFrom("audit_log").select("action").distinct().where("category", "=", "billing").execute(),
    );
    const names = actions.map((a) => a.action);
    for (const action of [
      "subscription.created",
      "subscription.plan_changed",
      "subscription.cancelled",
      "invoice.issued",
      "payment.succeeded",
      "payment.failed",
      "payment_method.added",
      "usage.recorded",
      "billing.paid_features_blocked",
      "tenant.suspended_for_non_payment",
      "billing.restored",
    ]) {
      expect(names).toContain(action);
    }
  });

  it("refuses the test clock to tenants", async () => {
    const d = await billingTenant(env.t, "us");
    const res = await d.call("POST", "/v1/admin/clock/advance", { days: 1 });
    expect(res.status).toBe(403);
  });
});

/** The text drawn in an uncompressed PDF: pdfkit writes each run as hex glyph codes inside TJ arrays. */
function pdfText(pdf: Buffer): string {
  const src = pdf.toString("latin1");
  const runs = [...src.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((m) =>
    [...m[1]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""),
  );
  return runs.join("\n");
}
