import { afterEach, describe, expect, it } from "vitest";
import { AuthenticationError, type TokenPair } from "../../src/index.js";
import { testClient } from "../helpers/client.js";
import { errorBody, sendJson, startServer, type TestServer } from "../helpers/http-server.js";

let server: TestServer;
afterEach(() => server?.close());

const user = { id: "u1", email: "admin@company.com", role: "owner", tenant_id: "t1" };

/** Password `right`; the user `mfa@company.com` must also pass code 123456. */
async function authServer() {
  server = await startServer((req, res, { body }) => {
    const json = body ? (JSON.parse(body) as Record<string, string>) : {};
    if (req.url === "/v1/auth/login") {
      if (req.headers.authorization) return sendJson(res, 400, errorBody("invalid_request", "login takes no token"));
      if (json.password !== "right") return sendJson(res, 401, errorBody("unauthorized", "Invalid credentials"));
      if (json.email === "mfa@company.com") {
        return sendJson(res, 200, { success: true, mfa_required: true, mfa_token: "mfa-tok", mfa_methods: ["totp"] });
      }
      return sendJson(res, 200, {
        success: true,
        access_token: "acc-1",
        refresh_token: "ref-1",
        expires_in: 3600,
        user,
      });
    }
    if (req.url === "/v1/auth/mfa/verify") {
      if (json.mfa_token !== "mfa-tok" || json.code !== "123456")
        return sendJson(res, 401, errorBody("unauthorized", "Bad code"));
      return sendJson(res, 200, {
        success: true,
        verified: true,
        method: "totp",
        access_token: "acc-2",
        refresh_token: "ref-2",
        user,
      });
    }
    if (req.url === "/v1/auth/me") {
      if (!req.headers.authorization?.startsWith("Bearer acc-"))
        return sendJson(res, 401, errorBody("unauthorized", "no"));
      return sendJson(res, 200, { type: "user", role: "owner", scopes: ["*"], user });
    }
    sendJson(res, 404, errorBody("not_found", "no route"));
  });
}

describe("login helpers", () => {
  it("logs in with e-mail and password, then uses the new tokens and reports them", async () => {
    await authServer();
    const seen: TokenPair[] = [];
    const client = testClient(server.url, { apiKey: null, onTokens: (t) => void seen.push(t) });
    const result = await client.auth.login(
      { email: "admin@company.com", password: "right" },
      { tenantSlug: "company" },
    );
    expect(result.mfa_required).toBeFalsy();
    expect(result.user?.email).toBe("admin@company.com");
    expect(seen).toEqual([{ accessToken: "acc-1", refreshToken: "ref-1" }]);
    const me = await client.auth.me();
    expect(me.role).toBe("owner");
    expect(server.requests[0]?.headers["x-tenant-slug"]).toBe("company");
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({
      provider: "local",
      email: "admin@company.com",
      password: "right",
    });
    expect(server.requests[1]?.headers.authorization).toBe("Bearer acc-1");
  });

  it("returns the MFA challenge, and completeMfa finishes the login", async () => {
    await authServer();
    const client = testClient(server.url, { apiKey: null });
    const challenge = await client.auth.login({ email: "mfa@company.com", password: "right" });
    expect(challenge.mfa_required).toBe(true);
    expect(client.tokens.accessToken).toBeUndefined();
    if (!challenge.mfa_required) throw new Error("expected a challenge");
    await client.auth.completeMfa({ mfaToken: challenge.mfa_token, code: "123456" });
    expect(client.tokens).toEqual({ accessToken: "acc-2", refreshToken: "ref-2" });
    await expect(client.auth.me()).resolves.toMatchObject({ type: "user" });
  });

  it("rejects wrong credentials with AuthenticationError and keeps no tokens", async () => {
    await authServer();
    const client = testClient(server.url, { apiKey: null });
    await expect(client.auth.login({ email: "admin@company.com", password: "wrong" })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    expect(client.tokens.accessToken).toBeUndefined();
  });
});

describe("resource calls", () => {
  it("sends quota checks, tenant updates and task creation as the document shows", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { ok: true }));
    const client = testClient(`${server.url}/v1`);
    await client.tenants.me.quotaCheck("api_calls", { amount: 100 });
    await client.tenants.me.update({ display_name: "Enterprise Corp - Updated" });
    await client.tasks.create({ project_id: "p1", title: "Implement user authentication API", priority: "high" });
    await client.tasks.list({ status: "completed", limit: 5 });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /v1/tenants/me/quota-check/api_calls?amount=100",
      "PUT /v1/tenants/me/info",
      "POST /v1/tasks",
      "GET /v1/tasks?status=completed&limit=5",
    ]);
    expect(JSON.parse(server.requests[2]?.body ?? "")).toMatchObject({ title: "Implement user authentication API" });
  });
});
