import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import pg from "pg";
import type { Database } from "../../platform/db/index.js";
import {
  type Backoff,
  type ClaimedJob,
  claimJob,
  completeJob,
  DEFAULT_BACKOFF,
  extendClaim,
  failJob,
  JOBS_CHANNEL,
  onWake,
} from "./jobs.js";

export interface JobContext {
  job: ClaimedJob;
  workerId: string;
  /** Aborted when the task is cancelled (seen at a heartbeat), the claim is lost, or the worker stops. */
  signal: AbortSignal;
}

export type JobHandler = (context: JobContext) => Promise<void>;

export interface JobWorkerOptions {
  db: Database;
  handler: JobHandler;
  workerId?: string;
  /** Jobs run at once by this worker (default 1: one model per process serves one generation at a time). */
  concurrency?: number;
  /** Poll interval when no wake-up arrives (default 1000 ms). */
  pollIntervalMs?: number;
  /** How long a claim lasts without a heartbeat before another worker may take the job (default 60 s). */
  visibilityTimeoutMs?: number;
  /** Default: a third of the visibility timeout. */
  heartbeatIntervalMs?: number;
  backoff?: Backoff;
  /** A PostgreSQL URL: LISTEN there, so enqueues in other processes wake this worker at once. */
  postgresUrl?: string;
  /** Called when a job's attempts are spent; the task should be marked failed here. */
  onDead?: (job: ClaimedJob, reason: string) => Promise<void>;
  onError?: (error: unknown, job?: ClaimedJob) => void;
}

/** Why a running job's signal was aborted. */
export class JobInterruptedError extends Error {
  override readonly name = "JobInterruptedError";
  constructor(readonly why: "cancelled" | "claim_lost" | "stopping") {
    super(`The job was interrupted: ${why}`);
  }
}

/** Claims jobs from agent_jobs and runs them through the handler, with heartbeats, retries and backoff. */
export class JobWorker {
  readonly workerId: string;
  private readonly options: Required<
    Pick<JobWorkerOptions, "concurrency" | "pollIntervalMs" | "visibilityTimeoutMs" | "heartbeatIntervalMs">
  > &
    JobWorkerOptions;
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private stopped = true;
  private kick: (() => void) | undefined;
  private loopDone: Promise<void> | undefined;
  private unsubscribe: (() => void) | undefined;
  private listener: pg.Client | undefined;

  constructor(options: JobWorkerOptions) {
    const visibilityTimeoutMs = options.visibilityTimeoutMs ?? 60_000;
    this.options = {
      ...options,
      concurrency: options.concurrency ?? 1,
      pollIntervalMs: options.pollIntervalMs ?? 1_000,
      visibilityTimeoutMs,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? Math.max(50, Math.floor(visibilityTimeoutMs / 3)),
    };
    this.workerId = options.workerId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
  }

  /** Jobs currently running in this worker. */
  get active(): number {
    return this.running.size;
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = onWake(() => this.wake());
    if (this.options.postgresUrl) await this.listen(this.options.postgresUrl);
    this.loopDone = this.loop();
  }

  /** Looks for jobs now instead of at the next poll. */
  wake(): void {
    this.kick?.();
  }

  /** Stops claiming, aborts running jobs (they are retried elsewhere after their claim lapses) and waits for them. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe?.();
    this.wake();
    for (const { controller } of this.running.values()) controller.abort(new JobInterruptedError("stopping"));
    await Promise.allSettled([...this.running.values()].map((r) => r.done));
    await this.loopDone;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  private async listen(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url, application_name: "leanvibe-worker-listen" });
    client.on("notification", () => this.wake());
    client.on("error", (error) => this.options.onError?.(error));
    await client.connect();
    await client.query(`listen ${JOBS_CHANNEL}`);
    this.listener = client;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        while (!this.stopped && this.running.size < this.options.concurrency) {
          const job = await claimJob(this.options.db, {
            workerId: this.workerId,
            visibilityTimeoutMs: this.options.visibilityTimeoutMs,
          });
          if (!job) break;
          this.run(job);
        }
      } catch (error) {
        this.options.onError?.(error);
      }
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs);
        this.kick = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.kick = undefined;
    }
  }

  private run(job: ClaimedJob): void {
    const controller = new AbortController();
    const done = this.execute(job, controller).finally(() => {
      this.running.delete(job.id);
      this.wake();
    });
    this.running.set(job.id, { controller, done });
  }

  private async execute(job: ClaimedJob, controller: AbortController): Promise<void> {
    const { db } = this.options;
    const claim = { workerId: this.workerId, visibilityTimeoutMs: this.options.visibilityTimeoutMs };
    if (job.attempt > job.maxAttempts) {
      // A claim that lapsed on its last attempt: the job has used up its retries.
      const reason = `gave up after ${job.maxAttempts} attempts: the worker running it stopped responding`;
      await failJob(db, job, this.workerId, reason, this.options.backoff).catch((e) => this.options.onError?.(e, job));
      await this.options.onDead?.(job, reason).catch((e) => this.options.onError?.(e, job));
      return;
    }
    let heartbeatBusy = false;
    const heartbeat = setInterval(() => {
      if (heartbeatBusy) return;
      heartbeatBusy = true;
      extendClaim(db, job, claim)
        .then((status) => {
          if (status === null) controller.abort(new JobInterruptedError("claim_lost"));
          else if (status === "cancelled") controller.abort(new JobInterruptedError("cancelled"));
        })
        .catch((error) => this.options.onError?.(error, job))
        .finally(() => {
          heartbeatBusy = false;
        });
    }, this.options.heartbeatIntervalMs);
    try {
      await this.options.handler({ job, workerId: this.workerId, signal: controller.signal });
      clearInterval(heartbeat);
      await completeJob(db, job, this.workerId);
    } catch (error) {
      clearInterval(heartbeat);
      const reason = controller.signal.reason;
      if (reason instanceof JobInterruptedError && reason.why === "stopping") return; // retried after the claim lapses
      if (reason instanceof JobInterruptedError && reason.why === "claim_lost") return; // another worker owns it now
      this.options.onError?.(error, job);
      const message = error instanceof Error ? error.message : String(error);
      const outcome = await failJob(db, job, this.workerId, message, this.options.backoff ?? DEFAULT_BACKOFF).catch(
        (e) => {
          this.options.onError?.(e, job);
          return "retry" as const;
        },
      );
      if (outcome === "dead") await this.options.onDead?.(job, message).catch((e) => this.options.onError?.(e, job));
    } finally {
      clearInterval(heartbeat);
    }
  }
}
