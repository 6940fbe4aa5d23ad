import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { writeTinyModel } from "../../src/agent/models/index.js";
import { startTestServer, type TestServer } from "../support/server.js";

interface Update {
  id: number;
  type: "progress" | "completion" | "error";
  status?: string;
  percentage?: number;
  current_step?: string;
  deliverables?: { files_created: number; tests_written: number; api_endpoints: number };
}

/** Collects a task's updates over the WebSocket until the server closes it. */
function watch(url: string, taskId: string, token: string, lastEventId?: number): Promise<Update[]> {
  return new Promise((resolve, reject) => {
    const query = lastEventId === undefined ? "" : `?last_event_id=${lastEventId}`;
    const ws = new WebSocket(`${url.replace(/^http/, "ws")}/v1/tasks/${taskId}/updates${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const seen: Update[] = [];
    ws.on("message", (data) => seen.push(JSON.parse(String(data))));
    ws.on("close", () => resolve(seen));
    ws.on("error", reject);
    ws.on("unexpected-response", (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
}

describe("the development agent over HTTP, on the tiny model", () => {
  const home = mkdtempSync(join(tmpdir(), "leanvibe-agent-http-"));
  let t: TestServer;
  let token: string;
  let otherToken: string;

  beforeAll(async () => {
    const model = join(home, "tiny.gguf");
    await writeTinyModel(model, { seed: 42 });
    t = await startTestServer("pglite", {
      LEANVIBE_MODEL: model,
      LEANVIBE_AI_THREADS: "1",
      LEANVIBE_WORKSPACES_DIR: join(home, "workspaces"),
    });
    const tenant = await t.seedTenant({ plan: "team" });
    const dev = await t.seedUser(tenant.id, "developer");
    token = await t.userToken(dev, tenant.id, "developer");
    const other = await t.seedTenant();
    otherToken = await t.userToken(await t.seedUser(other.id, "owner"), other.id, "owner");
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it("says plainly that it runs on the tiny model, even before the model is loaded", async () => {
    const health = await t.request("GET", "/v1/health/mlx");
    expect(health.body).toMatchObject({ model: "leanvibe-tiny", tiny_model: true, model_loaded: false });
  });

  it("refuses a project beyond the plan's limit with the documented quota body", async () => {
    const small = await t.seedTenant({ plan: "developer" });
    const owner = await t.userToken(await t.seedUser(small.id, "owner"), small.id, "owner");
    for (let i = 0; i < 5; i++) {
      expect((await t.request("POST", "/v1/projects", { token: owner, body: { name: `p${i}` } })).status).toBe(201);
    }
    const refused = await t.request("POST", "/v1/projects", { token: owner, body: { name: "one too many" } });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      error: "quota_exceeded",
      details: { quota_type: "projects", current_usage: 5, quota_limit: 5 },
      upgrade_options: [{ plan: "team" }, { plan: "enterprise" }],
    });
  });

  it("runs a task from creation to a committed branch, watched live, with deliverables that match the files", async () => {
    const project = await t.request("POST", "/v1/projects", {
      token,
      body: { name: "Demo", tech_stack: ["TypeScript"], quality_gates: { require_tests: true, security_scan: true } },
    });
    expect(project.status).toBe(201);
    const created = await t.request("POST", "/v1/tasks", {
      token,
      body: {
        project_id: project.body.id,
        title: "Add a health endpoint",
        priority: "high",
        estimated_complexity: "low",
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "queued", project_id: project.body.id });
    expect(created.body.tracking_url).toBe(`${t.url}/tasks/${created.body.id}`);
    const taskId = created.body.id;

    const updates = await watch(t.url, taskId, token);
    expect(updates.length).toBeGreaterThan(2);
    const ids = updates.map((u) => u.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const last = updates.at(-1)!;
    expect(last.type).toBe("completion");
    const percentages = updates.filter((u) => u.type === "progress").map((u) => u.percentage ?? 0);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));

    const task = await t.request("GET", `/v1/tasks/${taskId}`, { token });
    expect(task.body).toMatchObject({
      status: "completed",
      progress_percentage: 100,
      branch: `leanvibe/task-${taskId}`,
    });
    const artifacts = await t.request("GET", `/v1/tasks/${taskId}/artifacts`, { token });
    expect(artifacts.status).toBe(200);
    const added = artifacts.body.files.filter((f: { status: string }) => f.status === "added");
    expect(task.body.deliverables.files_created).toBe(added.length);
    expect(task.body.deliverables.tests_written).toBeGreaterThan(0);
    expect(added.some((f: { kind: string }) => f.kind === "test")).toBe(true);
    expect(artifacts.body.diff).toContain("+++ b/");

    const workspace = join(
      home,
      "workspaces",
      task.body ? (await t.request("GET", `/v1/projects/${project.body.id}`, { token })).body.tenant_id : "",
      project.body.id,
    );
    expect(existsSync(workspace)).toBe(true);
    const branches = execFileSync("git", ["-C", workspace, "branch", "--list", `leanvibe/task-${taskId}`], {
      encoding: "utf8",
    });
    expect(branches).toContain(`leanvibe/task-${taskId}`);
    const files = execFileSync("git", ["-C", workspace, "ls-tree", "-r", "--name-only", `leanvibe/task-${taskId}`], {
      encoding: "utf8",
    });
    for (const f of added) expect(files).toContain(f.path);

    // A late subscriber gets the whole history again; one resuming after an id gets only what follows.
    const replay = await watch(t.url, taskId, token);
    expect(replay.map((u) => u.id)).toEqual(ids);
    const resumed = await watch(t.url, taskId, token, ids[2]);
    expect(resumed.map((u) => u.id)).toEqual(ids.slice(3));

    const events = await t.request("GET", `/v1/tasks/${taskId}/events?limit=100`, { token });
    expect(events.body.data.length).toBeGreaterThanOrEqual(updates.length);
    const list = await t.request("GET", "/v1/tasks?status=completed", { token });
    expect(list.body.data.map((x: { id: string }) => x.id)).toContain(taskId);
  }, 180_000);

  it("refuses another tenant's WebSocket subscription with 404 before the upgrade", async () => {
    const project = await t.request("POST", "/v1/projects", { token, body: { name: "Private" } });
    const task = await t.request("POST", "/v1/tasks", {
      token,
      body: { project_id: project.body.id, title: "Private work" },
    });
    await expect(watch(t.url, task.body.id, otherToken)).rejects.toThrow(/refused with 404/);
    await expect(watch(t.url, task.body.id, "garbage-token")).rejects.toThrow(/refused with 401/);
    await watch(t.url, task.body.id, token);
  }, 180_000);

  it("accepts the token as a bearer subprotocol, as browsers send it", async () => {
    const project = await t.request("POST", "/v1/projects", { token, body: { name: "Browser" } });
    const task = await t.request("POST", "/v1/tasks", {
      token,
      body: { project_id: project.body.id, title: "From a browser" },
    });
    const messages = await new Promise<Update[]>((resolve, reject) => {
      const ws = new WebSocket(`${t.url.replace(/^http/, "ws")}/v1/tasks/${task.body.id}/updates`, [`bearer.${token}`]);
      const seen: Update[] = [];
      ws.on("open", () => expect(ws.protocol).toBe(`bearer.${token}`));
      ws.on("message", (d) => seen.push(JSON.parse(String(d))));
      ws.on("close", () => resolve(seen));
      ws.on("error", reject);
    });
    expect(messages.at(-1)?.type).toBe("completion");
  }, 180_000);

  it("cancels a task: it ends cancelled and a second cancel is a conflict", async () => {
    const project = await t.request("POST", "/v1/projects", { token, body: { name: "Cancel me" } });
    const task = await t.request("POST", "/v1/tasks", {
      token,
      body: { project_id: project.body.id, title: "Long work" },
    });
    const cancelled = await t.request("POST", `/v1/tasks/${task.body.id}/cancel`, { token });
    if (cancelled.status === 409) {
      // The tiny model can finish before the cancel arrives; then the conflict names the final state.
      expect(cancelled.body.details.status).toBe("completed");
      return;
    }
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    const updates = await watch(t.url, task.body.id, token);
    expect(updates.at(-1)).toMatchObject({ type: "error", status: "cancelled" });
    expect((await t.request("POST", `/v1/tasks/${task.body.id}/cancel`, { token })).status).toBe(409);
  }, 180_000);

  it("generates code with a confidence taken from the model and a review flag", async () => {
    const res = await t.request("POST", "/v1/code/generate", {
      token,
      body: { component_type: "function", specification: { name: "add", returns: "sum" }, max_tokens: 32 },
    });
    expect(res.status).toBe(200);
    expect(res.body.confidence).toBeGreaterThan(0);
    expect(res.body.confidence).toBeLessThanOrEqual(1);
    expect(res.body.requires_review).toBe(res.body.confidence < 0.8);
    expect(res.body.processing_time_ms).toBeGreaterThan(0);
    const health = await t.request("GET", "/v1/health/mlx");
    expect(health.body).toMatchObject({ model_loaded: true, inference_ready: true, tiny_model: true });
    expect(health.body.performance.average_tokens_per_second).toBeGreaterThan(0);
  }, 180_000);

  it("refuses tasks on another tenant's project and counts AI requests against the daily quota", async () => {
    const project = await t.request("POST", "/v1/projects", { token, body: { name: "Mine" } });
    const res = await t.request("POST", "/v1/tasks", {
      token: otherToken,
      body: { project_id: project.body.id, title: "Steal" },
    });
    expect(res.status).toBe(404);
    const usage = await t.request("GET", "/v1/tenants/me/usage", { token });
    expect(usage.body.current_usage.ai_requests_today).toBeGreaterThanOrEqual(4);
    expect(usage.body.current_usage.projects_count).toBeGreaterThanOrEqual(5);
  });
});
