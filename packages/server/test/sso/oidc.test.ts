import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSsoConnection } from "../../src/modules/identity/sso/index.js";
import { withPlatform } from "../../src/platform/db/index.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { type OidcPeer, signInAtPeer, startOidcPeer } from "./oidc-peer.js";

describe("single sign-on with OpenID Connect against a real provider", () => {
  let t: TestServer;
  let peer: OidcPeer;
  let tenant: { id: string; slug: string };
  let alice: { id: string; email: string };
  const callback = (provider: string) => `${t.url}/v1/auth/sso/${provider}/callback`;

  beforeAll(async () => {
    t = await startTestServer("pglite");
    tenant = await t.seedTenant({ plan: "team" });
    alice = await t.seedUser(tenant.id, "developer", { email: "alice@acme.test" });
    peer = await startOidcPeer({
      redirectUris: [callback("google"), callback("microsoft")],
      accounts: {
        alice: { email: "Alice@acme.test", email_verified: true },
        stranger: { email: "stranger@elsewhere.test", email_verified: true },
        unverified: { email: "alice@acme.test", email_verified: false },
      },
    });
    const { box, db } = t.server.services;
    const settings = { issuer: peer.issuer, clientId: peer.clientId, clientSecret: peer.clientSecret };
    await setSsoConnection(db, box, tenant.slug, "google", settings);
    await setSsoConnection(db, box, tenant.slug, "microsoft", settings);
  }, 60_000);
  afterAll(async () => {
    await peer?.close();
    await t?.close();
  });

  async function signOn(provider: "google" | "microsoft", login: string) {
    const start = await t.request("GET", `/v1/auth/sso/${provider}`, { headers: { "x-tenant-slug": tenant.slug } });
    expect(start.status).toBe(200);
    const back = await signInAtPeer(start.body.authorization_url, callback(provider), login);
    expect(back.searchParams.get("state")).toBe(start.body.state);
    const code = back.searchParams.get("code")!;
    const query = new URLSearchParams({ code, state: start.body.state });
    return { start, code, state: start.body.state as string, query };
  }

  it("answers the provider's authorisation URL with PKCE, a nonce and a state", async () => {
    const res = await t.request("GET", "/v1/auth/sso/google", { headers: { "x-tenant-slug": tenant.slug } });
    expect(res.status).toBe(200);
    expect(res.body.provider).toBe("google");
    const url = new URL(res.body.authorization_url);
    expect(url.origin).toBe(peer.issuer);
    expect(url.searchParams.get("client_id")).toBe(peer.clientId);
    expect(url.searchParams.get("redirect_uri")).toBe(callback("google"));
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get("nonce")).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get("state")).toBe(res.body.state);
  });

  it("signs an existing user on and issues a token pair that works like a password login's", async () => {
    const { query } = await signOn("google", "alice");
    const done = await t.request("GET", `/v1/auth/sso/google/callback?${query}`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ success: true, token_type: "Bearer" });
    expect(done.body.user).toEqual({ id: alice.id, email: "alice@acme.test", role: "developer", tenant_id: tenant.id });

    const me = await t.request("GET", "/v1/auth/me", { token: done.body.access_token });
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(alice.id);
    expect(me.body.tenant.slug).toBe(tenant.slug);

    const refreshed = await t.request("POST", "/v1/auth/refresh", { body: { refresh_token: done.body.refresh_token } });
    expect(refreshed.status).toBe(200);
    const logout = await t.request("POST", "/v1/auth/logout", { token: refreshed.body.access_token });
    expect(logout.status).toBe(200);
    const after = await t.request("GET", "/v1/auth/me", { token: refreshed.body.access_token });
    expect(after.status).toBe(401);

    const logins = await withPlatform(t.server.services.db, "test: read audit", (trx) =>
      trx
        .selectFrom("audit_log")
        .select(["details"])
        .where("tenant_id", "=", tenant.id)
        .where("action", "=", "user.login")
        .where("actor_id", "=", alice.id)
        .execute(),
    );
    expect(logins.map((l) => l.details)).toContainEqual(
      expect.objectContaining({ method: "oidc", provider: "google", subject: "alice" }),
    );
  });

  it("refuses a callback replayed with a spent state", async () => {
    const { query } = await signOn("google", "alice");
    const first = await t.request("GET", `/v1/auth/sso/google/callback?${query}`);
    expect(first.status).toBe(200);
    const again = await t.request("GET", `/v1/auth/sso/google/callback?${query}`);
    expect(again.status).toBe(401);
    expect(again.body.message).toMatch(/already completed/);
  });

  it("refuses a state that was never issued, and a state issued for another provider", async () => {
    const forged = await t.request("GET", "/v1/auth/sso/google/callback?code=abc&state=not-a-state-we-issued");
    expect(forged.status).toBe(401);
    const { query } = await signOn("microsoft", "alice");
    const crossed = await t.request("GET", `/v1/auth/sso/google/callback?${query}`);
    expect(crossed.status).toBe(401);
  });

  it("signs on through the Microsoft settings of the tenant too", async () => {
    const { query } = await signOn("microsoft", "alice");
    const done = await t.request("GET", `/v1/auth/sso/microsoft/callback?${query}`);
    expect(done.status).toBe(200);
    expect(done.body.user.id).toBe(alice.id);
  });

  it("answers 404 for an unknown tenant slug and for a provider the tenant has not set up", async () => {
    const unknown = await t.request("GET", "/v1/auth/sso/google", { headers: { "x-tenant-slug": "no-such-tenant" } });
    expect(unknown.status).toBe(404);
    const other = await t.seedTenant();
    const unset = await t.request("GET", "/v1/auth/sso/google", { headers: { "x-tenant-slug": other.slug } });
    expect(unset.status).toBe(404);
    expect(unset.body.message).toMatch(/not set up/);
  });

  it("refuses an e-mail that is no user of the tenant with 401, and audits it", async () => {
    const { query } = await signOn("google", "stranger");
    const res = await t.request("GET", `/v1/auth/sso/google/callback?${query}`);
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/No active user with the e-mail stranger@elsewhere.test/);
    const failures = await withPlatform(t.server.services.db, "test: read audit", (trx) =>
      trx
        .selectFrom("audit_log")
        .select(["details"])
        .where("tenant_id", "=", tenant.id)
        .where("action", "=", "user.login_failed")
        .execute(),
    );
    expect(failures.map((f) => f.details)).toContainEqual(
      expect.objectContaining({ reason: "unknown_user", email: "stranger@elsewhere.test" }),
    );
  });

  it("refuses an e-mail the provider has not verified", async () => {
    const { query } = await signOn("google", "unverified");
    const res = await t.request("GET", `/v1/auth/sso/google/callback?${query}`);
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/verified e-mail/);
  });

  it("refuses a code the provider did not issue", async () => {
    const start = await t.request("GET", "/v1/auth/sso/google", { headers: { "x-tenant-slug": tenant.slug } });
    const res = await t.request("GET", `/v1/auth/sso/google/callback?code=forged-code&state=${start.body.state}`);
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/did not confirm/);
  });

  it("refuses a redirect URI on a foreign origin", async () => {
    const res = await t.request(
      "GET",
      `/v1/auth/sso/google?redirect_uri=${encodeURIComponent("https://evil.test/cb")}`,
      {
        headers: { "x-tenant-slug": tenant.slug },
      },
    );
    expect(res.status).toBe(400);
    expect(res.body.details.field).toBe("redirect_uri");
  });

  it("keeps the client secret sealed at rest", async () => {
    const rows = await withPlatform(t.server.services.db, "test: read sso settings", (trx) =>
      trx.selectFrom("sso_connections").selectAll().where("tenant_id", "=", tenant.id).execute(),
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.client_secret_sealed).toMatch(/^v1\./);
      expect(row.client_secret_sealed).not.toContain(peer.clientSecret);
      expect(t.server.services.box.open(row.client_secret_sealed!)).toBe(peer.clientSecret);
    }
  });
});
