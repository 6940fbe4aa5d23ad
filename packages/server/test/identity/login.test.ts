import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPlatform } from "../../src/platform/db/index.js";
import { createLogger } from "../../src/platform/logger.js";
import { testDatabases } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";

const PASSWORD = "correct-horse-battery-staple";

describe.each(testDatabases())("login, refresh and logout (%s)", (kind) => {
  let t: TestServer;
  let logLines: string[];

  beforeAll(async () => {
    logLines = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    t = await startTestServer(kind, {}, { logger: createLogger("trace", sink) });
  }, 60_000);
  afterAll(() => t?.close());

  async function member(plan: "developer" | "team" = "team") {
    const tenant = await t.seedTenant({ plan });
    const user = await t.seedUser(tenant.id, "admin", { password: PASSWORD });
    return { tenant, user };
  }

  const login = (email: string, password = PASSWORD, headers: Record<string, string> = {}) =>
    t.request("POST", "/v1/auth/login", { body: { email, password, provider: "local" }, headers });

  it("registers an organisation whose owner can log in at once", async () => {
    const slug = `reg-${Date.now().toString(36)}`;
    const reg = await t.request("POST", "/v1/auth/register", {
      body: { organization_name: "Registered Ltd", slug, email: `Owner@${slug}.test`, password: PASSWORD },
    });
    expect(reg.status).toBe(201);
    expect(reg.body.tenant).toMatchObject({ slug, status: "trial" });
    expect(reg.body.user).toMatchObject({ email: `owner@${slug}.test`, role: "owner" });
    const me = await t.request("GET", "/v1/auth/me", { token: reg.body.access_token });
    expect(me.status).toBe(200);
    expect(me.body.tenant.slug).toBe(slug);

    const again = await login(`owner@${slug}.test`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ success: true, expires_in: 3600, token_type: "Bearer" });
    expect(again.body.refresh_token).toMatch(/^lvr_/);
    const dup = await t.request("POST", "/v1/auth/register", {
      body: { organization_name: "Copy", slug, email: `x@${slug}.test`, password: PASSWORD },
    });
    expect(dup.status).toBe(409);
  });

  it("issues access tokens with the documented claims, valid for one hour", async () => {
    const { tenant, user } = await member();
    const res = await login(user.email);
    const [, payload] = res.body.access_token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    expect(claims).toMatchObject({ sub: user.id, tenant_id: tenant.id, role: "admin", email: user.email });
    for (const c of ["sid", "jti", "iss", "aud", "exp", "iat"]) expect(claims[c]).toBeTruthy();
    expect(claims.exp - claims.iat).toBe(3600);
  });

  it("answers a wrong e-mail and a wrong password identically, and audits both", async () => {
    const { user, tenant } = await member();
    const wrongPassword = await login(user.email, "not-the-password");
    const wrongEmail = await login(`nobody-${Date.now()}@example.test`, "not-the-password");
    expect(wrongPassword.status).toBe(401);
    expect(wrongEmail.status).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b, request_id: undefined, timestamp: undefined });
    expect(strip(wrongPassword.body)).toEqual(strip(wrongEmail.body));
    const audited = await withPlatform(t.server.services.db, "test", (trx) =>
      trx.selectFrom("audit_log").select(["tenant_id", "details"]).where("action", "=", "user.login_failed").execute(),
    );
    expect(audited.some((a) => a.tenant_id === tenant.id)).toBe(true);
    expect(audited.some((a) => a.tenant_id === null)).toBe(true);
  });

  it("rotates refresh tokens, and a reused one ends the whole family", async () => {
    const { user } = await member();
    const first = await login(user.email);
    const second = await t.request("POST", "/v1/auth/refresh", {
      headers: { authorization: `Bearer ${first.body.refresh_token}` },
    });
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    const third = await t.request("POST", "/v1/auth/refresh", { body: { refresh_token: second.body.refresh_token } });
    expect(third.status).toBe(200);
    expect((await t.request("GET", "/v1/auth/me", { token: third.body.access_token })).status).toBe(200);

    // The first token again: reuse. The family, including the newest pair, stops working.
    const reuse = await t.request("POST", "/v1/auth/refresh", { body: { refresh_token: first.body.refresh_token } });
    expect(reuse.status).toBe(401);
    expect(reuse.body.message).toMatch(/already used/);
    const newest = await t.request("POST", "/v1/auth/refresh", { body: { refresh_token: third.body.refresh_token } });
    expect(newest.status).toBe(401);
    expect((await t.request("GET", "/v1/auth/me", { token: third.body.access_token })).status).toBe(401);
    const audited = await withPlatform(t.server.services.db, "test", (trx) =>
      trx.selectFrom("audit_log").select("target_id").where("action", "=", "refresh_token.reused").execute(),
    );
    expect(audited.length).toBeGreaterThan(0);
  });

  it("logout ends the access token and the refresh token at once", async () => {
    const { user } = await member();
    const session = await login(user.email);
    const token = session.body.access_token;
    expect((await t.request("GET", "/v1/auth/me", { token })).status).toBe(200);
    const out = await t.request("POST", "/v1/auth/logout", { token });
    expect(out.status).toBe(200);
    expect(out.body.success).toBe(true);
    const me = await t.request("GET", "/v1/auth/me", { token });
    expect(me.status).toBe(401);
    const refresh = await t.request("POST", "/v1/auth/refresh", {
      body: { refresh_token: session.body.refresh_token },
    });
    expect(refresh.status).toBe(401);
    // Another session of the same user is untouched.
    const other = await login(user.email);
    expect((await t.request("GET", "/v1/auth/me", { token: other.body.access_token })).status).toBe(200);
  });

  it("refuses a login beyond the plan's concurrent sessions with the documented quota body", async () => {
    const { user } = await member("developer");
    expect((await login(user.email)).status).toBe(200);
    const second = await login(user.email);
    expect(second.status).toBe(200);
    const third = await login(user.email);
    expect(third.status).toBe(429);
    expect(third.body.error).toBe("quota_exceeded");
    expect(third.body.details).toEqual({ quota_type: "concurrent_sessions", current_usage: 2, quota_limit: 2 });
    expect(third.body.upgrade_options.map((o: { plan: string }) => o.plan)).toEqual(["team", "enterprise"]);
    // Logging out frees a place.
    await t.request("POST", "/v1/auth/logout", { token: second.body.access_token });
    expect((await login(user.email)).status).toBe(200);
  });

  it("logs a platform administrator in through the same endpoint when no tenant is named", async () => {
    const admin = await t.seedPlatformAdmin();
    const { hashPassword } = await import("../../src/platform/auth/passwords.js");
    const hash = await hashPassword(PASSWORD);
    await withPlatform(t.server.services.db, "test", (trx) =>
      trx.updateTable("platform_admins").set({ password_hash: hash }).where("id", "=", admin.id).execute(),
    );
    const res = await login(admin.email);
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: admin.id, email: admin.email, role: "platform_admin", tenant_id: null });
    const tenants = await t.request("GET", "/v1/tenants", { token: res.body.access_token });
    expect(tenants.status).toBe(200);
  });

  it("never writes a password or a token to the log", async () => {
    const { user } = await member();
    const secret = "a-very-secret-password-123";
    await login(user.email, secret);
    const ok = await login(user.email);
    await t.request("POST", "/v1/auth/login", { body: `{"email": "${user.email}", "password": "${secret}"` });
    t.server.services.logger.info({ body: { password: secret, refresh_token: ok.body.refresh_token } }, "probe");
    const log = logLines.join("");
    expect(log).toContain("probe");
    expect(log).toContain("[redacted]");
    expect(log).not.toContain(secret);
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain(ok.body.refresh_token);
    expect(log).not.toContain(ok.body.access_token);
  });
});

