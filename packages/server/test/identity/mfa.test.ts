import { authenticator } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPlatform } from "../../src/platform/db/index.js";
import { testDatabases } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";

const PASSWORD = "correct-horse-battery-staple";
/** A code for the time step `steps` away from now (the server accepts one step either side). */
const codeAt = (secret: string, steps: number) =>
  authenticator.clone({ epoch: Date.now() + steps * 30_000 }).generate(secret);

describe.each(testDatabases())("multi-factor authentication with TOTP (%s)", (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind);
  }, 60_000);
  afterAll(() => t?.close());

  async function loggedIn() {
    const tenant = await t.seedTenant({ plan: "enterprise" });
    const user = await t.seedUser(tenant.id, "developer", { password: PASSWORD });
    const res = await t.request("POST", "/v1/auth/login", { body: { email: user.email, password: PASSWORD } });
    return { user, tenant, token: res.body.access_token as string };
  }

  async function enrolled() {
    const s = await loggedIn();
    const setup = await t.request("POST", "/v1/auth/mfa/setup", { token: s.token, body: { method: "totp" } });
    const confirm = await t.request("POST", "/v1/auth/mfa/verify", {
      token: s.token,
      body: { code: authenticator.generate(setup.body.secret) },
    });
    expect(confirm.status).toBe(200);
    return { ...s, secret: setup.body.secret as string, backup: setup.body.backup_codes as string[] };
  }

  const login = (email: string) => t.request("POST", "/v1/auth/login", { body: { email, password: PASSWORD } });

  it("answers a base32 secret, a real PNG QR code and eight backup codes, and enables on the first code", async () => {
    const { token, user } = await loggedIn();
    const setup = await t.request("POST", "/v1/auth/mfa/setup", { token, body: { method: "totp" } });
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauth_url).toContain(`otpauth://totp/LeanVibe:${encodeURIComponent(user.email)}`);
    expect(setup.body.qr_code).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(setup.body.qr_code.split(",")[1], "base64");
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(setup.body.backup_codes).toHaveLength(8);
    expect(new Set(setup.body.backup_codes).size).toBe(8);

    let methods = await t.request("GET", "/v1/auth/mfa/methods", { token });
    expect(methods.body.data).toMatchObject([{ method: "totp", status: "pending", backup_codes_remaining: 8 }]);
    const wrong = await t.request("POST", "/v1/auth/mfa/verify", { token, body: { code: "000000" } });
    expect(wrong.status).toBe(401);
    // A backup code does not confirm an enrolment: the authenticator must be proven.
    const backup = await t.request("POST", "/v1/auth/mfa/verify", {
      token,
      body: { code: setup.body.backup_codes[0] },
    });
    expect(backup.status).toBe(401);
    const ok = await t.request("POST", "/v1/auth/mfa/verify", {
      token,
      body: { code: authenticator.generate(setup.body.secret) },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ success: true, verified: true, method: "totp" });
    methods = await t.request("GET", "/v1/auth/mfa/methods", { token });
    expect(methods.body.data[0].status).toBe("enabled");
    const events = await withPlatform(t.server.services.db, "test", (trx) =>
      trx.selectFrom("domain_events").select("payload").where("event_type", "=", "mfa.enabled").execute(),
    );
    expect(events.some((e) => (e.payload as { user_id: string }).user_id === user.id)).toBe(true);
    const again = await t.request("POST", "/v1/auth/mfa/setup", { token, body: { method: "totp" } });
    expect(again.status).toBe(409);
  });

  it("challenges the login, completes it with a TOTP code and refuses the same code replayed", async () => {
    const { user, secret } = await enrolled();
    const first = await login(user.email);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ success: true, mfa_required: true, mfa_methods: ["totp"] });
    expect(first.body.access_token).toBeUndefined();
    const code = codeAt(secret, 1);
    const done = await t.request("POST", "/v1/auth/mfa/verify", { body: { mfa_token: first.body.mfa_token, code } });
    expect(done.status).toBe(200);
    expect(done.body.access_token).toBeTruthy();
    expect((await t.request("GET", "/v1/auth/me", { token: done.body.access_token })).status).toBe(200);
    // The challenge is single use, and the code cannot be used again in a new challenge.
    const reuseChallenge = await t.request("POST", "/v1/auth/mfa/verify", {
      body: { mfa_token: first.body.mfa_token, code },
    });
    expect(reuseChallenge.status).toBe(401);
    const second = await login(user.email);
    const replay = await t.request("POST", "/v1/auth/mfa/verify", { body: { mfa_token: second.body.mfa_token, code } });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toMatch(/code is not valid/);
  });

  it("accepts each backup code once", async () => {
    const { user, backup } = await enrolled();
    const one = await login(user.email);
    const used = await t.request("POST", "/v1/auth/mfa/verify", {
      body: { mfa_token: one.body.mfa_token, code: backup[3] },
    });
    expect(used.status).toBe(200);
    expect(used.body.backup_code_used).toBe(true);
    const two = await login(user.email);
    const again = await t.request("POST", "/v1/auth/mfa/verify", {
      body: { mfa_token: two.body.mfa_token, code: backup[3] },
    });
    expect(again.status).toBe(401);
    const other = await t.request("POST", "/v1/auth/mfa/verify", {
      body: { mfa_token: two.body.mfa_token, code: backup[4] },
    });
    expect(other.status).toBe(200);
    const methods = await t.request("GET", "/v1/auth/mfa/methods", { token: other.body.access_token });
    expect(methods.body.data[0].backup_codes_remaining).toBe(6);
  });

  it("ends a challenge after five wrong codes", async () => {
    const { user, secret } = await enrolled();
    const challenge = await login(user.email);
    for (let i = 0; i < 5; i++) {
      const bad = await t.request("POST", "/v1/auth/mfa/verify", {
        body: { mfa_token: challenge.body.mfa_token, code: "99999999" },
      });
      expect(bad.status).toBe(401);
    }
    const right = await t.request("POST", "/v1/auth/mfa/verify", {
      body: { mfa_token: challenge.body.mfa_token, code: codeAt(secret, 1) },
    });
    expect(right.status).toBe(401);
    expect(right.body.message).toMatch(/challenge/);
  });

  it("disables TOTP only with a current code", async () => {
    const { token, secret, user } = await enrolled();
    const refused = await t.request("POST", "/v1/auth/mfa/disable", {
      token,
      body: { method: "totp", code: "123456" },
    });
    expect(refused.status).toBe(401);
    const off = await t.request("POST", "/v1/auth/mfa/disable", {
      token,
      body: { method: "totp", code: codeAt(secret, 1) },
    });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe("disabled");
    const plain = await login(user.email);
    expect(plain.body.access_token).toBeTruthy();
    expect(plain.body.mfa_required).toBeUndefined();
  });

  it("answers 501 for SMS, e-mail and hardware keys", async () => {
    const { token } = await loggedIn();
    for (const method of ["sms", "email", "hardware_key"]) {
      const res = await t.request("POST", "/v1/auth/mfa/setup", { token, body: { method } });
      expect(res.status).toBe(501);
      expect(res.body.error).toBe("not_implemented");
    }
  });
});
