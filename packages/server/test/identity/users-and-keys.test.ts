import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPlatform } from "../../src/platform/db/index.js";
import { testDatabases } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";

const PASSWORD = "correct-horse-battery-staple";

describe.each(testDatabases())("users, invitations and API keys (%s)", (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind);
  }, 60_000);
  afterAll(() => t?.close());

  async function ownerSession(plan: "developer" | "team" = "team") {
    const tenant = await t.seedTenant({ plan });
    const owner = await t.seedUser(tenant.id, "owner", { password: PASSWORD });
    const res = await t.request("POST", "/v1/auth/login", { body: { email: owner.email, password: PASSWORD } });
    return { tenant, owner, token: res.body.access_token as string };
  }

  it("invites a user who accepts with a password, is logged in, and can log in again", async () => {
    const { token, tenant } = await ownerSession();
    const invite = await t.request("POST", "/v1/users/invitations", {
      token,
      body: { email: "New.Dev@Example.test", role: "developer" },
    });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ email: "new.dev@example.test", role: "developer" });
    expect(invite.body.token).toMatch(/^lvi_/);
    const listed = await t.request("GET", "/v1/users?status=invited", { token });
    expect(listed.body.data.map((u: { email: string }) => u.email)).toEqual(["new.dev@example.test"]);
    // Not yet a password: login fails like any wrong credential.
    const early = await t.request("POST", "/v1/auth/login", {
      body: { email: "new.dev@example.test", password: PASSWORD },
    });
    expect(early.status).toBe(401);

    const accepted = await t.request("POST", "/v1/auth/invitations/accept", {
      body: { token: invite.body.token, password: PASSWORD, name: "New Dev" },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user).toMatchObject({
      email: "new.dev@example.test",
      role: "developer",
      tenant_id: tenant.id,
    });
    const me = await t.request("GET", "/v1/auth/me", { token: accepted.body.access_token });
    expect(me.body.role).toBe("developer");
    const twice = await t.request("POST", "/v1/auth/invitations/accept", {
      body: { token: invite.body.token, password: PASSWORD },
    });
    expect(twice.status).toBe(409);
    const bogus = await t.request("POST", "/v1/auth/invitations/accept", {
      body: { token: "lvi_nope", password: PASSWORD },
    });
    expect(bogus.status).toBe(404);
    const login = await t.request("POST", "/v1/auth/login", {
      body: { email: "new.dev@example.test", password: PASSWORD },
    });
    expect(login.status).toBe(200);
    const events = await withPlatform(t.server.services.db, "test", (trx) =>
      trx.selectFrom("domain_events").select("payload").where("event_type", "=", "user.created").execute(),
    );
    expect(events.some((e) => (e.payload as { email: string }).email === "new.dev@example.test")).toBe(true);
  });

  it("enforces max_users when inviting", async () => {
    const { token } = await ownerSession("developer");
    const res = await t.request("POST", "/v1/users/invitations", {
      token,
      body: { email: "second@example.test", role: "viewer" },
    });
    expect(res.status).toBe(429);
    expect(res.body.error).toBe("quota_exceeded");
    expect(res.body.details).toEqual({ quota_type: "users", current_usage: 1, quota_limit: 1 });
  });

  it("protects the last owner and lets only owners touch the owner role", async () => {
    const { token, owner, tenant } = await ownerSession();
    const demote = await t.request("PATCH", `/v1/users/${owner.id}`, { token, body: { role: "admin" } });
    expect(demote.status).toBe(409);
    const remove = await t.request("DELETE", `/v1/users/${owner.id}`, { token });
    expect(remove.status).toBe(409);

    const admin = await t.seedUser(tenant.id, "admin");
    const adminToken = await t.userToken(admin, tenant.id, "admin");
    const promote = await t.request("PATCH", `/v1/users/${admin.id}`, { token: adminToken, body: { role: "owner" } });
    expect(promote.status).toBe(403);
    const byAdmin = await t.request("DELETE", `/v1/users/${owner.id}`, { token: adminToken });
    expect(byAdmin.status).toBe(403);

    // With a second owner, the first may step down.
    expect((await t.request("PATCH", `/v1/users/${admin.id}`, { token, body: { role: "owner" } })).status).toBe(200);
    const stepDown = await t.request("PATCH", `/v1/users/${owner.id}`, { token, body: { role: "admin" } });
    expect(stepDown.status).toBe(200);
    expect(stepDown.body.role).toBe("admin");
    // A role change ends the user's sessions: the token with the old role stops working.
    expect((await t.request("GET", "/v1/auth/me", { token })).status).toBe(401);
    const audited = await withPlatform(t.server.services.db, "test", (trx) =>
      trx
        .selectFrom("audit_log")
        .select("details")
        .where("action", "=", "user.role_changed")
        .where("tenant_id", "=", tenant.id)
        .execute(),
    );
    expect(audited).toHaveLength(2);
  });

  it("removing a user ends their sessions at once", async () => {
    const { token, tenant } = await ownerSession();
    const dev = await t.seedUser(tenant.id, "developer", { password: PASSWORD });
    const devLogin = await t.request("POST", "/v1/auth/login", { body: { email: dev.email, password: PASSWORD } });
    expect((await t.request("GET", "/v1/auth/me", { token: devLogin.body.access_token })).status).toBe(200);
    expect((await t.request("DELETE", `/v1/users/${dev.id}`, { token })).status).toBe(204);
    expect((await t.request("GET", "/v1/auth/me", { token: devLogin.body.access_token })).status).toBe(401);
    expect((await t.request("GET", `/v1/users/${dev.id}`, { token })).status).toBe(404);
  });

  it("creates an API key shown once, lists it by prefix, and revokes it", async () => {
    const { token } = await ownerSession();
    const created = await t.request("POST", "/v1/api-keys", {
      token,
      body: { name: "ci", scopes: ["tenants:read", "users:read"] },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^lv_/);
    expect(created.body.secret.startsWith(created.body.prefix)).toBe(true);
    const key = created.body.secret as string;
    const list = await t.request("GET", "/v1/api-keys", { token });
    const listed = list.body.data.find((k: { id: string }) => k.id === created.body.id);
    expect(listed).toMatchObject({ name: "ci", prefix: created.body.prefix, scopes: ["tenants:read", "users:read"] });
    expect(listed.secret).toBeUndefined();
    expect(JSON.stringify(list.body)).not.toContain(key);

    // Scopes: reading is allowed, writing is refused with the scope it lacks.
    expect((await t.request("GET", "/v1/tenants/me/info", { token: key })).status).toBe(200);
    expect((await t.request("GET", "/v1/users", { token: key })).status).toBe(200);
    const write = await t.request("PUT", "/v1/tenants/me/info", { token: key, body: { display_name: "Nope" } });
    expect(write.status).toBe(403);
    expect(write.body.details.required_scope).toBe("tenants:write");
    const invite = await t.request("POST", "/v1/users/invitations", {
      token: key,
      body: { email: "x@example.test", role: "viewer" },
    });
    expect(invite.status).toBe(403);
    const me = await t.request("GET", "/v1/auth/me", { token: key });
    expect(me.status).toBe(403);
    expect(me.body.details.required_scope).toBe("auth:read");

    const revoked = await t.request("DELETE", `/v1/api-keys/${created.body.id}`, { token });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked_at).toBeTruthy();
    expect((await t.request("GET", "/v1/tenants/me/info", { token: key })).status).toBe(401);
    const actions = await withPlatform(t.server.services.db, "test", (trx) =>
      trx.selectFrom("audit_log").select("action").where("target_id", "=", created.body.id).execute(),
    );
    expect(actions.map((a) => a.action).sort()).toEqual(["api_key.created", "api_key.revoked"]);
  });

  it("gives a key its creator's role, never more", async () => {
    const { tenant } = await ownerSession();
    const dev = await t.seedUser(tenant.id, "developer");
    const devToken = await t.userToken(dev, tenant.id, "developer");
    const created = await t.request("POST", "/v1/api-keys", { token: devToken, body: { name: "dev", scopes: ["*"] } });
    expect(created.status).toBe(201);
    const me = await t.request("GET", "/v1/auth/me", { token: created.body.secret });
    expect(me.body.role).toBe("developer");
    // A developer's key cannot do what a developer cannot, whatever its scopes.
    expect((await t.request("GET", "/v1/users", { token: created.body.secret })).status).toBe(403);
    const past = await t.request("POST", "/v1/api-keys", {
      token: devToken,
      body: { name: "old", scopes: ["*"], expires_at: "2001-01-01T00:00:00Z" },
    });
    expect(past.status).toBe(400);
  });
});
