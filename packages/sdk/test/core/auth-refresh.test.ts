import { afterEach, describe, expect, it } from "vitest";
import { AuthenticationError, type TokenPair } from "../../src/index.js";
import { testClient } from "../helpers/client.js";
import { errorBody, sendJson, startServer, type TestServer } from "../helpers/http-server.js";

let server: TestServer;
afterEach(() => server?.close());

/** A server where only `access-2` is valid and `refresh-1` can be spent once for it. */
async function tokenServer(options: { refreshDelayMs?: number; refreshFails?: boolean } = {}) {
  let refreshes = 0;
  server = await startServer((req, res) => {
    if (req.url === "/v1/auth/refresh") {
      refreshes++;
      if (options.refreshFails || req.headers.authorization !== "Bearer refresh-1" || refreshes > 1) {
        return sendJson(res, 401, errorBody("unauthorized", "Refresh token is spent"));
      }
      return setTimeout(
        () =>
          sendJson(res, 200, { success: true, access_token: "access-2", refresh_token: "refresh-2", expires_in: 3600 }),
        options.refreshDelayMs ?? 0,
      );
    }
    if (req.headers.authorization !== "Bearer access-2")
      return sendJson(res, 401, errorBody("unauthorized", "Token expired"));
    sendJson(res, 200, { path: req.url });
  });
  return { refreshes: () => refreshes };
}

describe("token refresh", () => {
  it("refreshes once on a 401, retries the request and reports the new tokens", async () => {
    const { refreshes } = await tokenServer();
    const seen: TokenPair[] = [];
    const client = testClient(server.url, {
      apiKey: null,
      accessToken: "access-1",
      refreshToken: "refresh-1",
      onTokens: (tokens) => {
        seen.push(tokens);
      },
    });
    await expect(client.get("/v1/tasks")).resolves.toEqual({ path: "/v1/tasks" });
    expect(refreshes()).toBe(1);
    expect(seen).toEqual([{ accessToken: "access-2", refreshToken: "refresh-2" }]);
    expect(client.tokens).toEqual({ accessToken: "access-2", refreshToken: "refresh-2" });
    expect(server.requests.map((r) => `${r.url} ${r.headers.authorization}`)).toEqual([
      "/v1/tasks Bearer access-1",
      "/v1/auth/refresh Bearer refresh-1",
      "/v1/tasks Bearer access-2",
    ]);
  });

  it("shares one refresh between concurrent requests that all got a 401", async () => {
    const { refreshes } = await tokenServer({ refreshDelayMs: 100 });
    let calls = 0;
    const client = testClient(server.url, {
      apiKey: null,
      accessToken: "access-1",
      refreshToken: "refresh-1",
      onTokens: () => {
        calls++;
      },
    });
    const results = await Promise.all([client.get("/v1/a"), client.get("/v1/b"), client.get("/v1/c")]);
    expect(results).toEqual([{ path: "/v1/a" }, { path: "/v1/b" }, { path: "/v1/c" }]);
    expect(refreshes()).toBe(1);
    expect(calls).toBe(1);
  });

  it("throws AuthenticationError when the refresh itself is refused, without looping", async () => {
    const { refreshes } = await tokenServer({ refreshFails: true });
    const client = testClient(server.url, { apiKey: null, accessToken: "access-1", refreshToken: "refresh-1" });
    await expect(client.get("/v1/tasks")).rejects.toBeInstanceOf(AuthenticationError);
    expect(refreshes()).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it("does not try to refresh when it authenticates with an API key", async () => {
    const { refreshes } = await tokenServer();
    const client = testClient(server.url, { apiKey: "lv_key", refreshToken: "refresh-1" });
    await expect(client.get("/v1/tasks")).rejects.toBeInstanceOf(AuthenticationError);
    expect(refreshes()).toBe(0);
  });

  it("refreshes at most once per request when the new token is refused too", async () => {
    let refreshes = 0;
    server = await startServer((req, res) => {
      if (req.url === "/v1/auth/refresh") {
        refreshes++;
        return sendJson(res, 200, {
          access_token: `access-${refreshes + 1}`,
          refresh_token: `refresh-${refreshes + 1}`,
        });
      }
      sendJson(res, 401, errorBody("unauthorized", "nope"));
    });
    const client = testClient(server.url, { apiKey: null, accessToken: "access-1", refreshToken: "refresh-1" });
    await expect(client.get("/v1/tasks")).rejects.toBeInstanceOf(AuthenticationError);
    expect(refreshes).toBe(1);
    expect(server.requests).toHaveLength(3);
  });
});
