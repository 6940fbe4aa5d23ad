import { afterEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  NotImplementedError,
  QuotaExceededError,
  ServiceUnavailableError,
} from "../../src/index.js";
import { testClient } from "../helpers/client.js";
import { errorBody, sendJson, startServer, type TestServer } from "../helpers/http-server.js";

let server: TestServer;
afterEach(() => server?.close());

describe("retries", () => {
  it("retries a 500 twice by default and then throws InternalServerError", async () => {
    server = await startServer((_req, res) => sendJson(res, 500, errorBody("server_error", "boom")));
    const client = testClient(server.url);
    const error = await client.get("/v1/health").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((r) => r.headers["x-leanvibe-retry-count"])).toEqual([undefined, "1", "2"]);
  });

  it("succeeds when a 503 is followed by a 200, backing off exponentially between attempts", async () => {
    server = await startServer((_req, res, { count }) =>
      count < 3 ? sendJson(res, 503, errorBody("service_unavailable", "later")) : sendJson(res, 200, { ok: true }),
    );
    const client = testClient(server.url, {}, 100);
    await expect(client.get("/v1/health")).resolves.toEqual({ ok: true });
    const [a, b, c] = server.requests.map((r) => r.at) as [number, number, number];
    // 100 ms then 200 ms, each shortened by at most 25 % of jitter.
    expect(b - a).toBeGreaterThanOrEqual(70);
    expect(b - a).toBeLessThan(250);
    expect(c - b).toBeGreaterThanOrEqual(145);
    expect(c - b).toBeLessThan(400);
    expect(c - b).toBeGreaterThan(b - a);
  });

  it("honours maxRetries from the client and from the request", async () => {
    server = await startServer((_req, res) => sendJson(res, 502, errorBody("server_error", "bad gateway")));
    const client = testClient(server.url, { maxRetries: 4 });
    await expect(client.get("/v1/health")).rejects.toThrow();
    expect(server.requests).toHaveLength(5);
    await expect(client.get("/v1/health", { maxRetries: 0 })).rejects.toThrow();
    expect(server.requests).toHaveLength(6);
  });

  it("waits as long as Retry-After says, in seconds", async () => {
    server = await startServer((_req, res, { count }) =>
      count === 1
        ? sendJson(res, 429, errorBody("rate_limited", "slow down"), { "retry-after": "1" })
        : sendJson(res, 200, { ok: true }),
    );
    const client = testClient(server.url);
    await client.get("/v1/health");
    const [a, b] = server.requests.map((r) => r.at) as [number, number];
    expect(b - a).toBeGreaterThanOrEqual(950);
  });

  it("waits until the HTTP date given in Retry-After", async () => {
    server = await startServer((_req, res, { count }) =>
      count === 1
        ? sendJson(res, 503, errorBody("service_unavailable", "later"), {
            "retry-after": new Date(Date.now() + 2000).toUTCString(),
          })
        : sendJson(res, 200, { ok: true }),
    );
    const client = testClient(server.url);
    await client.get("/v1/health");
    const [a, b] = server.requests.map((r) => r.at) as [number, number];
    // An HTTP date has one-second precision, so the wait is between 1 and 2 s.
    expect(b - a).toBeGreaterThanOrEqual(900);
    expect(b - a).toBeLessThan(2500);
  });

  it("waits for X-RateLimit-Reset on a 429 without Retry-After", async () => {
    let resetAt = 0;
    server = await startServer((_req, res, { count }) => {
      if (count === 1) {
        resetAt = Math.ceil(Date.now() / 1000) + 1;
        return sendJson(res, 429, errorBody("quota_exceeded", "rate"), {
          "x-ratelimit-limit": "100",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": String(resetAt),
        });
      }
      sendJson(res, 200, { ok: true });
    });
    const client = testClient(server.url);
    await client.get("/v1/health");
    expect(server.requests).toHaveLength(2);
    expect(Date.now()).toBeGreaterThanOrEqual(resetAt * 1000 - 20);
  });

  it("gives up at once when the server asks for a wait beyond the cap", async () => {
    server = await startServer((_req, res) =>
      sendJson(res, 429, errorBody("quota_exceeded", "Monthly API quota exceeded"), { "retry-after": "3600" }),
    );
    const client = testClient(server.url);
    const started = Date.now();
    await expect(client.get("/v1/health")).rejects.toBeInstanceOf(QuotaExceededError);
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it.each([
    [400, BadRequestError],
    [404, NotFoundError],
    [501, NotImplementedError],
  ])("does not retry a %i", async (status, ErrorClass) => {
    server = await startServer((_req, res) => sendJson(res, status, errorBody("x", "no")));
    const client = testClient(server.url);
    await expect(client.get("/v1/health")).rejects.toBeInstanceOf(ErrorClass);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a 409 only when the server sends Retry-After", async () => {
    server = await startServer((_req, res, { count }) =>
      count === 2
        ? sendJson(res, 409, errorBody("conflict", "locked"), { "retry-after": "0" })
        : count === 3
          ? sendJson(res, 200, { ok: true })
          : sendJson(res, 409, errorBody("conflict", "duplicate")),
    );
    const client = testClient(server.url);
    await expect(client.post("/v1/projects", { body: {} })).rejects.toBeInstanceOf(ConflictError);
    expect(server.requests).toHaveLength(1);
    await expect(client.post("/v1/projects", { body: {} })).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
  });

  it("sends one Idempotency-Key per POST, the same on every retry", async () => {
    server = await startServer((_req, res, { count }) =>
      count % 3 === 0 ? sendJson(res, 201, { id: count }) : sendJson(res, 500, errorBody("server_error", "x")),
    );
    const client = testClient(server.url);
    await client.post("/v1/tasks", { body: { title: "a" } });
    await client.post("/v1/tasks", { body: { title: "b" } });
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys.slice(0, 3)).size).toBe(1);
    expect(new Set(keys.slice(3, 6)).size).toBe(1);
    expect(keys[0]).not.toBe(keys[3]);
    expect(server.requests[0]?.body).toBe(server.requests[2]?.body);
  });

  it("uses a caller's Idempotency-Key and sends none on GET", async () => {
    server = await startServer((_req, res) => sendJson(res, 200, {}));
    const client = testClient(server.url);
    await client.delete("/v1/api-keys/k1", { idempotencyKey: "mine-1" });
    await client.get("/v1/tasks");
    expect(server.requests[0]?.headers["idempotency-key"]).toBe("mine-1");
    expect(server.requests[1]?.headers["idempotency-key"]).toBeUndefined();
  });

  it("does not retry a 503 past maxRetries 0 and reports it as ServiceUnavailableError", async () => {
    server = await startServer((_req, res) => sendJson(res, 503, errorBody("service_unavailable", "down")));
    const client = testClient(server.url, { maxRetries: 0 });
    await expect(client.get("/v1/health")).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(server.requests).toHaveLength(1);
  });
});
