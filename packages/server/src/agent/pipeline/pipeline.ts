import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Database, withTenant } from "../../platform/db/index.js";
import { checkCode, extractCode } from "../codegen/index.js";
import type { LlamaEngine } from "../engine/index.js";
import {
  branchDiff,
  closeTaskWorktree,
  commitWorktree,
  deleteTaskBranch,
  ensureWorkspace,
  openTaskWorktree,
  workspacePath,
} from "../workspace/index.js";
import {
  appendDomainEvent,
  appendTaskEvent,
  signalTaskEvent,
  type TaskDeliverables,
  type TaskEventType,
  type TaskStatus,
} from "./events.js";
import { type QualityGateSettings, runQualityGates } from "./gates.js";
import { type PlannedFile, planTask, type TaskPlan } from "./plan.js";
import { codeTemplate, countEndpoints, countTests, testTemplate } from "./templates.js";

export interface TaskPipelineOptions {
  db: Database;
  engine: LlamaEngine;
  workspacesDir: string;
  /** Where task worktrees are checked out (default `<workspacesDir>/.worktrees`). */
  worktreesDir?: string;
  /** Token budget for each file the model writes (default 384). */
  fileMaxTokens?: number;
  /** Timeout of the project's test command (default 120 s). */
  testTimeoutMs?: number;
  /** Name written to tasks.assigned_agent. */
  agentName?: string;
}

export interface TaskJob {
  tenantId: string;
  taskId: string;
  attempt: number;
  maxAttempts: number;
}

export type TaskOutcome = "completed" | "failed" | "cancelled" | "skipped";

/** Raised inside the pipeline when the task was cancelled; never escapes run(). */
class TaskCancelled extends Error {}

/** A stage's failure: the task ends failed with "<stage>: <message>". */
class StageFailure extends Error {
  constructor(
    readonly stage: string,
    message: string,
  ) {
    super(`${stage}: ${message}`);
  }
}

// Running tasks of this process, so cancelTask can stop a generation at once instead of at the next heartbeat.
const running = new Map<string, AbortController>();

/** Aborts the task if it runs in this process; returns whether it did. Other processes notice at their heartbeat. */
export function abortRunningTask(taskId: string): boolean {
  const controller = running.get(taskId);
  controller?.abort(new TaskCancelled("cancelled"));
  return controller !== undefined;
}

interface LoadedTask {
  title: string;
  description: string | null;
  estimated_complexity: string | null;
  project_id: string;
  status: TaskStatus;
  started_at: Date | null;
  estimated_duration_minutes: number | null;
  project_name: string;
  tech_stack: string[];
  repository_url: string | null;
  quality_gates: QualityGateSettings;
  test_command: string | null;
}

/**
 * Runs one task: plan → write code → write tests → quality gates → commit on `leanvibe/task-<id>`,
 * recording progress as task_events and task row updates, and task.* domain events in the same
 * transactions. Stage failures end the task as failed with a reason; cancellation ends it promptly.
 */
export class TaskPipeline {
  constructor(private readonly options: TaskPipelineOptions) {}

  /**
   * Runs the task of a claimed job. Resolves with the outcome once the task reached a final state; throws
   * only when the work must be retried (the worker is stopping, or the database failed).
   */
  async run(job: TaskJob, signal: AbortSignal): Promise<TaskOutcome> {
    const controller = new AbortController();
    const relay = () => controller.abort(signal.reason);
    if (signal.aborted) relay();
    signal.addEventListener("abort", relay, { once: true });
    running.set(job.taskId, controller);
    try {
      return await this.execute(job, controller.signal);
    } finally {
      signal.removeEventListener("abort", relay);
      running.delete(job.taskId);
    }
  }

