import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LlamaEngine } from "../../src/agent/engine/index.js";
import { writeTinyModel } from "../../src/agent/models/index.js";
import {
  type RunningWorker,
  startWorker,
  type TaskUpdateMessage,
  TaskUpdates,
} from "../../src/agent/pipeline/index.js";
import { createProject, deleteProject, getProject } from "../../src/agent/projects-service.js";
import { claimJob } from "../../src/agent/queue/index.js";
import {
  cancelTask,
  createTask,
  getTask,
  getTaskArtifacts,
  listTaskEvents,
  listTasks,
} from "../../src/agent/tasks-service.js";
import { git, workspacePath } from "../../src/agent/workspace/index.js";
import { withTenant } from "../../src/platform/db/index.js";
import { createTestDatabase, insertTenant, type TestDatabase, testDatabases } from "../support/database.js";

const urls = { appUrl: "https://app.test", publicUrl: "http://127.0.0.1:1" };
let dir: string;
let engine: LlamaEngine;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "leanvibe-agent-work-"));
  const modelPath = join(dir, "tiny.gguf");
  await writeTinyModel(modelPath, { seed: 11 });
  engine = new LlamaEngine({ modelPath, gpu: false, maxThreads: 1 });
  await engine.load();
});

afterAll(async () => {
  await engine?.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | null | false>,
  timeoutMs = 40_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await fn();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.each(testDatabases())("the agent pipeline on %s", (kind) => {
  let t: TestDatabase;
  let tenantId: string;
  let workspacesDir: string;
  let worker: RunningWorker | undefined;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    tenantId = await insertTenant(t.db);
    workspacesDir = join(dir, `ws-${kind}`);
  });

  afterAll(async () => {
    await worker?.stop();
    await t?.destroy();
  });

  const start = async (extra: Partial<Parameters<typeof startWorker>[0]> = {}) => {
    worker = await startWorker({ db: t.db, engine, workspacesDir, pollIntervalMs: 200, fileMaxTokens: 48, ...extra });
    return worker;
  };

  it("runs a task from creation to a commit on its branch, with events in order and honest deliverables", async () => {
    const project = await createProject(
      t.db,
      tenantId,
      {
        name: "Shop",
        tech_stack: ["JavaScript"],
        test_command: "node --test test/",
        quality_gates: { security_scan: true },
      },
      { workspacesDir, maxProjects: 5 },
    );
    expect(project.workspace).toMatchObject({ branch: "main", files_count: 1 });
    await start();
    const created = await createTask(
      t.db,
      tenantId,
      { project_id: project.id, title: "Implement orders API", estimated_complexity: "low" },
      urls,
    );
    expect(created).toMatchObject({ status: "queued", tracking_url: `https://app.test/tasks/${created.id}` });
    expect(created.estimated_duration_minutes).toBe(5);

    const task = await waitFor("completion", async () => {
      const current = await getTask(t.db, tenantId, created.id, urls);
      return ["completed", "failed"].includes(current.status) && current;
    });
    expect(task.failure_reason).toBeNull();
    expect(task).toMatchObject({
      status: "completed",
      progress_percentage: 100,
      branch: `leanvibe/task-${created.id}`,
    });
    expect(task.real_time_updates.websocket_url).toBe(`ws://127.0.0.1:1/v1/tasks/${created.id}/updates`);

    const events = (await listTaskEvents(t.db, tenantId, created.id, { limit: 100 })).data;
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]?.type).toBe("created");
    expect(events.at(-1)?.type).toBe("completion");
    const percentages = events.map((e) => e.data.percentage as number);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    const messages = events.map((e) => String(e.data.message ?? "")).join("\n");
    // Random weights never write parseable code: the events must say a template was used.
    expect(messages).toMatch(/template/);
    expect(messages).toMatch(/test command passed/);
    expect(messages).toMatch(/coverage: not measurable/);

    // The branch exists in the workspace and holds exactly the files the deliverables count.
    const workspace = workspacePath({ workspacesDir, tenantId, projectId: project.id });
    const files = (await git(["ls-tree", "-r", "--name-only", `leanvibe/task-${created.id}`], { cwd: workspace }))
      .split("\n")
      .filter((f) => f && f !== "README.md");
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(task.deliverables.files_created).toBe(files.length);
    const artifacts = await getTaskArtifacts(t.db, tenantId, created.id, { workspacesDir });
    expect(artifacts.files.map((f) => f.path).sort()).toEqual([...files].sort());
    expect(artifacts.commit).toBe(task.commit);
    expect(artifacts.diff).toContain("+++ b/");
    let tests = 0;
    let endpoints = 0;
    for (const file of files) {
      const text = await git(["show", `${task.commit}:${file}`], { cwd: workspace });
      tests += (text.match(/^test\(/gm) ?? []).length;
      endpoints += (text.match(/method: "(GET|POST|PUT|DELETE)"/g) ?? []).length;
    }
    expect(task.deliverables.tests_written).toBe(tests);
    expect(task.deliverables.api_endpoints).toBe(endpoints);
    expect(tests).toBeGreaterThan(0);
    // The main checkout is untouched: work lives on the task branch only.
    expect(existsSync(join(workspace, files[0] as string))).toBe(false);

    const domain = await withTenant(t.db, tenantId, (trx) =>
      trx.selectFrom("domain_events").select("event_type").orderBy("created_at").execute(),
    );
    expect(domain.map((d) => d.event_type)).toEqual([
      "project.created",
      "task.created",
      "task.in_progress",
      "task.completed",
    ]);

    const listed = await listTasks(t.db, tenantId, { status: "completed", project_id: project.id }, urls);
    expect(listed.pagination.total).toBe(1);
    await expect(deleteProject(t.db, tenantId, project.id, { workspacesDir })).resolves.toBeUndefined();
    expect(existsSync(workspace)).toBe(false);
  });

  it("cancels a running task promptly, stops its test command and removes its branch", async () => {
    const project = await createProject(
      t.db,
      tenantId,
      { name: "Slow", tech_stack: ["Python"], test_command: "sleep 30" },
      { workspacesDir, maxProjects: 5 },
    );
    worker ??= await start();
    const created = await createTask(t.db, tenantId, { project_id: project.id, title: "Add billing report" }, urls);
    await waitFor(
      "the quality gates",
      async () => (await getTask(t.db, tenantId, created.id, urls)).current_step === "quality gates",
    );
    const started = Date.now();
    const cancelled = await cancelTask(t.db, tenantId, created.id, urls);
    expect(cancelled.status).toBe("cancelled");
    await waitFor("the worker to let go", async () => worker?.active === 0, 10_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    const task = await getTask(t.db, tenantId, created.id, urls);
    expect(task.status).toBe("cancelled");
    const events = (await listTaskEvents(t.db, tenantId, created.id, { limit: 100 })).data;
    expect(events.at(-1)?.type).toBe("cancelled");
    const workspace = workspacePath({ workspacesDir, tenantId, projectId: project.id });
    const branches = await git(["branch", "--list", `leanvibe/task-${created.id}`], { cwd: workspace });
    expect(branches.trim()).toBe("");
    await expect(cancelTask(t.db, tenantId, created.id, urls)).rejects.toMatchObject({ code: "conflict" });
  });

  it("marks a queued task cancelled and never runs it", async () => {
    await worker?.stop();
    worker = undefined;
    const project = (await getProjectByName("Slow")) as string;
    const created = await createTask(t.db, tenantId, { project_id: project, title: "Never run" }, urls);
    await cancelTask(t.db, tenantId, created.id, urls);
    await start();
    await new Promise((r) => setTimeout(r, 600));
    const task = await getTask(t.db, tenantId, created.id, urls);
    expect(task).toMatchObject({ status: "cancelled", started_at: null });
  });

  it("retries a job whose worker died after claiming it, and completes it", async () => {
    await worker?.stop();
    worker = undefined;
    const project = await createProject(
      t.db,
      tenantId,
      { name: "Retry", tech_stack: ["TypeScript"] },
      { workspacesDir, maxProjects: 5 },
    );
    const created = await createTask(t.db, tenantId, { project_id: project.id, title: "Add audit endpoint" }, urls);
    // A worker claims the job with a short visibility timeout, then vanishes without a heartbeat.
    const claimed = await claimJob(t.db, { workerId: "dead-worker", visibilityTimeoutMs: 300 });
    expect(claimed).toMatchObject({ taskId: created.id, attempt: 1 });
    await start({ visibilityTimeoutMs: 5_000 });
    const task = await waitFor("completion", async () => {
      const current = await getTask(t.db, tenantId, created.id, urls);
      return current.status === "completed" && current;
    });
    expect(task.deliverables.files_created).toBeGreaterThan(0);
    // The job is marked done just after the task's final commit.
    const job = await waitFor("the job to complete", async () => {
      const row = await withTenant(t.db, tenantId, (trx) =>
        trx
          .selectFrom("agent_jobs")
          .select(["status", "attempts"])
          .where("task_id", "=", created.id)
          .executeTakeFirstOrThrow(),
      );
      return row.status === "completed" && row;
    });
    expect(job.attempts).toBe(2);
    const events = (await listTaskEvents(t.db, tenantId, created.id, { limit: 100 })).data;
    expect(events.some((e) => /attempt 2 of 3/.test(String(e.data.message)))).toBe(true);
  });

  it("replays missed updates to a subscriber, then streams new ones until completion", async () => {
    worker ??= await start();
    const project = (await getProjectByName("Retry")) as string;
    const updates = new TaskUpdates({ db: t.db });
    await updates.start();
    const created = await createTask(t.db, tenantId, { project_id: project, title: "Add stock endpoint" }, urls);
    await waitFor(
      "some progress",
      async () => (await getTask(t.db, tenantId, created.id, urls)).progress_percentage >= 20,
    );
    const received: TaskUpdateMessage[] = [];
    const done = new Promise<void>((resolve) => {
      void updates
        .subscribe(tenantId, created.id, 1, (message) => {
          received.push(message);
          if (message.type !== "progress") resolve();
        })
        .then((stop) => done.finally(stop));
    });
    await done;
    await updates.close();
    // Everything after seq 1 (the creation), without gaps or repeats, ending in completion.
    expect(received.map((m) => m.id)).toEqual(received.map((_, i) => i + 2));
    expect(received.at(-1)).toMatchObject({ type: "completion", status: "completed", percentage: 100 });
    const all = (await listTaskEvents(t.db, tenantId, created.id, { limit: 100 })).data;
    expect(received.length).toBe(all.length - 1);
  });

  it("writes Python code whose generated unit tests pass under the project's test command", async () => {
    worker ??= await start();
    const project = await createProject(
      t.db,
      tenantId,
      { name: "Py", tech_stack: ["Python", "FastAPI"], test_command: "python3 -m unittest discover -s tests" },
      { workspacesDir, maxProjects: 10 },
    );
    const created = await createTask(
      t.db,
      tenantId,
      { project_id: project.id, title: "Build inventory REST API", estimated_complexity: "high" },
      urls,
    );
    const task = await waitFor("the end", async () => {
      const current = await getTask(t.db, tenantId, created.id, urls);
      return ["completed", "failed"].includes(current.status) && current;
    });
    expect(task.failure_reason).toBeNull();
    expect(task.status).toBe("completed");
    const artifacts = await getTaskArtifacts(t.db, tenantId, created.id, { workspacesDir });
    expect(artifacts.files.some((f) => f.path.startsWith("app/") && f.kind === "code")).toBe(true);
    expect(artifacts.files.some((f) => f.path.startsWith("tests/test_") && f.kind === "test")).toBe(true);
    expect(task.deliverables.files_created).toBe(artifacts.files.length);
  });

  it("refuses a project beyond the plan's max_projects", async () => {
    const other = await insertTenant(t.db);
    await createProject(t.db, other, { name: "One" }, { workspacesDir, maxProjects: 1 });
    await expect(createProject(t.db, other, { name: "Two" }, { workspacesDir, maxProjects: 1 })).rejects.toMatchObject({
      code: "quota_exceeded",
    });
  });

  async function getProjectByName(name: string): Promise<string | undefined> {
    const row = await withTenant(t.db, tenantId, (trx) =>
      trx.selectFrom("projects").select("id").where("name", "=", name).executeTakeFirst(),
    );
    return row?.id;
  }

  it("clones a workspace from a local repository path", async () => {
    const source = await createProject(t.db, tenantId, { name: "Source" }, { workspacesDir, maxProjects: 10 });
    const sourcePath = workspacePath({ workspacesDir, tenantId, projectId: source.id });
    const clone = await createProject(
      t.db,
      tenantId,
      { name: "Clone", repository_url: sourcePath },
      { workspacesDir, maxProjects: 10 },
    );
    expect(clone.workspace?.head_commit).toBe(source.workspace?.head_commit);
    const fetched = await getProject(t.db, tenantId, clone.id, { workspacesDir });
    expect(
      await readFile(join(workspacePath({ workspacesDir, tenantId, projectId: clone.id }), "README.md"), "utf8"),
    ).toContain("Source");
    expect(fetched.repository_url).toBe(sourcePath);
  });
});
