import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendTaskEvent, type TaskUpdateMessage, TaskUpdates } from "../../src/agent/pipeline/index.js";
import { claimJob, enqueueTaskJob, JobWorker, retryDelayMs, wakeWorkers } from "../../src/agent/queue/index.js";
import { type Database, openDatabase, withTenant } from "../../src/platform/db/index.js";
import { createTestDatabase, insertTenant, type TestDatabase, testDatabases } from "../support/database.js";

async function insertTask(db: Database, tenantId: string, maxAttempts = 3): Promise<string> {
  return withTenant(db, tenantId, async (trx) => {
    const project = await trx
      .insertInto("projects")
      .values({ tenant_id: tenantId, name: "P", quality_gates: {} })
      .returning("id")
      .executeTakeFirstOrThrow();
    const task = await trx
      .insertInto("tasks")
      .values({ tenant_id: tenantId, project_id: project.id, title: "T", requirements: {}, deliverables: {} })
      .returning("id")
      .executeTakeFirstOrThrow();
    await enqueueTaskJob(trx, { tenantId, taskId: task.id, maxAttempts });
    return task.id;
  });
}

const jobRow = (db: Database, tenantId: string, taskId: string) =>
  withTenant(db, tenantId, (trx) =>
    trx
      .selectFrom("agent_jobs")
      .select(["status", "attempts", "last_error"])
      .where("task_id", "=", taskId)
      .executeTakeFirstOrThrow(),
  );

describe("retry delays", () => {
  it("grow exponentially from the base, with at most 20 % jitter, up to the cap", () => {
    const backoff = { baseMs: 100, maxMs: 1_000 };
    for (const [attempt, base] of [
      [1, 100],
      [2, 200],
      [3, 400],
      [5, 1_000],
      [9, 1_000],
    ] as const) {
      const delay = retryDelayMs(attempt, backoff);
      expect(delay).toBeGreaterThanOrEqual(base);
      expect(delay).toBeLessThanOrEqual(base * 1.2);
    }
  });
});

describe.each(testDatabases())("the job queue on %s", (kind) => {
  let t: TestDatabase;
  let tenantId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    tenantId = await insertTenant(t.db);
  });
  afterAll(() => t?.destroy());

  it("wakes an idle worker at once after an enqueue instead of at its next poll", async () => {
    const ran: number[] = [];
    const worker = new JobWorker({ db: t.db, pollIntervalMs: 60_000, handler: async () => void ran.push(Date.now()) });
    await worker.start();
    await new Promise((r) => setTimeout(r, 100)); // the first poll found nothing; the next one is a minute away
    const enqueued = Date.now();
    await insertTask(t.db, tenantId);
    wakeWorkers();
    while (ran.length === 0 && Date.now() - enqueued < 5_000) await new Promise((r) => setTimeout(r, 10));
    await worker.stop();
    expect(ran.length).toBe(1);
    expect((ran[0] as number) - enqueued).toBeLessThan(1_000);
  });

  it("retries a failing job with backoff and marks it dead when its attempts are spent", async () => {
    const taskId = await insertTask(t.db, tenantId, 2);
    const attempts: number[] = [];
    const dead: string[] = [];
    const worker = new JobWorker({
      db: t.db,
      pollIntervalMs: 50,
      backoff: { baseMs: 300, maxMs: 300 },
      handler: async ({ job }) => {
        if (job.taskId !== taskId) return;
        attempts.push(Date.now());
        throw new Error(`boom ${job.attempt}`);
      },
      onDead: async (job, reason) => void dead.push(`${job.taskId}:${reason}`),
    });
    await worker.start();
    while (dead.length === 0) await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    expect(attempts.length).toBe(2);
    expect((attempts[1] as number) - (attempts[0] as number)).toBeGreaterThanOrEqual(280);
    expect(dead).toEqual([`${taskId}:boom 2`]);
    expect(await jobRow(t.db, tenantId, taskId)).toMatchObject({ status: "dead", attempts: 2, last_error: "boom 2" });
  });

  it("lets two claimers take different jobs and never the same one", async () => {
    const a = await insertTask(t.db, tenantId);
    const b = await insertTask(t.db, tenantId);
    const [first, second] = await Promise.all([
      claimJob(t.db, { workerId: "w1", visibilityTimeoutMs: 60_000 }),
      claimJob(t.db, { workerId: "w2", visibilityTimeoutMs: 60_000 }),
    ]);
    expect(new Set([first?.taskId, second?.taskId])).toEqual(new Set([a, b]));
    expect(await claimJob(t.db, { workerId: "w3", visibilityTimeoutMs: 60_000 })).toBeNull();
  });

  it.runIf(kind === "postgres")("streams events written by another process through LISTEN/NOTIFY", async () => {
    const taskId = await withTenant(t.db, tenantId, async (trx) => {
      const project = await trx
        .insertInto("projects")
        .values({ tenant_id: tenantId, name: "N", quality_gates: {} })
        .returning("id")
        .executeTakeFirstOrThrow();
      const task = await trx
        .insertInto("tasks")
        .values({ tenant_id: tenantId, project_id: project.id, title: "N", requirements: {}, deliverables: {} })
        .returning("id")
        .executeTakeFirstOrThrow();
      return task.id;
    });
    const url = t.options.kind === "postgres" ? t.options.url : "";
    const updates = new TaskUpdates({ db: t.db, postgresUrl: url });
    await updates.start();
    const received: TaskUpdateMessage[] = [];
    const stop = await updates.subscribe(tenantId, taskId, 0, (m) => received.push(m));
    // A second connection pool stands in for another server process: it never signals this process directly.
    const other = await openDatabase(t.options);
    for (const percentage of [10, 50]) {
      await withTenant(other, tenantId, (trx) =>
        appendTaskEvent(trx, tenantId, taskId, "progress", { status: "in_progress", percentage, current_step: "x" }),
      );
    }
    const deadline = Date.now() + 5_000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    stop();
    await updates.close();
    await other.close();
    expect(received.map((m) => [m.id, m.percentage])).toEqual([
      [1, 10],
      [2, 50],
    ]);
  });
});
