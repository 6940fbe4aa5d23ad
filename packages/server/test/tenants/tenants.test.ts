import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/platform/db/index.js";
import { testDatabases } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe.each(testDatabases())("tenants on %s", (kind) => {
  let t: TestServer;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer(kind);
    admin = await t.platformToken(await t.seedPlatformAdmin());
  }, 60_000);
  afterAll(() => t?.close());

  it("lets a platform admin create a tenant, with its quotas from the plan and an invited owner", async () => {
    const res = await t.request("POST", "/v1/tenants", {
      token: admin,
      body: {
        organization_name: "Enterprise Corp",
        slug: "enterprise-corp",
        admin_email: "Admin@Enterprise-Corp.com",
        plan: "enterprise",
        data_residency: "eu",
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      slug: "enterprise-corp",
      plan: "enterprise",
      data_residency: "eu",
      status: "active",
    });
    expect(res.body.quotas.max_ai_requests_per_day).toBe(10_000);
    expect(res.body.current_usage.users_count).toBe(1);
    expect(res.body.owner_invitation).toMatchObject({ email: "admin@enterprise-corp.com", role: "owner" });
    // The invited owner accepts with a password and can log in to the new tenant at once.
    const accepted = await t.request("POST", "/v1/auth/invitations/accept", {
      body: { token: res.body.owner_invitation.token, password: "correct-horse-battery-staple" },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({ role: "owner", tenant_id: res.body.id });
    const login = await t.request("POST", "/v1/auth/login", {
      body: { email: "admin@enterprise-corp.com", password: "correct-horse-battery-staple" },
    });
    expect(login.status).toBe(200);
    expect(login.body.access_token).toEqual(expect.any(String));
    const dup = await t.request("POST", "/v1/tenants", {
      token: admin,
      body: { organization_name: "Again", slug: "enterprise-corp", admin_email: "x@y.com", plan: "team" },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.details.field).toBe("slug");
  });

  it("refuses tenant creation to a tenant owner", async () => {
    const tenant = await t.seedTenant();
    const owner = await t.seedUser(tenant.id, "owner");
    const res = await t.request("POST", "/v1/tenants", {
      token: await t.userToken(owner, tenant.id, "owner"),
      body: { organization_name: "X", slug: "x-corp", admin_email: "x@y.com", plan: "team" },
    });
    expect(res.status).toBe(403);
    expect(res.body.details.required_roles).toEqual(["platform_admin"]);
  });

  it("shows the current tenant with usage counted from real rows, and updates branding and features", async () => {
    const tenant = await t.seedTenant({ plan: "developer" });
    const owner = await t.seedUser(tenant.id, "owner");
    await t.seedUser(tenant.id, "developer");
    const token = await t.userToken(owner, tenant.id, "owner");
    const info = await t.request("GET", "/v1/tenants/me/info", { token });
    expect(info.status).toBe(200);
    expect(info.body.current_usage).toMatchObject({ users_count: 2, projects_count: 0, concurrent_sessions: 1 });
    expect(info.body.quotas).toMatchObject({ max_users: 1, max_projects: 5, max_concurrent_sessions: 2 });
    const updated = await t.request("PUT", "/v1/tenants/me/info", {
      token,
      body: {
        display_name: "Renamed",
        configuration: { branding: { primary_color: "#1f2937" }, features: { custom_workflows: true } },
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.display_name).toBe("Renamed");
    const again = await t.request("PUT", "/v1/tenants/me/info", {
      token,
      body: { configuration: { branding: { logo_url: "https://cdn.example.com/logo.png" } } },
    });
    expect(again.body.configuration).toEqual({
      branding: { primary_color: "#1f2937", logo_url: "https://cdn.example.com/logo.png" },
      features: { custom_workflows: true },
    });
    const bad = await t.request("PUT", "/v1/tenants/me/info", {
      token,
      body: { configuration: { branding: { primary_color: "red" } } },
    });
    expect(bad.status).toBe(400);
  });

  it("answers quota checks from the plan and current usage", async () => {
    const tenant = await t.seedTenant({ plan: "developer" });
    const owner = await t.seedUser(tenant.id, "owner");
    const token = await t.userToken(owner, tenant.id, "owner");
    const users = await t.request("GET", "/v1/tenants/me/quota-check/users?amount=1", { token });
    expect(users.body).toEqual({
      quota_type: "users",
      available: false,
      current_usage: 1,
      quota_limit: 1,
      requested_amount: 1,
      remaining: 0,
    });
    const calls = await t.request("GET", "/v1/tenants/me/quota-check/api_calls?amount=100", { token });
    expect(calls.body.quota_limit).toBe(10_000);
    expect(calls.body.current_usage).toBeGreaterThanOrEqual(2);
    expect(calls.body.available).toBe(true);
    expect((await t.request("GET", "/v1/tenants/me/quota-check/bananas", { token })).status).toBe(400);
    expect((await t.request("GET", "/v1/tenants/me/quota-check/users?amount=0", { token })).status).toBe(400);
  });

  it("suspends a tenant: every tenant-scoped call answers 451 until it is reactivated, and both are audited", async () => {
    const tenant = await t.seedTenant();
    const dev = await t.seedUser(tenant.id, "developer");
    const token = await t.userToken(dev, tenant.id, "developer");
    const key = await t.apiKey(tenant.id);
    expect((await t.request("GET", "/v1/tenants/me/info", { token })).status).toBe(200);
    const suspended = await t.request("POST", `/v1/tenants/${tenant.id}/suspend`, {
      token: admin,
      body: { reason: "Payment overdue" },
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: "suspended", suspended_reason: "Payment overdue" });
    for (const credential of [token, key]) {
      const res = await t.request("GET", "/v1/tenants/me/info", { token: credential });
      expect(res.status).toBe(451);
      expect(res.body.error).toBe("tenant_suspended");
    }
    expect(
      (await t.request("POST", `/v1/tenants/${tenant.id}/suspend`, { token: admin, body: { reason: "again" } })).status,
    ).toBe(409);
    const back = await t.request("POST", `/v1/tenants/${tenant.id}/reactivate`, { token: admin });
    expect(back.body.status).toBe("active");
    expect((await t.request("GET", "/v1/tenants/me/info", { token })).status).toBe(200);
    const audit = await t.request("GET", `/v1/admin/audit/auth?tenant_id=${tenant.id}`, { token: admin });
    expect(audit.status).toBe(200);
    const verification = await verifyAuditChain(t.database.db, tenant.id);
    expect(verification.ok).toBe(true);
  });

  it("lets an organisation's owner see its child tenants but not other tenants", async () => {
    const parent = await t.seedTenant({ plan: "enterprise" });
    const child = await t.seedTenant({ parentTenantId: parent.id });
    const stranger = await t.seedTenant();
    const owner = await t.seedUser(parent.id, "owner");
    const token = await t.userToken(owner, parent.id, "owner");
    const list = await t.request("GET", "/v1/tenants", { token });
    expect(list.status).toBe(200);
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([child.id]);
    expect((await t.request("GET", `/v1/tenants/${child.id}`, { token })).status).toBe(200);
    expect((await t.request("GET", `/v1/tenants/${stranger.id}`, { token })).status).toBe(404);
  });

  it("lists tenants for a platform admin with filters and pagination", async () => {
    await t.seedTenant({ plan: "developer" });
    await t.seedTenant({ plan: "developer" });
    const page = await t.request("GET", "/v1/tenants?plan=developer&limit=1", { token: admin });
    expect(page.status).toBe(200);
    expect(page.body.data).toHaveLength(1);
    expect(page.body.pagination.total).toBeGreaterThanOrEqual(2);
    expect(page.body.pagination.has_more).toBe(true);
    const next = await t.request("GET", "/v1/tenants?plan=developer&limit=1&offset=1", { token: admin });
    expect(next.body.data[0].id).not.toBe(page.body.data[0].id);
    expect((await t.request("GET", "/v1/tenants?limit=1000", { token: admin })).status).toBe(400);
  });

  it("replays a POST with the same Idempotency-Key and refuses the key with another body", async () => {
    const body = { organization_name: "Idem", slug: "idem-corp", admin_email: "a@idem.com", plan: "team" };
    // Platform admins have no tenant, so idempotency is shown on a tenant call instead.
    const tenant = await t.seedTenant();
    const owner = await t.seedUser(tenant.id, "owner");
    const token = await t.userToken(owner, tenant.id, "owner");
    const headers = { "idempotency-key": "put-branding-1" };
    const first = await t.request("PUT", "/v1/tenants/me/info", { token, headers, body: { display_name: "First" } });
    expect(first.status).toBe(200);
    await t.request("PUT", "/v1/tenants/me/info", { token, body: { display_name: "Changed in between" } });
    const replay = await t.request("PUT", "/v1/tenants/me/info", { token, headers, body: { display_name: "First" } });
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.display_name).toBe("First");
    const other = await t.request("PUT", "/v1/tenants/me/info", { token, headers, body: { display_name: "Second" } });
    expect(other.status).toBe(409);
    expect(body.slug).toBe("idem-corp");
  });
});
