import { EventEmitter } from "node:events";
import { sql } from "kysely";
import { type Database, type Tx, withPlatform } from "../../platform/db/index.js";

/** Channel on which an enqueue wakes workers in other processes sharing a PostgreSQL database. */
export const JOBS_CHANNEL = "leanvibe_jobs";

export interface ClaimedJob {
  id: string;
  tenantId: string;
  taskId: string;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
}

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, maxMs: 5 * 60_000 };

// Wakes workers of this process right after a commit instead of at their next poll.
const localWake = new EventEmitter();
localWake.setMaxListeners(0);

/** Tells every worker in this process to look for jobs now; call after the enqueueing transaction commits. */
export function wakeWorkers(): void {
  localWake.emit("wake");
}

/** Subscribes to wakeWorkers(); returns the unsubscribe function. */
export function onWake(listener: () => void): () => void {
  localWake.on("wake", listener);
  return () => localWake.off("wake", listener);
}

/**
 * Queues the task's job inside the caller's transaction (withTenant), so a task row never exists
 * without its job nor a job without its task. Workers elsewhere hear of it through NOTIFY at commit.
 */
export async function enqueueTaskJob(
  trx: Tx,
  job: { tenantId: string; taskId: string; maxAttempts?: number },
): Promise<string> {
  const row = await trx
    .insertInto("agent_jobs")
    .values({ tenant_id: job.tenantId, task_id: job.taskId, max_attempts: job.maxAttempts ?? 3 })
    .returning("id")
    .executeTakeFirstOrThrow();
  await sql`select pg_notify(${JOBS_CHANNEL}, ${row.id})`.execute(trx);
  return row.id;
}

/**
 * Claims the oldest runnable job: a queued one whose time has come, or a running one whose claim
 * lapsed (its worker died or hung). SKIP LOCKED lets concurrent workers claim different jobs.
 */
export async function claimJob(
  db: Database,
  claim: { workerId: string; visibilityTimeoutMs: number },
): Promise<ClaimedJob | null> {
  const rows = await withPlatform(db, "agent worker claims a job", async (trx) => {
    const result = await sql<{
      id: string;
      tenant_id: string;
      task_id: string;
      attempts: number;
      max_attempts: number;
    }>`
      update agent_jobs set
        status = 'running',
        attempts = attempts + 1,
        locked_by = ${claim.workerId},
        locked_until = now() + ${claim.visibilityTimeoutMs}::int * interval '1 millisecond',
        last_error = case when status = 'running' then 'the previous worker stopped responding' else last_error end
      where id = (
        select id from agent_jobs
        where (status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now())
        order by run_at, created_at
        limit 1
        for update skip locked
      )
      returning id, tenant_id, task_id, attempts, max_attempts`.execute(trx);
    return result.rows;
  });
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    taskId: row.task_id,
    attempt: row.attempts,
    maxAttempts: row.max_attempts,
  };
}

/**
 * Extends a claim the worker still holds. Returns the task's current status, or null when the claim
 * was lost (it lapsed and another worker took the job), in which case the work must stop.
 */
export async function extendClaim(
  db: Database,
  job: ClaimedJob,
  claim: { workerId: string; visibilityTimeoutMs: number },
): Promise<string | null> {
  const rows = await withPlatform(db, "agent worker extends its claim", async (trx) => {
    const result = await sql<{ task_status: string }>`
      update agent_jobs set locked_until = now() + ${claim.visibilityTimeoutMs}::int * interval '1 millisecond'
      where id = ${job.id} and locked_by = ${claim.workerId} and status = 'running'
      returning (select status from tasks where tasks.id = agent_jobs.task_id) as task_status`.execute(trx);
    return result.rows;
  });
  return rows[0]?.task_status ?? null;
}

/** Marks the job done; a no-op when the claim was lost meanwhile. */
export async function completeJob(db: Database, job: ClaimedJob, workerId: string): Promise<void> {
  await withPlatform(db, "agent worker completes a job", (trx) =>
    trx
      .updateTable("agent_jobs")
      .set({ status: "completed", locked_until: null, locked_by: null })
      .where("id", "=", job.id)
      .where("locked_by", "=", workerId)
      .execute(),
  );
}

/** Delay before attempt n+1: exponential from baseMs, capped at maxMs, with up to 20 % jitter. */
export function retryDelayMs(attempt: number, backoff: Backoff): number {
  const exponential = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (1 + Math.random() * 0.2));
}

/**
 * Records a failed attempt: the job runs again after a backoff, or becomes dead once its attempts are
 * spent. Returns which of the two happened.
 */
export async function failJob(
  db: Database,
  job: ClaimedJob,
  workerId: string,
  error: string,
  backoff: Backoff = DEFAULT_BACKOFF,
): Promise<"retry" | "dead"> {
  const outcome = job.attempt >= job.maxAttempts ? "dead" : "retry";
  const delay = retryDelayMs(job.attempt, backoff);
  await withPlatform(db, "agent worker records a failed attempt", (trx) =>
    trx
      .updateTable("agent_jobs")
      .set({
        status: outcome === "dead" ? "dead" : "queued",
        last_error: error.slice(0, 2000),
        locked_by: null,
        locked_until: null,
        run_at: sql<Date>`now() + ${delay}::int * interval '1 millisecond'`,
      })
      .where("id", "=", job.id)
      .where("locked_by", "=", workerId)
      .execute(),
  );
  return outcome;
}

/** Marks every unfinished job of a task done (the task was cancelled before it ran). */
export async function dropTaskJobs(trx: Tx, taskId: string): Promise<void> {
  await trx
    .updateTable("agent_jobs")
    .set({ status: "completed", last_error: "cancelled", locked_by: null, locked_until: null })
    .where("task_id", "=", taskId)
    .where("status", "=", "queued")
    .execute();
}
