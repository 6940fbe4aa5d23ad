import { afterEach, describe, expect, it } from "vitest";
import { Page } from "../../src/index.js";
import { testClient } from "../helpers/client.js";
import { sendJson, startServer, type TestServer } from "../helpers/http-server.js";

let server: TestServer;
afterEach(() => server?.close());

const items = Array.from({ length: 25 }, (_, i) => ({ id: `t${i}`, status: i % 2 ? "completed" : "queued" }));

/** A list endpoint over 25 items that filters by status and answers the standard envelope. */
async function listServer(options: { omitHasMore?: boolean } = {}) {
  server = await startServer((req, res) => {
    const url = new URL(req.url ?? "", "http://x");
    const limit = Number(url.searchParams.get("limit") ?? 20);
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const status = url.searchParams.get("status");
    const matching = status ? items.filter((t) => t.status === status) : items;
    const data = matching.slice(offset, offset + limit);
    const pagination: Record<string, unknown> = { limit, offset, total: matching.length };
    if (!options.omitHasMore) pagination.has_more = offset + data.length < matching.length;
    sendJson(res, 200, { data, pagination });
  });
}

describe("pagination", () => {
  it("iterates every item of every page with for await", async () => {
    await listServer();
    const client = testClient(server.url);
    const seen: string[] = [];
    for await (const task of client.getPage<{ id: string }>("/v1/tasks", { limit: 10 })) seen.push(task.id);
    expect(seen).toEqual(items.map((t) => t.id));
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v1/tasks?limit=10",
      "/v1/tasks?limit=10&offset=10",
      "/v1/tasks?limit=10&offset=20",
    ]);
  });

  it("keeps the filters on every page", async () => {
    await listServer();
    const client = testClient(server.url);
    const seen: string[] = [];
    for await (const task of client.getPage<{ id: string; status: string }>("/v1/tasks", {
      status: "completed",
      limit: 5,
    })) {
      expect(task.status).toBe("completed");
      seen.push(task.id);
    }
    expect(seen).toHaveLength(12);
    expect(server.requests.every((r) => r.url.includes("status=completed"))).toBe(true);
  });

  it("awaits to the first page, which knows how to get the next", async () => {
    await listServer();
    const client = testClient(server.url);
    const first = await client.getPage<{ id: string }>("/v1/tasks", { limit: 20 });
    expect(first).toBeInstanceOf(Page);
    expect(first.data).toHaveLength(20);
    expect(first.pagination).toEqual({ limit: 20, offset: 0, total: 25, has_more: true });
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second?.data.map((t) => t.id)).toEqual(["t20", "t21", "t22", "t23", "t24"]);
    expect(second?.hasNextPage()).toBe(false);
    await expect(second?.getNextPage()).resolves.toBeNull();
  });

  it("falls back to total when has_more is absent", async () => {
    await listServer({ omitHasMore: true });
    const client = testClient(server.url);
    let count = 0;
    for await (const _ of client.getPage("/v1/tasks", { limit: 7 })) count++;
    expect(count).toBe(25);
    expect(server.requests).toHaveLength(4);
  });

  it("gives the first page's response metadata through withResponse()", async () => {
    await listServer();
    const { data, status } = await testClient(server.url).getPage("/v1/tasks", { limit: 3 }).withResponse();
    expect(status).toBe(200);
    expect(data.data).toHaveLength(3);
  });
});
