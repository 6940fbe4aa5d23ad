import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../server/test/support/server.js";
import {
  APIError,
  BadRequestError,
  LeanVibeClient,
  NotFoundError,
  PermissionDeniedError,
  QuotaExceededError,
  TenantSuspendedError,
} from "../../src/index.js";

/** Waits until the current minute has at least `seconds` left, so a burst stays in one rate-limit window. */
async function awayFromMinuteEdge(seconds = 8): Promise<void> {
  const left = 60 - ((Date.now() / 1000) % 60);
  if (left < seconds) await new Promise((resolve) => setTimeout(resolve, (left + 0.5) * 1000));
}

async function caught(promise: Promise<unknown>): Promise<APIError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof APIError)) throw new Error(`expected an APIError, got ${String(error)}`);
  return error;
}

describe("API errors, headers and pagination against the reference server", () => {
  let t: TestServer;
  let baseURL: string;

  beforeAll(async () => {
    t = await startTestServer("pglite");
    baseURL = `${t.url}/v1`;
  }, 60_000);
  afterAll(() => t?.close());

  async function keyClient(options: { plan?: "developer" | "team"; role?: "viewer" | "developer" | "owner" } = {}) {
    const tenant = await t.seedTenant({ plan: options.plan ?? "team" });
    const apiKey = await t.apiKey(tenant.id, { role: options.role ?? "developer" });
    return { tenant, client: new LeanVibeClient({ apiKey, baseURL, maxRetries: 0 }) };
  }

  it("works with an API key exactly as the API document shows, exposing rate-limit headers and the request id", async () => {
    const tenant = await t.seedTenant({ plan: "team" });
    const client = new LeanVibeClient({ apiKey: await t.apiKey(tenant.id), baseURL: `${t.url}/v1` });
    const first = await client.tenants.me.info().withResponse();
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ id: tenant.id, slug: tenant.slug, plan: "team" });
    expect(first.requestId).toMatch(/\S/);
    expect(first.requestId).toBe(first.headers.get("x-request-id"));
    expect(first.rateLimit.limit).toBe(1000);
    expect(first.rateLimit.remaining).toBeLessThan(1000);
    expect(first.rateLimit.reset).toBeGreaterThan(Date.now() / 1000 - 1);
    const second = await client.tenants.me.info().withResponse();
    expect(second.rateLimit.remaining).toBe((first.rateLimit.remaining ?? 0) - 1);
    expect(second.requestId).not.toBe(first.requestId);
    // The bare host works as a base URL too.
    const bare = new LeanVibeClient({ apiKey: client.apiKey, baseURL: t.url });
    expect((await bare.tenants.me.info()).id).toBe(tenant.id);
  });

  it("raises PermissionDeniedError naming the roles the operation needs", async () => {
    const { client } = await keyClient({ role: "viewer" });
    const error = await caught(client.projects.create({ name: "Not allowed" }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.status).toBe(403);
    expect(error.code).toBe("forbidden");
    expect(error.details).toMatchObject({ role: "viewer", required_roles: expect.arrayContaining(["developer"]) });
    expect(error.message).toMatch(/viewer/);
    expect(error.requestId).toMatch(/\S/);
  });

  it("raises NotFoundError carrying the request id of the answer", async () => {
    const { client } = await keyClient();
    const response = await fetch(`${baseURL}/tasks/00000000-0000-4000-8000-000000000000`, {
      headers: { authorization: `Bearer ${client.apiKey}` },
    });
    const raw = (await response.json()) as { error: string };
    const error = await caught(client.tasks.get("00000000-0000-4000-8000-000000000000"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe(raw.error);
    expect(error.requestId).toMatch(/\S/);
    expect(error.requestId).toBe(error.headers.get("x-request-id"));
    expect(error.body).toMatchObject({ error: raw.error, request_id: error.requestId });
  });

  it("raises BadRequestError naming the invalid field", async () => {
    const { client } = await keyClient();
    const error = await caught(
      client.projects.create({ name: "Bad", ai_assistance_level: "overwhelming" } as never, { maxRetries: 0 }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.status).toBe(400);
    expect(JSON.stringify(error.details) + error.message).toContain("ai_assistance_level");
    const missing = await caught(client.tasks.create({ title: "No project" } as never));
    expect(missing).toBeInstanceOf(BadRequestError);
    expect(JSON.stringify(missing.details) + missing.message).toContain("project_id");
  });

  it("raises QuotaExceededError with upgrade options once the developer plan's 100 requests a minute are spent", async () => {
    const { client } = await keyClient({ plan: "developer" });
    await awayFromMinuteEdge();
    const results = await Promise.allSettled(Array.from({ length: 110 }, () => client.tenants.me.info()));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(100);
    expect(refused).toHaveLength(10);
    const error = refused[0] as QuotaExceededError;
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error.code).toBe("rate_limited");
    expect(error.upgradeOptions.map((o) => o.plan)).toEqual(["team", "enterprise"]);
    expect(Number(error.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(error.headers.get("x-ratelimit-remaining")).toBe("0");
  });

  it("raises TenantSuspendedError once a platform administrator suspends the tenant", async () => {
    const { tenant, client } = await keyClient();
    await client.tenants.me.info();
    const admin = new LeanVibeClient({
      accessToken: await t.platformToken(await t.seedPlatformAdmin()),
      baseURL,
    });
    const suspended = await admin.tenants.suspend(tenant.id, { reason: "Payment overdue" });
    expect(suspended).toMatchObject({ status: "suspended", suspended_reason: "Payment overdue" });
    const error = await caught(client.tenants.me.info());
    expect(error).toBeInstanceOf(TenantSuspendedError);
    expect(error.status).toBe(451);
    expect(error.code).toBe("tenant_suspended");
    await admin.tenants.reactivate(tenant.id);
    expect((await client.tenants.me.info()).status).toBe("active");
  });

  it("walks every page of projects with for await, and pages by hand", async () => {
    const { client } = await keyClient();
    const names = Array.from({ length: 7 }, (_, i) => `Paged ${i}`);
    for (const name of names) await client.projects.create({ name });

    const seen: string[] = [];
    for await (const project of client.projects.list({ limit: 3 })) seen.push(project.name);
    expect(seen.sort()).toEqual([...names].sort());

    const first = await client.projects.list({ limit: 3 });
    expect(first.data).toHaveLength(3);
    expect(first.pagination).toMatchObject({ limit: 3, offset: 0 });
    const pages = [];
    for await (const page of first.iterPages()) pages.push(page.data.length);
    expect(pages).toEqual([3, 3, 1]);
    const ids = new Set<string>();
    for await (const page of first.iterPages()) for (const p of page.data) ids.add(p.id);
    expect(ids.size).toBe(7);
  });
});
