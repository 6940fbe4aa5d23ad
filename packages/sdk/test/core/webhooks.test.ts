import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhookPayload, verifyWebhook, WebhookVerificationError } from "../../src/index.js";

const secret = "whsec_test_secret";
const payload = JSON.stringify({
  event_type: "task.completed",
  tenant_id: "6f1e2d3c-4b5a-4978-8665-544332211000",
  timestamp: "2025-01-09T10:30:00Z",
  data: { task_id: "3d2c1b0a", status: "completed" },
});
const now = 1_736_418_600;

describe("webhook verification", () => {
  it("accepts a valid signature and returns the parsed event", async () => {
    const header = await signWebhookPayload(payload, secret, now);
    const event = await verifyWebhook(payload, { "X-LeanVibe-Signature": header }, secret, { now: now + 10 });
    expect(event.event_type).toBe("task.completed");
    expect(event.data).toEqual({ task_id: "3d2c1b0a", status: "completed" });
  });

  it("signs exactly as HMAC-SHA256 over '<t>.<body>' in hex", async () => {
    const expected = createHmac("sha256", secret).update(`${now}.${payload}`).digest("hex");
    await expect(signWebhookPayload(payload, secret, now)).resolves.toBe(`t=${now},v1=${expected}`);
  });

  it("accepts raw bytes and a Headers object", async () => {
    const headers = new Headers({ "x-leanvibe-signature": await signWebhookPayload(payload, secret, now) });
    const event = await verifyWebhook(new TextEncoder().encode(payload), headers, secret, { now });
    expect(event.tenant_id).toBe("6f1e2d3c-4b5a-4978-8665-544332211000");
  });

  it("rejects a tampered body", async () => {
    const header = await signWebhookPayload(payload, secret, now);
    const tampered = payload.replace("completed", "failed");
    await expect(verifyWebhook(tampered, { "x-leanvibe-signature": header }, secret, { now })).rejects.toThrow(
      WebhookVerificationError,
    );
  });

  it("rejects a signature made with another secret", async () => {
    const header = await signWebhookPayload(payload, "whsec_other", now);
    await expect(verifyWebhook(payload, { "x-leanvibe-signature": header }, secret, { now })).rejects.toThrow(
      /No webhook signature matches/,
    );
  });

  it("rejects a stale timestamp and one from too far in the future", async () => {
    const header = await signWebhookPayload(payload, secret, now);
    await expect(
      verifyWebhook(payload, { "x-leanvibe-signature": header }, secret, { now: now + 301 }),
    ).rejects.toThrow(/tolerance/);
    await expect(
      verifyWebhook(payload, { "x-leanvibe-signature": header }, secret, { now: now - 301 }),
    ).rejects.toThrow(/tolerance/);
    await expect(
      verifyWebhook(payload, { "x-leanvibe-signature": header }, secret, { now: now + 3000, toleranceSeconds: 3600 }),
    ).resolves.toBeTruthy();
  });

  it("rejects a missing or malformed header", async () => {
    await expect(verifyWebhook(payload, {}, secret, { now })).rejects.toThrow(/Missing x-leanvibe-signature/);
    await expect(verifyWebhook(payload, { "x-leanvibe-signature": "v1=abc" }, secret, { now })).rejects.toThrow(
      /timestamp/,
    );
    await expect(verifyWebhook(payload, { "x-leanvibe-signature": `t=${now}` }, secret, { now })).rejects.toThrow(
      /no v1/,
    );
  });

  it("accepts any of several v1 signatures, for a secret being rotated", async () => {
    const oldSig = (await signWebhookPayload(payload, "whsec_old", now)).split(",")[1];
    const newSig = (await signWebhookPayload(payload, secret, now)).split(",")[1];
    const header = `t=${now},${oldSig},${newSig}`;
    await expect(verifyWebhook(payload, { "x-leanvibe-signature": header }, secret, { now })).resolves.toBeTruthy();
    await expect(
      verifyWebhook(payload, { "x-leanvibe-signature": header }, "whsec_old", { now }),
    ).resolves.toBeTruthy();
    await expect(verifyWebhook(payload, { "x-leanvibe-signature": header }, "whsec_third", { now })).rejects.toThrow();
  });

  it("accepts a list of secrets on the receiving side", async () => {
    const header = await signWebhookPayload(payload, "whsec_next", now);
    await expect(
      verifyWebhook(payload, { "x-leanvibe-signature": header }, [secret, "whsec_next"], { now }),
    ).resolves.toBeTruthy();
  });
});