  private async execute(job: TaskJob, signal: AbortSignal): Promise<TaskOutcome> {
    const { db, engine } = this.options;
    const { tenantId, taskId } = job;
    const started = await this.start(job);
    if (!started) return "skipped";
    const task = started;
    const workspace = workspacePath({
      workspacesDir: this.options.workspacesDir,
      tenantId,
      projectId: task.project_id,
    });
    const dir = join(this.options.worktreesDir ?? join(this.options.workspacesDir, ".worktrees"), taskId);
    let committed = false;
    let opened = false;
    let baseCommit = "";
    const startedAt = task.started_at ?? new Date();
    const deliverables: TaskDeliverables = { files_created: 0, tests_written: 0, api_endpoints: 0 };
    const progress = (percentage: number, step: string, message: string) =>
      this.progress(job, { percentage, step, message, deliverables, startedAt });
    const check = () => {
      if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new TaskCancelled("cancelled");
    };

    try {
      await stage("workspace", async () => {
        await ensureWorkspace({
          workspacesDir: this.options.workspacesDir,
          tenantId,
          projectId: task.project_id,
          repositoryUrl: task.repository_url,
          projectName: task.project_name,
        });
        baseCommit = (await openTaskWorktree(workspace, dir, taskId)).baseCommit;
        opened = true;
      });
      check();

      const { plan, note } = await stage("plan", () => planTask(engine, task, task.tech_stack, signal), signal);
      await withTenant(db, tenantId, (trx) =>
        trx.updateTable("tasks").set({ plan }).where("id", "=", taskId).execute(),
      );
      await progress(
        20,
        "planning",
        `${note ? `${note}. ` : ""}Plan (${plan.source}): ${plan.kind} in ${plan.language}, ${plan.files.length} file(s)` +
          (plan.methods.length ? `, endpoints ${plan.methods.join(", ")}` : ""),
      );

      const code = plan.files.filter((f) => f.role === "code");
      const tests = plan.files.filter((f) => f.role === "test");
      const written: string[] = [];
      let index = 0;
      for (const file of code) {
        check();
        const source = await stage("write code", () => this.writeFile(plan, file, task.title, dir, signal), signal);
        written.push(file.path);
        deliverables.files_created = written.length;
        deliverables.api_endpoints += countEndpoints(source.text);
        index++;
        await progress(20 + Math.round((30 * index) / code.length), "writing code", `${file.path}: ${source.how}`);
      }
      index = 0;
      for (const file of tests) {
        check();
        const source = await stage("write tests", () => this.writeFile(plan, file, task.title, dir, signal), signal);
        written.push(file.path);
        deliverables.files_created = written.length;
        deliverables.tests_written += countTests(source.text, plan.language);
        index++;
        await progress(50 + Math.round((20 * index) / tests.length), "writing tests", `${file.path}: ${source.how}`);
      }

      check();
      await progress(72, "quality gates", "Running the quality gates");
      const gates = await stage(
        "quality gates",
        () =>
          runQualityGates({
            dir,
            projectId: task.project_id,
            settings: task.quality_gates,
            testCommand: task.test_command,
            testsWritten: deliverables.tests_written,
            writtenPaths: written,
            timeoutMs: this.options.testTimeoutMs ?? 120_000,
            signal,
          }),
        signal,
      );
      await progress(88, "quality gates", gates.notes.join("; "));

      check();
      const commit = await stage("commit", () =>
        commitWorktree(dir, `${task.title}\n\nLeanVibe task ${taskId} (${plan.source} plan).`),
      );
      committed = commit !== null;
      if (!commit) throw new StageFailure("commit", "nothing was written");
      // Count what the commit really holds, not what was planned.
      const diff = await stage("commit", () => branchDiff(workspace, baseCommit, commit));
      deliverables.files_created = diff.files.filter((f) => f.status === "added").length;
      if (!gates.passed) {
        const reason = `quality gates: ${gates.failures.join("; ")} (the work is on branch leanvibe/task-${taskId})`;
        await this.finish(job, "failed", { commit, baseCommit, deliverables, reason });
        return "failed";
      }
      await this.finish(job, "completed", { commit, baseCommit, deliverables, message: gates.notes.join("; ") });
      return "completed";
    } catch (error) {
      if (error instanceof TaskCancelled || (signal.aborted && isCancellation(signal.reason))) {
        await this.afterCancel(job);
        if (opened && !committed) await deleteTaskBranchAfter(workspace, dir, taskId);
        return "cancelled";
      }
      if (signal.aborted) throw signal.reason; // the worker is stopping or lost its claim: retried elsewhere
      const reason = error instanceof StageFailure ? error.message : `internal: ${errorText(error)}`;
      const finished = await this.finish(job, "failed", { deliverables, reason });
      if (opened && !committed) await deleteTaskBranchAfter(workspace, dir, taskId);
      return finished ? "failed" : "cancelled";
    } finally {
      if (opened) await closeTaskWorktree(workspace, dir).catch(() => undefined);
    }
  }

