import { createHmac } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { webhooksOf } from "../../src/modules/webhooks/index.js";
import { withPlatform } from "../../src/platform/db/index.js";
import { testDatabases } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { deadUrl, eventually, type Receiver, startReceiver } from "./receiver.js";

// The SDK's own verifier checks what the server sends. It lives outside this package's rootDir, so it is loaded
// at run time rather than imported: a static import would pull the SDK's sources into the server's typecheck.
const sdkEntry = new URL("../../../sdk/src/index.ts", import.meta.url).href;
const { verifyWebhook } = (await import(sdkEntry)) as {
  verifyWebhook: (
    rawBody: string,
    headers: Record<string, string>,
    secret: string | readonly string[],
  ) => Promise<{ id: string; event_type: string; timestamp?: string; signature?: string; [key: string]: unknown }>;
};

const MAX_ATTEMPTS = 3;

describe.each(testDatabases())("webhook delivery on %s", (kind) => {
  let t: TestServer;
  let home: string;
  let tenantId: string;
  let owner: string;
  const receivers: Receiver[] = [];
  const endpoints: string[] = [];

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "leanvibe-webhooks-"));
    t = await startTestServer(
      kind,
      { LEANVIBE_WORKSPACES_DIR: join(home, "workspaces") },
      {
        webhooks: {
          retry: { maxAttempts: MAX_ATTEMPTS, baseMs: 30, factor: 2, maxMs: 200, jitter: 0.2 },
          pollIntervalMs: 25,
          timeoutMs: 2_000,
        },
      },
    );
    tenantId = (await t.seedTenant()).id;
    owner = await t.userToken(await t.seedUser(tenantId, "owner"), tenantId, "owner");
  }, 60_000);
  afterEach(async () => {
    // Each test starts with no endpoints, so events of one test never reach another's receivers.
    for (const id of endpoints.splice(0)) await t.request("DELETE", `/v1/admin/webhooks/${id}`, { token: owner });
    for (const r of receivers.splice(0)) await r.close();
  });
  afterAll(async () => {
    await t?.close();
    await rm(home, { recursive: true, force: true });
  });

  async function receiver(answers: number[] = []): Promise<Receiver> {
    const r = await startReceiver(answers);
    receivers.push(r);
    return r;
  }

  async function endpoint(url: string, events: string[], token = owner): Promise<{ id: string; secret: string }> {
    const res = await t.request("POST", "/v1/admin/webhooks", { token, body: { url, events } });
    expect(res.status).toBe(201);
    endpoints.push(res.body.id);
    return res.body;
  }

  const deliveries = async (endpointId: string, query = "", token = owner) => {
    const res = await t.request("GET", `/v1/admin/webhooks/${endpointId}/deliveries${query}`, { token });
    expect(res.status).toBe(200);
    return res.body.data as Array<Record<string, any>>;
  };

  const settled = (endpointId: string, status: string, count = 1) =>
    eventually(async () => {
      const list = await deliveries(endpointId, `?status=${status}`);
      return list.length >= count ? list : undefined;
    });

  it("delivers a domain event signed so that the SDK's verifyWebhook accepts it, and the body signature matches", async () => {
    const r = await receiver();
    const hook = await endpoint(r.url, ["project.created"]);
    const other = await receiver();
    await endpoint(other.url, ["task.completed"]);

    const project = await t.request("POST", "/v1/projects", { token: owner, body: { name: "Hooked" } });
    expect(project.status).toBe(201);
    const [req] = await r.waitFor(1);

    const event = await verifyWebhook(req!.rawBody, req!.headers as Record<string, string>, hook.secret);
    expect(event).toMatchObject({
      event_type: "project.created",
      tenant_id: tenantId,
      data: { project_id: project.body.id, name: "Hooked" },
    });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(event.timestamp!))).toBe(false);
    const { signature, ...unsigned } = event;
    expect(signature).toBe(
      `sha256=${createHmac("sha256", hook.secret).update(JSON.stringify(unsigned)).digest("hex")}`,
    );
    await expect(
      verifyWebhook(req!.rawBody, req!.headers as Record<string, string>, "some-other-secret-entirely"),
    ).rejects.toThrow(/No webhook signature matches/);
    await expect(
      verifyWebhook(req!.rawBody.replace("Hooked", "Hacked"), req!.headers as Record<string, string>, hook.secret),
    ).rejects.toThrow();

    const [delivery] = await settled(hook.id, "succeeded");
    expect(delivery).toMatchObject({
      webhook_id: hook.id,
      event_id: event.id,
      event_type: "project.created",
      attempts: 1,
      response_status: 200,
      next_attempt_at: null,
    });
    expect(delivery!.delivered_at).not.toBeNull();
    // The endpoint that did not ask for project.created got nothing.
    expect(other.received).toHaveLength(0);
  });

  it("delivers an event once per endpoint even when the dispatcher hands it over twice", async () => {
    const r = await receiver();
    const hook = await endpoint(r.url, ["project.created"]);
    const queue = webhooksOf(t.server.services).deliveries;
    const event = {
      id: crypto.randomUUID(),
      tenantId,
      type: "project.created",
      payload: { project_id: crypto.randomUUID(), name: "twice" },
      createdAt: new Date(),
    };
    expect(await queue.enqueueEvent(event)).toBe(1);
    expect(await queue.enqueueEvent(event)).toBe(0);
    await r.waitFor(1);
    await settled(hook.id, "succeeded");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(r.received.filter((q) => q.rawBody.includes(event.id))).toHaveLength(1);
  });

  it("retries a receiver that answered 500 and ends succeeded after the second attempt", async () => {
    const r = await receiver([500]);
    const hook = await endpoint(r.url, ["project.created"]);
    await t.request("POST", "/v1/projects", { token: owner, body: { name: "Retried" } });
    const [first, second] = await r.waitFor(2);
    const [delivery] = await settled(hook.id, "succeeded");
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 2, response_status: 200 });
    // The same event, freshly signed.
    const a = await verifyWebhook(first!.rawBody, first!.headers as Record<string, string>, hook.secret);
    const b = await verifyWebhook(second!.rawBody, second!.headers as Record<string, string>, hook.secret);
    expect(b.id).toBe(a.id);
  });

  it("gives up on a receiver that never answers and marks the delivery dead after the last attempt", async () => {
    const hook = await endpoint(await deadUrl(), ["project.created"]);
    await t.request("POST", "/v1/projects", { token: owner, body: { name: "Nobody home" } });
    const [delivery] = await settled(hook.id, "dead");
    expect(delivery).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS, response_status: null });
    expect(delivery!.last_error).toMatch(/ECONNREFUSED/);
    expect(delivery!.next_attempt_at).toBeNull();
  });

  it("reports the receiver's failing answer while retrying, with the next attempt scheduled", async () => {
    const r = await receiver([503, 503, 503]);
    const hook = await endpoint(r.url, ["project.created"]);
    // Hold the second attempt open, so the state between the two attempts can be looked at.
    let release = () => {};
    const secondHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    r.hold = (index) => (index === 1 ? secondHeld : undefined);
    await t.request("POST", "/v1/projects", { token: owner, body: { name: "Flaky" } });
    await r.waitFor(2);
    const [failed] = await deliveries(hook.id, "?status=failed");
    expect(failed).toMatchObject({ status: "failed", attempts: 1, response_status: 503 });
    expect(failed!.last_error).toContain("503");
    expect(failed!.next_attempt_at).not.toBeNull();
    release();
    const [dead] = await settled(hook.id, "dead");
    expect(dead!.attempts).toBe(MAX_ATTEMPTS);
    expect(r.received).toHaveLength(MAX_ATTEMPTS);
  });

  it("redelivers a delivery as a new attempt of the same event id, answering 202", async () => {
    const r = await receiver([410, 410, 410]);
    const hook = await endpoint(r.url, ["project.created"]);
    await t.request("POST", "/v1/projects", { token: owner, body: { name: "Again" } });
    const [dead] = await settled(hook.id, "dead");
    const res = await t.request("POST", `/v1/admin/webhooks/${hook.id}/deliveries/${dead!.id}/redeliver`, {
      token: owner,
    });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ event_id: dead!.event_id, status: "pending", attempts: 0 });
    expect(res.body.id).not.toBe(dead!.id);
    await r.waitFor(MAX_ATTEMPTS + 1);
    const [succeeded] = await settled(hook.id, "succeeded");
    expect(succeeded).toMatchObject({ id: res.body.id, event_id: dead!.event_id, attempts: 1 });
    const last = r.received.at(-1)!;
    const event = await verifyWebhook(last.rawBody, last.headers as Record<string, string>, hook.secret);
    expect(event.id).toBe(dead!.event_id);
    expect(await deliveries(hook.id)).toHaveLength(2);
    expect(await deliveries(hook.id, "?status=dead")).toHaveLength(1);

    const missing = await t.request(
      "POST",
      `/v1/admin/webhooks/${hook.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`,
      { token: owner },
    );
    expect(missing.status).toBe(404);
  });

  it("sends a webhook.test event at once and reports the receiver's answer", async () => {
    const r = await receiver([200, 502]);
    const hook = await endpoint(r.url, ["user.created"]);
    const ok = await t.request("POST", `/v1/admin/webhooks/${hook.id}/test`, { token: owner });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      event_type: "webhook.test",
      status: "succeeded",
      attempts: 1,
      response_status: 200,
    });
    expect(r.received).toHaveLength(1);
    const event = await verifyWebhook(
      r.received[0]!.rawBody,
      r.received[0]!.headers as Record<string, string>,
      hook.secret,
    );
    expect(event).toMatchObject({ id: ok.body.event_id, event_type: "webhook.test", data: { tenant_id: tenantId } });

    const bad = await t.request("POST", `/v1/admin/webhooks/${hook.id}/test`, { token: owner });
    expect(bad.status).toBe(200);
    expect(bad.body).toMatchObject({ status: "dead", attempts: 1, response_status: 502 });
    expect(bad.body.last_error).toContain("502");
    // A test is not retried behind the caller's back.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.received).toHaveLength(2);
  });

  it("gives a receiver that does not answer until the timeout a failed attempt", async () => {
    const r = await receiver();
    const hook = await endpoint(r.url, ["user.created"]);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    r.hold = () => held;
    const started = Date.now();
    const res = await t.request("POST", `/v1/admin/webhooks/${hook.id}/test`, { token: owner });
    release();
    expect(res.body).toMatchObject({ status: "dead", attempts: 1, response_status: null });
    expect(res.body.last_error).toBe("no answer within 2000 ms");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
  });

  it("sends nothing to a disabled endpoint", async () => {
    const r = await receiver();
    const hook = await endpoint(r.url, ["project.created"]);
    await t.request("PATCH", `/v1/admin/webhooks/${hook.id}`, { token: owner, body: { enabled: false } });
    const probe = await receiver();
    await endpoint(probe.url, ["project.created"]);
    await t.request("POST", "/v1/projects", { token: owner, body: { name: "Quiet" } });
    await probe.waitFor(1);
    expect(r.received).toHaveLength(0);
    expect(await deliveries(hook.id)).toHaveLength(0);
  });

  it("sends again a delivery whose claim lapsed (its process died mid-send)", async () => {
    const r = await receiver();
    const hook = await endpoint(r.url, ["user.created"]);
    const webhooks = webhooksOf(t.server.services);
    // Stop this server's worker and claim a delivery as a process that then dies, with a short lease.
    await webhooks.worker.stop();
    try {
      await webhooks.deliveries.enqueueEvent({
        id: crypto.randomUUID(),
        tenantId,
        type: "user.created",
        payload: { user_id: crypto.randomUUID() },
        createdAt: new Date(),
      });
      const claimed = await webhooks.deliveries.claim("a-process-that-dies", 300, 10);
      expect(claimed.map((c) => c.url)).toEqual([r.url]);
      expect(await webhooks.deliveries.claim("another-process", 300, 10)).toEqual([]);
    } finally {
      webhooks.worker.start();
    }
    await r.waitFor(1);
    const [delivery] = await settled(hook.id, "succeeded");
    expect(delivery!.attempts).toBe(1);
  });

  it("hides deliveries from another tenant and refuses it redelivery (404)", async () => {
    const r = await receiver();
    const hook = await endpoint(r.url, ["webhook.test"]);
    const sent = await t.request("POST", `/v1/admin/webhooks/${hook.id}/test`, { token: owner });
    const other = (await t.seedTenant()).id;
    const stranger = await t.userToken(await t.seedUser(other, "admin"), other, "admin");
    const list = await t.request("GET", `/v1/admin/webhooks/${hook.id}/deliveries`, { token: stranger });
    expect(list.status).toBe(404);
    const again = await t.request("POST", `/v1/admin/webhooks/${hook.id}/deliveries/${sent.body.id}/redeliver`, {
      token: stranger,
    });
    expect(again.status).toBe(404);
    const visible = await withPlatform(t.server.services.db, "test: count deliveries", (trx) =>
      trx.selectFrom("webhook_deliveries").select("id").where("endpoint_id", "=", hook.id).execute(),
    );
    expect(visible).toHaveLength(1);
  });

  it("pages deliveries newest first", async () => {
    const r = await receiver();
    const hook = await endpoint(r.url, ["user.created"]);
    for (let i = 0; i < 3; i++) await t.request("POST", `/v1/admin/webhooks/${hook.id}/test`, { token: owner });
    const page = await t.request("GET", `/v1/admin/webhooks/${hook.id}/deliveries?limit=2&offset=0`, { token: owner });
    expect(page.body.pagination).toEqual({ limit: 2, offset: 0, total: 3, has_more: true });
    const rest = await t.request("GET", `/v1/admin/webhooks/${hook.id}/deliveries?limit=2&offset=2`, { token: owner });
    expect(rest.body.pagination).toMatchObject({ total: 3, has_more: false });
    const all = [...page.body.data, ...rest.body.data];
    expect(new Set(all.map((d: { id: string }) => d.id)).size).toBe(3);
    const times = all.map((d: { created_at: string }) => Date.parse(d.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