describe.each(testDatabases())("login lockout (%s)", (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind, {}, { identity: { lockout: { accountFailures: 3, addressFailures: 6 } } });
  }, 60_000);
  afterAll(() => t?.close());

  const login = (email: string, password: string) =>
    t.request("POST", "/v1/auth/login", { body: { email, password, provider: "local" } });

  it("locks an account after repeated failures, even against the right password, with Retry-After", async () => {
    const tenant = await t.seedTenant();
    const user = await t.seedUser(tenant.id, "owner", { password: PASSWORD });
    for (let i = 0; i < 3; i++) expect((await login(user.email, "wrong-password")).status).toBe(401);
    const locked = await login(user.email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toBe("account_locked");
    const retry = Number(locked.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(800);
    expect(retry).toBeLessThanOrEqual(900);
  });

  it("locks an unknown e-mail exactly like a known one, and then the source address", async () => {
    const ghost = `ghost-${Date.now()}@example.test`;
    for (let i = 0; i < 3; i++) expect((await login(ghost, "wrong-password")).status).toBe(401);
    expect((await login(ghost, "wrong-password")).body.error).toBe("account_locked");
    // Three failures so far from the first test and three here: the address is at its limit of six.
    const tenant = await t.seedTenant();
    const fresh = await t.seedUser(tenant.id, "owner", { password: PASSWORD });
    const res = await login(fresh.email, PASSWORD);
    expect(res.status).toBe(429);
    expect(res.body.details.scope).toBe("address");
  });
});
