import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { withPlatform } from "../../src/platform/db/index.js";
import { startOfMonth } from "../../src/platform/limits/gate.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe("the monthly API-call quota", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer("pglite");
  }, 60_000);
  afterAll(() => t?.close());

  async function tenantWithCalls(calls: number) {
    const tenant = await t.seedTenant({ plan: "developer" });
    await withPlatform(t.database.db, "test: usage", (trx) =>
      trx
        .insertInto("usage_counters")
        .values({ tenant_id: tenant.id, metric: "api_calls", period_start: startOfMonth(new Date()), value: calls })
        .execute(),
    );
    return { tenant, key: await t.apiKey(tenant.id) };
  }

  async function events(tenantId: string) {
    await t.server.services.events.wake();
    return withPlatform(t.database.db, "test: events", (trx) =>
      trx.selectFrom("domain_events").select(["event_type", "payload"]).where("tenant_id", "=", tenantId).execute(),
    );
  }

  it("continues from the stored count, warns at 90 % and refuses past the limit with the documented body", async () => {
    const { tenant, key } = await tenantWithCalls(8_998);
    expect((await t.request("GET", "/v1/tenants/me/info", { token: key })).status).toBe(200); // 8,999
    expect(await events(tenant.id)).toEqual([]);
    const info = await t.request("GET", "/v1/tenants/me/info", { token: key }); // 9,000: 90 %
    expect(info.body.current_usage.api_calls_this_month).toBe(9_000);
    // The event is written beside the request, not inside it.
    const warned = await vi.waitFor(async () => {
      const rows = await events(tenant.id);
      expect(rows.length).toBeGreaterThan(0);
      return rows;
    });
    expect(warned).toEqual([
      {
        event_type: "tenant.quota_warning",
        payload: { quota_type: "api_calls", current_usage: 9_000, quota_limit: 10_000, threshold: 0.9 },
      },
    ]);

    const full = await tenantWithCalls(10_000);
    const refused = await t.request("GET", "/v1/tenants/me/info", { token: full.key });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      error: "quota_exceeded",
      message: "Monthly API quota exceeded",
      details: { quota_type: "api_calls", current_usage: 10_000, quota_limit: 10_000 },
      upgrade_options: [
        { plan: "team", monthly_price: 20_000 },
        { plan: "enterprise", monthly_price: 80_000 },
      ],
    });
    expect(new Date(refused.body.details.reset_date).getUTCDate()).toBe(1);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    await vi.waitFor(async () => {
      expect((await events(full.tenant.id)).map((e) => e.event_type)).toEqual(["tenant.quota_exceeded"]);
    });
  });
});
