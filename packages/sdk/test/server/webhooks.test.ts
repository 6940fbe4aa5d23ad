import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../server/test/support/server.js";
import { type Receiver, startReceiver } from "../../../server/test/webhooks/receiver.js";
import { LeanVibeClient, NotFoundError, verifyWebhook, WebhookVerificationError } from "../../src/index.js";

describe("webhook endpoints and signed deliveries from the reference server", () => {
  let t: TestServer;
  let receiver: Receiver;
  let client: LeanVibeClient;

  beforeAll(async () => {
    t = await startTestServer("pglite");
    receiver = await startReceiver();
    const tenant = await t.seedTenant({ plan: "team" });
    client = new LeanVibeClient({ apiKey: await t.apiKey(tenant.id, { role: "owner" }), baseURL: `${t.url}/v1` });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  it("creates an endpoint whose deliveries verifyWebhook accepts, and refuses a tampered body", async () => {
    const endpoint = await client.webhooks.create({
      url: `${receiver.url}/hooks`,
      events: ["project.created", "task.completed"],
      enabled: true,
    });
    expect(endpoint.secret).toMatch(/^whsec_/);

    await client.webhooks.test(endpoint.id);
    const [test] = await receiver.waitFor(1, 15_000);
    const event = await verifyWebhook(test!.rawBody, test!.headers, endpoint.secret);
    expect(event.event_type).toBe("webhook.test");

    const project = await client.projects.create({ name: "Hooked" });
    const received = await receiver.waitFor(2, 15_000);
    const created = await verifyWebhook(received[1]!.rawBody, received[1]!.headers, endpoint.secret);
    expect(created).toMatchObject({ event_type: "project.created", data: expect.objectContaining({}) });
    expect(JSON.stringify(created.data)).toContain(project.id);

    const tampered = received[1]!.rawBody.replace(project.id, "00000000-0000-4000-8000-000000000000");
    await expect(verifyWebhook(tampered, received[1]!.headers, endpoint.secret)).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    await expect(verifyWebhook(received[1]!.rawBody, received[1]!.headers, "whsec_wrong")).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );

    const deliveries = [];
    for await (const delivery of client.webhooks.deliveries(endpoint.id, { limit: 1 })) deliveries.push(delivery);
    expect(deliveries.length).toBeGreaterThanOrEqual(2);

    const listed = [];
    for await (const e of client.webhooks.list()) listed.push(e.id);
    expect(listed).toContain(endpoint.id);
    await client.webhooks.delete(endpoint.id);
    await expect(client.webhooks.get(endpoint.id)).rejects.toBeInstanceOf(NotFoundError);
  }, 60_000);
});
