import type { APIPromise } from "../core/api-promise.js";
import { LeanVibeError, UserAbortError } from "../core/errors.js";
import type { PagePromise } from "../core/pagination.js";
import { streamTaskUpdates, type TaskUpdate, type TaskUpdatesOptions } from "../core/updates.js";
import type { components } from "../generated/schema.js";
import { type Body, endpoint, type Item, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";
import { resolveSocketFactory, toWebSocketURL } from "../internal/socket.js";
import { sleep } from "../internal/timers.js";

const operations = {
  create: endpoint("createTask", "post", "/v1/tasks"),
  list: endpoint("listTasks", "get", "/v1/tasks"),
  get: endpoint("getTask", "get", "/v1/tasks/{task_id}"),
  cancel: endpoint("cancelTask", "post", "/v1/tasks/{task_id}/cancel"),
  events: endpoint("listTaskEvents", "get", "/v1/tasks/{task_id}/events"),
  artifacts: endpoint("getTaskArtifacts", "get", "/v1/tasks/{task_id}/artifacts"),
  updates: endpoint("subscribeTaskUpdates", "get", "/v1/tasks/{task_id}/updates"),
} as const;

export type Task = components["schemas"]["Task"];
export type TaskUpdateMessage = components["schemas"]["TaskUpdateMessage"];

const FINISHED: ReadonlySet<string> = new Set(["completed", "failed", "cancelled"]);

export interface WaitForCompletionOptions {
  /** Called with each progress message (or, when polling, each changed progress). */
  onProgress?: (update: TaskUpdateMessage) => void;
  signal?: AbortSignal;
  /** Poll interval in ms when no WebSocket can be used (default 2000). */
  pollInterval?: number;
}

/** Development tasks run by the agent: `client.tasks`. */
export class TasksResource extends APIResource {
  static readonly operations = operations;

  create(body: Body<"/v1/tasks", "post">, options?: CallOptions): APIPromise<Result<"/v1/tasks", "post">> {
    return this.call(operations.create, { body }, options);
  }

  /** `for await (const task of client.tasks.list({ status: "completed" }))` walks every page. */
  list(query: Query<"/v1/tasks", "get"> = {}, options?: CallOptions): PagePromise<Item<"/v1/tasks", "get">> {
    return this.page(operations.list, { query }, options);
  }

  get(taskId: string, options?: CallOptions): APIPromise<Result<"/v1/tasks/{task_id}", "get">> {
    return this.call(operations.get, { path: { task_id: taskId } }, options);
  }

  cancel(taskId: string, options?: CallOptions): APIPromise<Result<"/v1/tasks/{task_id}/cancel", "post">> {
    return this.call(operations.cancel, { path: { task_id: taskId } }, options);
  }

  events(
    taskId: string,
    query: Query<"/v1/tasks/{task_id}/events", "get"> = {},
    options?: CallOptions,
  ): PagePromise<Item<"/v1/tasks/{task_id}/events", "get">> {
    return this.page(operations.events, { path: { task_id: taskId }, query }, options);
  }

  artifacts(taskId: string, options?: CallOptions): APIPromise<Result<"/v1/tasks/{task_id}/artifacts", "get">> {
    return this.call(operations.artifacts, { path: { task_id: taskId } }, options);
  }

  /**
   * Live updates over the WebSocket, resuming after dropped connections; ends after the
   * `completion` or `error` message.
   */
  updates(taskId: string, options: TaskUpdatesOptions = {}): AsyncGenerator<TaskUpdateMessage & TaskUpdate> {
    const client = this.client;
    return streamTaskUpdates(
      {
        url: toWebSocketURL(client.buildURL(operations.updates.path, { path: { task_id: taskId } })),
        token: () => client.bearerToken,
        socketFactory: () => resolveSocketFactory(client.WebSocket),
      },
      options,
    ) as AsyncGenerator<TaskUpdateMessage & TaskUpdate>;
  }

  /**
   * Resolves with the finished task (completed, failed or cancelled). Follows the live updates,
   * or polls `GET /v1/tasks/{id}` where no WebSocket can be opened.
   */
  async waitForCompletion(taskId: string, options: WaitForCompletionOptions = {}): Promise<Task> {
    const { signal, onProgress } = options;
    const current = (await this.get(taskId, { signal })) as Task;
    if (FINISHED.has(current.status)) return current;
    try {
      for await (const update of this.updates(taskId, { signal, maxReconnects: 2 })) {
        if (update.type === "progress") onProgress?.(update);
      }
      return (await this.get(taskId, { signal })) as Task;
    } catch (error) {
      // No WebSocket here, or the stream was lost: carry on by polling. An abort is the caller's wish.
      if (!(error instanceof LeanVibeError) || error instanceof UserAbortError) throw error;
    }
    return this.poll(taskId, current, options);
  }

  private async poll(taskId: string, first: Task, options: WaitForCompletionOptions): Promise<Task> {
    const { signal, onProgress, pollInterval = 2000 } = options;
    let lastPercentage = -1;
    let task = first;
    while (true) {
      if (FINISHED.has(task.status)) return task;
      if (task.progress_percentage !== lastPercentage) {
        lastPercentage = task.progress_percentage;
        onProgress?.({
          id: 0,
          type: "progress",
          task_id: task.id,
          timestamp: new Date().toISOString(),
          status: task.status,
          percentage: task.progress_percentage,
          current_step: task.current_step ?? undefined,
        } as TaskUpdateMessage);
      }
      await sleep(pollInterval, signal);
      task = (await this.get(taskId, { signal })) as Task;
    }
  }
}
