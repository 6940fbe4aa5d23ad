import type { components } from "../generated/schema.js";
import { type Database, withTenant } from "../platform/db/index.js";
import { conflict, notFound } from "../platform/errors.js";
import {
  abortRunningTask,
  appendDomainEvent,
  appendTaskEvent,
  signalTaskEvent,
  type TaskStatus,
} from "./pipeline/index.js";
import { dropTaskJobs, enqueueTaskJob, wakeWorkers } from "./queue/index.js";
import { branchDiff, workspacePath } from "./workspace/index.js";

export type Task = components["schemas"]["Task"];
export type TaskCreated = components["schemas"]["TaskCreated"];
export type TaskList = components["schemas"]["TaskList"];
export type TaskEventList = components["schemas"]["TaskEventList"];
export type TaskArtifacts = components["schemas"]["TaskArtifacts"];
export type CreateTaskRequest = components["schemas"]["CreateTaskRequest"];
type TaskPriority = components["schemas"]["TaskPriority"];
type TaskComplexity = components["schemas"]["TaskComplexity"];

export interface TaskLinks {
  /** Base of tracking_url (the web app), e.g. https://app.example.com. */
  appUrl: string;
  /** Base of the API, e.g. https://api.example.com; the updates socket URL is derived from it. */
  publicUrl: string;
}

/** Minutes for a task of each complexity when no task has completed yet. */
export const DEFAULT_DURATION_MINUTES: Record<TaskComplexity, number> = { low: 5, medium: 15, high: 45 };
const COMPLEXITY_FACTOR: Record<TaskComplexity, number> = { low: 0.5, medium: 1, high: 3 };

const TASK_COLUMNS = [
  "id",
  "project_id",
  "title",
  "description",
  "priority",
  "estimated_complexity",
  "requirements",
  "status",
  "progress_percentage",
  "current_step",
  "estimated_completion",
  "estimated_duration_minutes",
  "assigned_agent",
  "deliverables",
  "branch",
  "commit",
  "failure_reason",
  "created_at",
  "started_at",
  "completed_at",
] as const;

