import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTinyModel } from "../../../server/src/agent/models/index.js";
import { startTestServer, type TestServer } from "../../../server/test/support/server.js";
import { LeanVibeClient, NotFoundError, type TaskUpdateMessage } from "../../src/index.js";
import { startDroppingProxy } from "./support/dropping-proxy.js";

describe("tasks, live updates, code generation and health on the tiny model", () => {
  const home = mkdtempSync(join(tmpdir(), "leanvibe-sdk-agent-"));
  let t: TestServer;
  let client: LeanVibeClient;
  let tenantId: string;
  let projectId: string;

  beforeAll(async () => {
    const model = join(home, "tiny.gguf");
    await writeTinyModel(model, { seed: 42 });
    t = await startTestServer("pglite", {
      LEANVIBE_MODEL: model,
      LEANVIBE_AI_THREADS: "1",
      LEANVIBE_WORKSPACES_DIR: join(home, "workspaces"),
    });
    const tenant = await t.seedTenant({ plan: "team" });
    tenantId = tenant.id;
    client = new LeanVibeClient({ apiKey: await t.apiKey(tenant.id), baseURL: `${t.url}/v1` });
    const project = await client.projects.create({
      name: "Payments",
      tech_stack: ["TypeScript"],
      quality_gates: { require_tests: true },
    });
    projectId = project.id;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it("creates a task and follows its live updates to the completion message", async () => {
    const created = await client.tasks.create({
      project_id: projectId,
      title: "Add a health endpoint",
      priority: "high",
      estimated_complexity: "low",
    });
    expect(created).toMatchObject({ status: "queued", project_id: projectId });

    const updates: TaskUpdateMessage[] = [];
    for await (const update of client.tasks.updates(created.id)) updates.push(update);
    expect(updates.length).toBeGreaterThan(2);
    expect(updates.at(-1)).toMatchObject({ type: "completion", task_id: created.id });
    const ids = updates.map((u) => u.id);
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    const percentages = updates.filter((u) => u.type === "progress").map((u) => u.percentage ?? 0);
    expect(percentages.length).toBeGreaterThan(0);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));

    const task = await client.tasks.get(created.id);
    expect(task).toMatchObject({ status: "completed", progress_percentage: 100 });
    const events = [];
    for await (const event of client.tasks.events(created.id, { limit: 2 })) events.push(event);
    expect(events.length).toBeGreaterThanOrEqual(updates.length);
  }, 180_000);

  it("waits for completion, reporting progress on the way", async () => {
    const created = await client.tasks.create({ project_id: projectId, title: "Implement payment processing" });
    const progress: number[] = [];
    const done = await client.tasks.waitForCompletion(created.id, {
      onProgress: (update) => progress.push(update.percentage ?? -1),
    });
    expect(done).toMatchObject({ id: created.id, status: "completed", progress_percentage: 100 });
    expect(done.deliverables.tests_written).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p >= 0 && p <= 100)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // A finished task resolves at once, without opening a socket.
    expect((await client.tasks.waitForCompletion(created.id)).status).toBe("completed");
  }, 180_000);

  it("resumes a dropped updates connection after the last event it received, losing and repeating nothing", async () => {
    const created = await client.tasks.create({ project_id: projectId, title: "Survive a dropped connection" });
    const proxy = await startDroppingProxy(t.url, 2);
    try {
      const viaProxy = new LeanVibeClient({ apiKey: client.apiKey, baseURL: `${proxy.url}/v1` });
      const resumed: number[] = [];
      for await (const update of viaProxy.tasks.updates(created.id)) resumed.push(update.id);

      expect(proxy.upgrades).toHaveLength(2);
      expect(proxy.upgrades[0]).not.toContain("last_event_id");
      expect(proxy.upgrades[1]).toContain(`last_event_id=${resumed[1]}`);
      // A fresh subscription replays the whole history: the resumed stream must match it exactly.
      const whole: number[] = [];
      for await (const update of client.tasks.updates(created.id)) whole.push(update.id);
      expect(resumed).toEqual(whole);
      expect(whole.length).toBeGreaterThan(2);
    } finally {
      await proxy.close();
    }
  }, 180_000);

  it("refuses updates of an unknown task with NotFoundError instead of reconnecting", async () => {
    const updates = client.tasks.updates("00000000-0000-4000-8000-000000000000");
    await expect(updates.next()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("generates code and reports the AI service's health", async () => {
    const generated = await client.code.generate({
      component_type: "function",
      specification: { name: "add", returns: "sum" },
      max_tokens: 32,
    });
    expect(generated.status).toBe("success");
    expect(typeof generated.response).toBe("string");
    expect(generated.confidence).toBeGreaterThan(0);
    expect(generated.requires_review).toBe(generated.confidence < 0.8);

    const ai = await client.health.ai();
    expect(ai).toMatchObject({ model_loaded: true, inference_ready: true });
    const status = await client.health.status();
    expect(["healthy", "degraded"]).toContain(status.status);
    const owner = new LeanVibeClient({ apiKey: await t.apiKey(tenantId, { role: "owner" }), baseURL: `${t.url}/v1` });
    const tenant = await owner.health.tenant(tenantId);
    expect(tenant).toMatchObject({ tenant_id: tenantId });
    const document = await client.health.openapi();
    expect(document).toMatchObject({ openapi: expect.stringMatching(/^3\.1/) });
  }, 180_000);
});
