import type { Database } from "../../platform/db/index.js";
import { withTenant } from "../../platform/db/index.js";
import type { LlamaEngine } from "../engine/index.js";
import { type Backoff, type ClaimedJob, JobWorker } from "../queue/index.js";
import { appendDomainEvent, appendTaskEvent, signalTaskEvent } from "./events.js";
import { TaskPipeline, type TaskPipelineOptions } from "./pipeline.js";

export interface StartWorkerOptions extends Omit<TaskPipelineOptions, "db" | "engine"> {
  db: Database;
  engine: LlamaEngine;
  workerId?: string;
  concurrency?: number;
  pollIntervalMs?: number;
  visibilityTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  backoff?: Backoff;
  /** The PostgreSQL URL, when several processes share the database: enqueues elsewhere wake this worker at once. */
  postgresUrl?: string;
  onError?: (error: unknown, job?: ClaimedJob) => void;
}

export interface RunningWorker {
  readonly workerId: string;
  /** Jobs running now. */
  readonly active: number;
  /** Looks for jobs now. */
  wake(): void;
  /** Stops claiming and interrupts running tasks; they are retried once their claim lapses. */
  stop(): Promise<void>;
}

/**
 * Starts an agent worker: claims task jobs from the database and runs each through the TaskPipeline.
 * `leanvibe-server worker` runs this in its own process; the server runs one in-process too.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const pipeline = new TaskPipeline({ ...options, agentName: options.agentName ?? options.workerId });
  const worker = new JobWorker({
    db: options.db,
    workerId: options.workerId,
    concurrency: options.concurrency,
    pollIntervalMs: options.pollIntervalMs,
    visibilityTimeoutMs: options.visibilityTimeoutMs,
    heartbeatIntervalMs: options.heartbeatIntervalMs,
    backoff: options.backoff,
    postgresUrl: options.postgresUrl,
    onError: options.onError,
    handler: async ({ job, signal }) => {
      await pipeline.run(job, signal);
    },
    onDead: (job, reason) => failAbandonedTask(options.db, job, reason),
  });
  await worker.start();
  return {
    get workerId() {
      return worker.workerId;
    },
    get active() {
      return worker.active;
    },
    wake: () => worker.wake(),
    stop: () => worker.stop(),
  };
}

/** A job whose attempts are spent: its task fails with the reason, unless it already ended. */
async function failAbandonedTask(db: Database, job: ClaimedJob, reason: string): Promise<void> {
  const failed = await withTenant(db, job.tenantId, async (trx) => {
    const row = await trx
      .updateTable("tasks")
      .set({
        status: "failed",
        failure_reason: reason,
        error: { message: reason },
        completed_at: new Date(),
        current_step: "failed",
      })
      .where("id", "=", job.taskId)
      .where("status", "in", ["queued", "in_progress"])
      .returning(["project_id", "title", "progress_percentage", "deliverables"])
      .executeTakeFirst();
    if (!row) return false;
    await appendTaskEvent(trx, job.tenantId, job.taskId, "error", {
      status: "failed",
      percentage: row.progress_percentage,
      current_step: "failed",
      error: reason,
    });
    await appendDomainEvent(trx, job.tenantId, "task.failed", {
      task_id: job.taskId,
      project_id: row.project_id,
      status: "failed",
      title: row.title,
      failure_reason: reason,
    });
    return true;
  });
  if (failed) signalTaskEvent(job.taskId);
}