  /** Moves the task to in_progress; null when there is nothing to run (cancelled or already finished). */
  private async start(job: TaskJob): Promise<LoadedTask | null> {
    const agent = this.options.agentName ?? "leanvibe-agent";
    const task = await withTenant(this.options.db, job.tenantId, async (trx) => {
      const row = await trx
        .selectFrom("tasks")
        .innerJoin("projects", "projects.id", "tasks.project_id")
        .select([
          "tasks.title",
          "tasks.description",
          "tasks.estimated_complexity",
          "tasks.project_id",
          "tasks.status",
          "tasks.started_at",
          "tasks.estimated_duration_minutes",
          "projects.name as project_name",
          "projects.tech_stack",
          "projects.repository_url",
          "projects.quality_gates",
          "projects.test_command",
        ])
        .where("tasks.id", "=", job.taskId)
        .forUpdate("tasks")
        .executeTakeFirst();
      if (!row || (row.status !== "queued" && row.status !== "in_progress")) return null;
      const now = new Date();
      const startedAt = row.started_at ?? now;
      const eta = new Date(startedAt.getTime() + (row.estimated_duration_minutes ?? 10) * 60_000);
      await trx
        .updateTable("tasks")
        .set({
          status: "in_progress",
          started_at: startedAt,
          assigned_agent: agent,
          progress_percentage: 5,
          current_step: "planning",
          estimated_completion: eta,
          failure_reason: null,
        })
        .where("id", "=", job.taskId)
        .execute();
      const retry = job.attempt > 1 ? ` (attempt ${job.attempt} of ${job.maxAttempts}, after an interrupted run)` : "";
      await appendTaskEvent(trx, job.tenantId, job.taskId, "progress", {
        status: "in_progress",
        percentage: 5,
        current_step: "planning",
        message: `Started by ${agent}${retry}`,
        estimated_completion: eta.toISOString(),
      });
      if (row.status === "queued") {
        await appendDomainEvent(trx, job.tenantId, "task.in_progress", {
          task_id: job.taskId,
          project_id: row.project_id,
          status: "in_progress",
          title: row.title,
        });
      }
      return { ...row, started_at: startedAt, quality_gates: row.quality_gates as QualityGateSettings };
    });
    if (task) signalTaskEvent(job.taskId);
    return task;
  }

