import { afterEach, describe, expect, it } from "vitest";
import {
  APIError,
  ConnectionError,
  LeanVibeClient,
  NotFoundError,
  QuotaExceededError,
  ResponseParseError,
  TenantSuspendedError,
  TimeoutError,
  UserAbortError,
} from "../../src/index.js";
import { testClient } from "../helpers/client.js";
import { errorBody, sendJson, startServer, type TestServer } from "../helpers/http-server.js";

let server: TestServer;
afterEach(() => server?.close());

describe("transport", () => {
  it("reaches the same URL whether baseURL ends in /v1 or not, and sends the API key as a bearer token", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { ok: true }));
    await testClient(`${server.url}/v1`).get("/v1/tasks/{task_id}", { params: { path: { task_id: "a b" } } });
    await testClient(server.url).get("/v1/tasks/{task_id}", { params: { path: { task_id: "a b" } } });
    await testClient(`${server.url}/v1/`).get("/tasks", {
      params: { query: { status: "completed", tag: ["x", "y"] } },
    });
    await testClient(`${server.url}/v1`).get("/.well-known/jwks.json");
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v1/tasks/a%20b",
      "/v1/tasks/a%20b",
      "/v1/tasks?status=completed&tag=x&tag=y",
      "/.well-known/jwks.json",
    ]);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer lv_test_key");
  });

  it("falls back to LEANVIBE_API_KEY and LEANVIBE_BASE_URL from the environment", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    process.env.LEANVIBE_API_KEY = "lv_from_env";
    process.env.LEANVIBE_BASE_URL = `${server.url}/v1`;
    try {
      const client = new LeanVibeClient();
      expect(client.baseURL).toBe(`${server.url}/v1`);
      await client.get("/v1/health");
      expect(server.requests[0]?.headers.authorization).toBe("Bearer lv_from_env");
    } finally {
      delete process.env.LEANVIBE_API_KEY;
      delete process.env.LEANVIBE_BASE_URL;
    }
    expect(new LeanVibeClient({ apiKey: "k" }).baseURL).toBe("https://api.leanvibe.ai/v1");
  });

  it("exposes status, headers, request id and rate-limit state through withResponse()", async () => {
    server = await startServer((_req, res) =>
      sendJson(
        res,
        201,
        { id: "t1" },
        {
          "x-request-id": "req_123",
          "x-ratelimit-limit": "1000",
          "x-ratelimit-remaining": "998",
          "x-ratelimit-reset": "1642262400",
        },
      ),
    );
    const client = testClient(server.url);
    const result = await client.post<{ id: string }>("/v1/tasks", { body: { title: "x" } }).withResponse();
    expect(result.data).toEqual({ id: "t1" });
    expect(result.status).toBe(201);
    expect(result.requestId).toBe("req_123");
    expect(result.rateLimit).toEqual({ limit: 1000, remaining: 998, reset: 1642262400 });
    expect(result.headers.get("content-type")).toBe("application/json");
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.requests[0]?.body ?? "")).toEqual({ title: "x" });
  });

  it("turns the standard error body into a typed error with code, details and request id", async () => {
    server = await startServer((_req, res) =>
      sendJson(res, 404, errorBody("not_found", "Task not found", { details: { task_id: "t9" } })),
    );
    const error = (await testClient(server.url)
      .get("/v1/tasks/t9")
      .catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(404);
    expect(error.code).toBe("not_found");
    expect(error.details).toEqual({ task_id: "t9" });
    expect(error.requestId).toBe("req_not_found");
    expect(error.message).toBe("404 not_found: Task not found");
  });

  it("types quota errors with their details and upgrade options", async () => {
    server = await startServer((_req, res) =>
      sendJson(
        res,
        429,
        errorBody("quota_exceeded", "Monthly API quota exceeded", {
          details: {
            quota_type: "api_calls",
            current_usage: 100000,
            quota_limit: 100000,
            reset_date: "2025-02-01T00:00:00Z",
          },
          upgrade_options: [{ plan: "enterprise", monthly_price: 80000, benefits: ["Unlimited API calls"] }],
        }),
        { "retry-after": "86400" },
      ),
    );
    const error = (await testClient(server.url)
      .get("/v1/tasks")
      .catch((e: unknown) => e)) as QuotaExceededError;
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error.details?.quota_type).toBe("api_calls");
    expect(error.details?.reset_date).toBe("2025-02-01T00:00:00Z");
    expect(error.upgradeOptions[0]?.plan).toBe("enterprise");
  });

  it("keeps a non-JSON error body as text", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(451, { "content-type": "text/plain" });
      res.end("tenant suspended for non-payment");
    });
    const error = (await testClient(server.url)
      .get("/v1/tasks")
      .catch((e: unknown) => e)) as TenantSuspendedError;
    expect(error).toBeInstanceOf(TenantSuspendedError);
    expect(error.body).toBe("tenant suspended for non-payment");
    expect(error.message).toContain("tenant suspended");
  });

  it("reports a malformed JSON body clearly and does not retry it", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"id": "t1", "status": ');
    });
    const error = (await testClient(server.url)
      .get("/v1/tasks/t1")
      .catch((e: unknown) => e)) as ResponseParseError;
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.message).toMatch(
      /Could not parse the 200 response of .*\/v1\/tasks\/t1 as JSON \(application\/json\)/,
    );
    expect(error.rawBody).toBe('{"id": "t1", "status": ');
    expect(server.requests).toHaveLength(1);
  });

  it("reads an empty 204 as undefined, and text or bytes when asked", async () => {
    server = await startServer((req, res) => {
      if (req.url?.endsWith("/empty")) {
        res.writeHead(204);
        return res.end();
      }
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end(Buffer.from("%PDF-1.7"));
    });
    const client = testClient(server.url);
    await expect(client.delete("/v1/x/empty")).resolves.toBeUndefined();
    await expect(client.get("/v1/x/pdf", { parseAs: "text" })).resolves.toBe("%PDF-1.7");
    const bytes = await client.get<ArrayBuffer>("/v1/x/pdf", { parseAs: "arrayBuffer" });
    expect(new TextDecoder().decode(bytes)).toBe("%PDF-1.7");
  });

  it("times out a request that gets no answer, retrying it maxRetries times", async () => {
    server = await startServer(() => {
      /* never answers */
    });
    const client = testClient(server.url, { timeout: 150, maxRetries: 1 });
    const started = Date.now();
    const error = await client.get("/v1/health").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain("150 ms");
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("applies a per-request timeout over the client's", async () => {
    server = await startServer((_req, res) => setTimeout(() => sendJson(res, 200, { slow: true }), 300));
    const client = testClient(server.url, { timeout: 50, maxRetries: 0 });
    await expect(client.get("/v1/health")).rejects.toBeInstanceOf(TimeoutError);
    await expect(client.get("/v1/health", { timeout: 2000 })).resolves.toEqual({ slow: true });
  });

  it("times out a body that stalls after the headers", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    });
    const client = testClient(server.url, { timeout: 150, maxRetries: 0 });
    await expect(client.get("/v1/health")).rejects.toBeInstanceOf(TimeoutError);
  });

  it("stops at once, without retrying, when the caller aborts", async () => {
    server = await startServer(() => {
      /* never answers */
    });
    const client = testClient(server.url);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await client.get("/v1/health", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(server.requests).toHaveLength(1);
    await expect(client.get("/v1/health", { signal: controller.signal })).rejects.toBeInstanceOf(UserAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("aborts during a retry wait", async () => {
    server = await startServer((_req, res) =>
      sendJson(res, 503, errorBody("service_unavailable", "x"), { "retry-after": "5" }),
    );
    const client = testClient(server.url);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    await expect(client.get("/v1/health", { signal: controller.signal })).rejects.toBeInstanceOf(UserAbortError);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("retries a connection reset and succeeds", async () => {
    server = await startServer((req, res, { count }) => {
      if (count === 1) return req.socket.destroy();
      sendJson(res, 200, { ok: true });
    });
    await expect(testClient(server.url).post("/v1/tasks", { body: {} })).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]?.headers["idempotency-key"]).toBe(server.requests[1]?.headers["idempotency-key"]);
  });

  it("throws ConnectionError when every attempt is reset", async () => {
    server = await startServer((req) => req.socket.destroy());
    const error = await testClient(server.url)
      .get("/v1/health")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(3);
  });

  it("retries when the connection drops in the middle of the body", async () => {
    server = await startServer((req, res, { count }) => {
      if (count === 1) {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write('{"a":');
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      sendJson(res, 200, { a: 1 });
    });
    await expect(testClient(server.url).get("/v1/health")).resolves.toEqual({ a: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it("reports a refused connection as ConnectionError", async () => {
    server = await startServer(() => {});
    const url = server.url;
    await server.close();
    const error = await testClient(url, { maxRetries: 1 })
      .get("/v1/health")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });

  it("merges default and per-request headers, where null removes one", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const client = testClient(server.url, { defaultHeaders: { "x-tenant-slug": "acme", "x-trace": "1" } });
    await client.get("/v1/health", { headers: { "x-trace": null, "x-extra": "yes" } });
    const headers = server.requests[0]?.headers ?? {};
    expect(headers["x-tenant-slug"]).toBe("acme");
    expect(headers["x-trace"]).toBeUndefined();
    expect(headers["x-extra"]).toBe("yes");
  });
});
