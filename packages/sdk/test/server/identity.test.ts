import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../server/test/support/server.js";
import { AuthenticationError, LeanVibeClient, QuotaExceededError, type TokenPair } from "../../src/index.js";
import { totp } from "./support/totp.js";

const PASSWORD = "correct-horse-battery-staple";

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());
}

describe("sessions, MFA and API keys against the reference server", () => {
  let t: TestServer;
  let baseURL: string;

  beforeAll(async () => {
    t = await startTestServer("pglite");
    baseURL = `${t.url}/v1`;
  }, 60_000);
  afterAll(() => t?.close());

  it("registers, logs in, renews an expired access token with the refresh token, and logs out", async () => {
    const slug = `sdk-${Date.now().toString(36)}`;
    const email = `owner@${slug}.test`;
    const anonymous = new LeanVibeClient({ baseURL, apiKey: null });
    const registered = await anonymous.auth.register({ organization_name: "SDK Ltd", slug, email, password: PASSWORD });
    expect(registered.tenant).toMatchObject({ slug, status: "trial" });
    expect(registered.user).toMatchObject({ email, role: "owner" });

    const seen: TokenPair[] = [];
    const client = new LeanVibeClient({ baseURL, onTokens: (tokens) => void seen.push(tokens) });
    const login = await client.auth.login({ email, password: PASSWORD }, { tenantSlug: slug });
    expect(login.mfa_required).toBeFalsy();
    if (login.mfa_required) throw new Error("unexpected MFA challenge");
    expect(seen).toEqual([{ accessToken: login.access_token, refreshToken: login.refresh_token }]);
    expect(client.tokens).toEqual(seen[0]);
    const info = await client.tenants.me.info();
    expect(info).toMatchObject({ slug, organization_name: "SDK Ltd", plan: registered.tenant.plan });

    // An access token the server itself signed, but already expired, beside a valid refresh token.
    const claims = claimsOf(login.access_token);
    const expired = await t.server.services.keys.sign(
      {
        sub: claims.sub as string,
        tenant_id: claims.tenant_id as string,
        role: "owner",
        sid: claims.sid as string,
        jti: crypto.randomUUID(),
        email,
      },
      -60,
    );
    const renewed: TokenPair[] = [];
    const resumed = new LeanVibeClient({
      baseURL,
      accessToken: expired,
      refreshToken: login.refresh_token,
      onTokens: (tokens) => void renewed.push(tokens),
    });
    // Three calls at once: the refresh token is single use (reuse revokes the session), so they must share one refresh.
    const [a, b, c] = await Promise.all([
      resumed.tenants.me.info(),
      resumed.auth.me(),
      resumed.tenants.me.info().withResponse(),
    ]);
    expect(a.slug).toBe(slug);
    expect(b).toMatchObject({ tenant: { slug } });
    expect(c.status).toBe(200);
    expect(renewed).toHaveLength(1);
    expect(renewed[0]?.accessToken).not.toBe(expired);
    expect(renewed[0]?.refreshToken).not.toBe(login.refresh_token);
    expect(resumed.tokens).toEqual(renewed[0]);
    expect(claimsOf(renewed[0]!.accessToken).sid).toBe(claims.sid);

    await resumed.auth.logout();
    expect(resumed.tokens).toEqual({ accessToken: undefined, refreshToken: undefined });
    // The logged-out tokens are dead on the server too, not just forgotten by the client.
    const stale = new LeanVibeClient({ baseURL, ...renewed[0], maxRetries: 0 });
    const refused = await stale.auth.me().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect((refused as AuthenticationError).requestId).toMatch(/\S/);
  });

  it("refuses a session beyond the plan's concurrent sessions with QuotaExceededError and upgrade options", async () => {
    const tenant = await t.seedTenant({ plan: "developer" });
    const user = await t.seedUser(tenant.id, "owner", { password: PASSWORD });
    for (let i = 0; i < 2; i++)
      await new LeanVibeClient({ baseURL }).auth.login({ email: user.email, password: PASSWORD });
    let attempts = 0;
    const counting = new LeanVibeClient({
      baseURL,
      fetch: (input, init) => {
        attempts++;
        return fetch(input, init);
      },
    });
    const error = await counting.auth.login({ email: user.email, password: PASSWORD }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExceededError);
    const quota = error as QuotaExceededError;
    expect(quota.code).toBe("quota_exceeded");
    expect(quota.details).toMatchObject({ quota_type: "concurrent_sessions", current_usage: 2, quota_limit: 2 });
    expect(quota.upgradeOptions.map((o) => o.plan)).toEqual(["team", "enterprise"]);
    expect(quota.upgradeOptions[0]?.monthly_price).toBe(20_000);
    // A quota that only a logout or an upgrade can lift is not retried.
    expect(attempts).toBe(1);
  });

  it("completes an MFA login challenge with a TOTP code", async () => {
    const tenant = await t.seedTenant({ plan: "enterprise" });
    const user = await t.seedUser(tenant.id, "developer", { password: PASSWORD });
    const client = new LeanVibeClient({ baseURL });
    await client.auth.login({ email: user.email, password: PASSWORD });
    const setup = await client.auth.mfa.setup({ method: "totp" });
    const secret = (setup as { secret: string }).secret;
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    expect(await client.auth.mfa.verify({ code: totp(secret) })).toMatchObject({ verified: true, method: "totp" });

    const seen: TokenPair[] = [];
    const second = new LeanVibeClient({ baseURL, onTokens: (tokens) => void seen.push(tokens) });
    const challenge = await second.auth.login({ email: user.email, password: PASSWORD });
    expect(challenge.mfa_required).toBe(true);
    if (!challenge.mfa_required) throw new Error("expected an MFA challenge");
    expect(second.tokens.accessToken).toBeUndefined();
    expect(seen).toHaveLength(0);

    const wrong = await second.auth
      .completeMfa({ mfaToken: challenge.mfa_token, code: "000000" }, { maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AuthenticationError);

    // The enrolment used this step's code and codes are single use: answer with the next step's.
    const challenge2 = await second.auth.login({ email: user.email, password: PASSWORD });
    if (!challenge2.mfa_required) throw new Error("expected an MFA challenge");
    const done = await second.auth.completeMfa({ mfaToken: challenge2.mfa_token, code: totp(secret, 1) });
    expect(done.access_token).toBeTruthy();
    expect(seen).toHaveLength(1);
    expect(await second.auth.me()).toMatchObject({ user: { id: user.id } });
  });

  it("creates, lists and revokes an API key; the revoked key raises AuthenticationError", async () => {
    const tenant = await t.seedTenant({ plan: "team" });
    const owner = await t.seedUser(tenant.id, "owner", { password: PASSWORD });
    const admin = new LeanVibeClient({ baseURL });
    await admin.auth.login({ email: owner.email, password: PASSWORD });

    const created = await admin.apiKeys.create({ name: "ci", scopes: ["tenants:read", "projects:read"] });
    expect(created.secret).toMatch(/^lv_/);
    const keyClient = new LeanVibeClient({ apiKey: created.secret, baseURL, maxRetries: 0 });
    expect(await keyClient.tenants.me.info()).toMatchObject({ id: tenant.id });

    const listed = [];
    for await (const key of admin.apiKeys.list()) listed.push(key);
    const mine = listed.find((k) => k.id === created.id);
    expect(mine).toMatchObject({ name: "ci", prefix: created.prefix, scopes: ["tenants:read", "projects:read"] });
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const revoked = await admin.apiKeys.revoke(created.id);
    expect(revoked).toMatchObject({ id: created.id });
    const error = await keyClient.tenants.me.info().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as AuthenticationError).requestId).toMatch(/\S/);
  });
});