type TaskRow = {
  id: string;
  project_id: string;
  title: string;
  description: string | null;
  priority: TaskPriority;
  estimated_complexity: TaskComplexity | null;
  requirements: Record<string, unknown>;
  status: TaskStatus;
  progress_percentage: number;
  current_step: string | null;
  estimated_completion: Date | null;
  estimated_duration_minutes: number | null;
  assigned_agent: string | null;
  deliverables: Record<string, unknown>;
  branch: string | null;
  commit: string | null;
  failure_reason: string | null;
  created_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function links(links: TaskLinks, id: string) {
  const ws = links.publicUrl.replace(/^http/, "ws").replace(/\/$/, "");
  return {
    tracking_url: `${links.appUrl.replace(/\/$/, "")}/tasks/${id}`,
    websocket_url: `${ws}/v1/tasks/${id}/updates`,
  };
}

function toTask(row: TaskRow, urls: TaskLinks): Task {
  const { tracking_url, websocket_url } = links(urls, row.id);
  const d = row.deliverables as Task["deliverables"];
  return {
    id: row.id,
    project_id: row.project_id,
    title: row.title,
    description: row.description,
    priority: row.priority,
    ...(row.estimated_complexity ? { estimated_complexity: row.estimated_complexity } : {}),
    requirements: row.requirements as Task["requirements"],
    status: row.status,
    progress_percentage: row.progress_percentage,
    current_step: row.current_step,
    estimated_completion: iso(row.estimated_completion),
    ...(row.estimated_duration_minutes !== null ? { estimated_duration_minutes: row.estimated_duration_minutes } : {}),
    assigned_agent: row.assigned_agent,
    deliverables: {
      files_created: d.files_created ?? 0,
      tests_written: d.tests_written ?? 0,
      api_endpoints: d.api_endpoints ?? 0,
    },
    branch: row.branch,
    commit: row.commit,
    failure_reason: row.failure_reason,
    created_at: iso(row.created_at) as string,
    started_at: iso(row.started_at),
    completed_at: iso(row.completed_at),
    tracking_url,
    real_time_updates: { websocket_url },
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] as number;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * Minutes a new task is expected to take: the median duration of the tenant's last 20 completed tasks of
 * the same complexity; failing that, of any complexity scaled by complexity; failing that, a default table.
 */
export async function estimateDurationMinutes(
  db: Database,
  tenantId: string,
  complexity: TaskComplexity | null | undefined,
): Promise<number> {
  const level = complexity ?? "medium";
  const rows = await withTenant(db, tenantId, (trx) =>
    trx
      .selectFrom("tasks")
      .select(["estimated_complexity", "started_at", "completed_at"])
      .where("status", "=", "completed")
      .where("started_at", "is not", null)
      .where("completed_at", "is not", null)
      .orderBy("completed_at", "desc")
      .limit(20)
      .execute(),
  );
  const minutes = (r: (typeof rows)[number]) =>
    (new Date(r.completed_at as Date).getTime() - new Date(r.started_at as Date).getTime()) / 60_000;
  const same = median(rows.filter((r) => (r.estimated_complexity ?? "medium") === level).map(minutes));
  if (same !== null) return Math.max(1, Math.ceil(same));
  const any = median(rows.map((r) => minutes(r) / COMPLEXITY_FACTOR[r.estimated_complexity ?? "medium"]));
  if (any !== null) return Math.max(1, Math.ceil(any * COMPLEXITY_FACTOR[level]));
  return DEFAULT_DURATION_MINUTES[level];
}

/**
 * Stores and queues a task in one transaction (task row, "created" event, task.created domain event,
 * job), then wakes this process's workers. not_found when the project is not the tenant's.
 */
export async function createTask(
  db: Database,
  tenantId: string,
  input: CreateTaskRequest,
  options: TaskLinks & { createdBy?: string | null; assignedAgent?: string; maxAttempts?: number },
): Promise<TaskCreated> {
  const estimate = await estimateDurationMinutes(db, tenantId, input.estimated_complexity);
  const agent = options.assignedAgent ?? "leanvibe-agent";
  const row = await withTenant(db, tenantId, async (trx) => {
    const project = await trx.selectFrom("projects").select("id").where("id", "=", input.project_id).executeTakeFirst();
    if (!project) throw notFound("Project", input.project_id);
    const requirements: Record<string, unknown> = { ...(input.requirements ?? {}) };
    const task = await trx
      .insertInto("tasks")
      .values({
        tenant_id: tenantId,
        project_id: input.project_id,
        title: input.title,
        description: input.description ?? null,
        priority: input.priority ?? "medium",
        estimated_complexity: input.estimated_complexity ?? null,
        requirements,
        estimated_duration_minutes: estimate,
        assigned_agent: agent,
        created_by: options.createdBy ?? null,
      })
      .returning(["id", "status", "project_id", "title", "created_at"])
      .executeTakeFirstOrThrow();
    await appendTaskEvent(trx, tenantId, task.id, "created", {
      status: "queued",
      percentage: 0,
      current_step: "queued",
      message: `Queued; estimated ${estimate} minute(s)`,
    });
    await appendDomainEvent(trx, tenantId, "task.created", {
      task_id: task.id,
      project_id: task.project_id,
      status: "queued",
      title: task.title,
    });
    await enqueueTaskJob(trx, { tenantId, taskId: task.id, maxAttempts: options.maxAttempts });
    return task;
  });
  wakeWorkers();
  signalTaskEvent(row.id);
  return {
    id: row.id,
    status: row.status,
    project_id: row.project_id,
    title: row.title,
    estimated_duration_minutes: estimate,
    assigned_agent: agent,
    created_at: iso(row.created_at) as string,
    tracking_url: links(options, row.id).tracking_url,
  };
}

/** One task; not_found when it is not the tenant's. */
export async function getTask(db: Database, tenantId: string, taskId: string, urls: TaskLinks): Promise<Task> {
  const row = await withTenant(db, tenantId, (trx) =>
    trx.selectFrom("tasks").select(TASK_COLUMNS).where("id", "=", taskId).executeTakeFirst(),
  );
  if (!row) throw notFound("Task", taskId);
  return toTask(row as TaskRow, urls);
}

export interface TaskFilter {
  status?: TaskStatus;
  project_id?: string;
  priority?: TaskPriority;
  limit?: number;
  offset?: number;
}

/** A page of the tenant's tasks, newest first, filtered by status, project and priority. */
export async function listTasks(
  db: Database,
  tenantId: string,
  filter: TaskFilter,
  urls: TaskLinks,
): Promise<TaskList> {
  const limit = Math.min(Math.max(filter.limit ?? 20, 1), 100);
  const offset = Math.max(filter.offset ?? 0, 0);
  return withTenant(db, tenantId, async (trx) => {
    let query = trx.selectFrom("tasks");
    if (filter.status) query = query.where("status", "=", filter.status);
    if (filter.project_id) query = query.where("project_id", "=", filter.project_id);
    if (filter.priority) query = query.where("priority", "=", filter.priority);
    const rows = await query
      .select(TASK_COLUMNS)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(limit)
      .offset(offset)
      .execute();
    const { total } = await query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
    return {
      data: rows.map((r) => toTask(r as TaskRow, urls)),
      pagination: { limit, offset, total: Number(total), has_more: offset + rows.length < Number(total) },
    };
  });
}

/**
 * Cancels a queued or running task: status cancelled, a "cancelled" event, queued jobs dropped, and a
 * generation running in this process aborted at once (other processes see it at their next heartbeat).
 * conflict when the task already finished.
 */
export async function cancelTask(db: Database, tenantId: string, taskId: string, urls: TaskLinks): Promise<Task> {
  const row = await withTenant(db, tenantId, async (trx) => {
    const current = await trx
      .selectFrom("tasks")
      .select(["status", "progress_percentage"])
      .where("id", "=", taskId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound("Task", taskId);
    if (current.status !== "queued" && current.status !== "in_progress") {
      throw conflict(`The task is already ${current.status}`, { status: current.status });
    }
    await trx
      .updateTable("tasks")
      .set({ status: "cancelled", current_step: "cancelled", completed_at: new Date(), estimated_completion: null })
      .where("id", "=", taskId)
      .execute();
    await appendTaskEvent(trx, tenantId, taskId, "cancelled", {
      status: "cancelled",
      percentage: current.progress_percentage,
      current_step: "cancelled",
      error: "The task was cancelled",
    });
    await dropTaskJobs(trx, taskId);
    return trx.selectFrom("tasks").select(TASK_COLUMNS).where("id", "=", taskId).executeTakeFirstOrThrow();
  });
  abortRunningTask(taskId);
  signalTaskEvent(taskId);
  return toTask(row as TaskRow, urls);
}

/** The task's events with seq > after, oldest first; not_found when the task is not the tenant's. */
export async function listTaskEvents(
  db: Database,
  tenantId: string,
  taskId: string,
  page: { after?: number; limit?: number; offset?: number } = {},
): Promise<TaskEventList> {
  const limit = Math.min(Math.max(page.limit ?? 20, 1), 100);
  const offset = Math.max(page.offset ?? 0, 0);
  return withTenant(db, tenantId, async (trx) => {
    const task = await trx.selectFrom("tasks").select("id").where("id", "=", taskId).executeTakeFirst();
    if (!task) throw notFound("Task", taskId);
    const base = trx
      .selectFrom("task_events")
      .where("task_id", "=", taskId)
      .where("seq", ">", page.after ?? 0);
    const rows = await base
      .select(["seq", "type", "payload", "created_at"])
      .orderBy("seq")
      .limit(limit)
      .offset(offset)
      .execute();
    const { total } = await base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
    return {
      data: rows.map((r) => ({
        id: r.seq,
        task_id: taskId,
        type: r.type as TaskEventList["data"][number]["type"],
        created_at: iso(r.created_at) as string,
        data: r.payload,
      })),
      pagination: { limit, offset, total: Number(total), has_more: offset + rows.length < Number(total) },
    };
  });
}

const TEST_PATH = /(^|\/)(tests?|__tests__)\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.py$/;

/** The files and unified diff of the task's commit against its base; empty before the task committed. */
export async function getTaskArtifacts(
  db: Database,
  tenantId: string,
  taskId: string,
  options: { workspacesDir: string },
): Promise<TaskArtifacts> {
  const row = await withTenant(db, tenantId, (trx) =>
    trx
      .selectFrom("tasks")
      .select(["project_id", "branch", "commit", "base_commit"])
      .where("id", "=", taskId)
      .executeTakeFirst(),
  );
  if (!row) throw notFound("Task", taskId);
  if (!row.commit || !row.base_commit)
    return { task_id: taskId, branch: row.branch, commit: row.commit, files: [], diff: "" };
  const workspace = workspacePath({ workspacesDir: options.workspacesDir, tenantId, projectId: row.project_id });
  const { files, diff } = await branchDiff(workspace, row.base_commit, row.commit);
  return {
    task_id: taskId,
    branch: row.branch,
    commit: row.commit,
    files: files.map((f) => ({
      ...f,
      kind: TEST_PATH.test(f.path) ? "test" : /\.(py|[cm]?[jt]sx?)$/.test(f.path) ? "code" : "other",
    })),
    diff,
  };
}