  private async writeFile(
    plan: TaskPlan,
    file: PlannedFile,
    title: string,
    dir: string,
    signal: AbortSignal,
  ): Promise<{ text: string; how: string }> {
    const prompt =
      file.role === "code"
        ? `Write the ${plan.language} module ${file.path} for: ${title}. It is a ${plan.kind.replace("_", " ")}` +
          (plan.methods.length ? ` serving ${plan.methods.join(", ")} /${plan.resource}` : "") +
          ". Reply with the code only."
        : `Write ${plan.language} unit tests in ${file.path} for the module ${file.module}. Reply with the code only.`;
    const result = await this.options.engine.generate({
      prompt,
      maxTokens: this.options.fileMaxTokens ?? 384,
      signal,
    });
    const candidate = extractCode(result.text);
    const verdict = checkCode(candidate, plan.language);
    const text = verdict.usable
      ? `${candidate}\n`
      : file.role === "code"
        ? codeTemplate(plan, file, title)
        : testTemplate(plan, file);
    const how = verdict.usable
      ? `written by the model (${result.tokens} tokens)`
      : `written from the template: the model's output was unusable (${verdict.reason})`;
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), text);
    return { text, how };
  }

  /** Records a progress step; throws TaskCancelled when the task is no longer in progress (cancelled meanwhile). */
  private async progress(
    job: TaskJob,
    p: { percentage: number; step: string; message: string; deliverables: TaskDeliverables; startedAt: Date },
  ): Promise<void> {
    const now = Date.now();
    const elapsed = Math.max(1, now - p.startedAt.getTime());
    const eta = new Date(now + (elapsed * (100 - p.percentage)) / Math.max(p.percentage, 1));
    const updated = await withTenant(this.options.db, job.tenantId, async (trx) => {
      const result = await trx
        .updateTable("tasks")
        .set({
          progress_percentage: p.percentage,
          current_step: p.step,
          estimated_completion: eta,
          deliverables: { ...p.deliverables },
        })
        .where("id", "=", job.taskId)
        .where("status", "=", "in_progress")
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await appendTaskEvent(trx, job.tenantId, job.taskId, "progress", {
        status: "in_progress",
        percentage: p.percentage,
        current_step: p.step,
        deliverables: { ...p.deliverables },
        message: p.message,
        estimated_completion: eta.toISOString(),
      });
      return true;
    });
    if (!updated) throw new TaskCancelled("cancelled");
    signalTaskEvent(job.taskId);
  }

  /** Final state with its event and domain event, in one transaction; false when the task was cancelled first. */
  private async finish(
    job: TaskJob,
    status: "completed" | "failed",
    result: { deliverables: TaskDeliverables; commit?: string; baseCommit?: string; reason?: string; message?: string },
  ): Promise<boolean> {
    const branch = status === "completed" || result.commit ? `leanvibe/task-${job.taskId}` : null;
    const done = await withTenant(this.options.db, job.tenantId, async (trx) => {
      const row = await trx
        .updateTable("tasks")
        .set({
          status,
          progress_percentage: status === "completed" ? 100 : undefined,
          current_step: status === "completed" ? "completed" : "failed",
          completed_at: new Date(),
          estimated_completion: null,
          deliverables: { ...result.deliverables },
          branch,
          commit: result.commit ?? null,
          base_commit: result.baseCommit ?? null,
          failure_reason: result.reason ?? null,
          error: result.reason ? { message: result.reason } : null,
        })
        .where("id", "=", job.taskId)
        .where("status", "=", "in_progress")
        .returning(["project_id", "title", "progress_percentage"])
        .executeTakeFirst();
      if (!row) return false;
      const type: TaskEventType = status === "completed" ? "completion" : "error";
      await appendTaskEvent(trx, job.tenantId, job.taskId, type, {
        status,
        percentage: row.progress_percentage,
        current_step: status === "completed" ? "completed" : "failed",
        deliverables: { ...result.deliverables },
        ...(result.reason ? { error: result.reason } : {}),
        ...(result.message ? { message: result.message } : {}),
      });
      await appendDomainEvent(trx, job.tenantId, `task.${status}`, {
        task_id: job.taskId,
        project_id: row.project_id,
        status,
        title: row.title,
        deliverables: { ...result.deliverables },
        branch,
        ...(status === "failed" ? { failure_reason: result.reason ?? null } : {}),
      });
      return true;
    });
    signalTaskEvent(job.taskId);
    return done;
  }

  private async afterCancel(job: TaskJob): Promise<void> {
    // cancelTask already set the status and wrote the "cancelled" event; the unfinished branch is deleted,
    // so nothing the run wrote remains to count.
    await withTenant(this.options.db, job.tenantId, (trx) =>
      trx
        .updateTable("tasks")
        .set({ deliverables: { files_created: 0, tests_written: 0, api_endpoints: 0 } })
        .where("id", "=", job.taskId)
        .where("status", "=", "cancelled")
        .execute(),
    ).catch(() => undefined);
  }
}

function isCancellation(reason: unknown): boolean {
  return reason instanceof TaskCancelled || (reason instanceof Error && "why" in reason && reason.why === "cancelled");
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function stage<T>(name: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (signal?.aborted || error instanceof StageFailure || error instanceof TaskCancelled) throw error;
    throw new StageFailure(name, errorText(error));
  }
}

async function deleteTaskBranchAfter(workspace: string, dir: string, taskId: string): Promise<void> {
  await closeTaskWorktree(workspace, dir).catch(() => undefined);
  await deleteTaskBranch(workspace, taskId);
}
