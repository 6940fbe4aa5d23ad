import pg from "pg";
import type { components } from "../../generated/schema.js";
import { type Database, withTenant } from "../../platform/db/index.js";
import {
  onTaskEvent,
  signalTaskEvent,
  TASK_EVENTS_CHANNEL,
  type TaskEventPayload,
  type TaskEventType,
} from "./events.js";

export type TaskUpdateMessage = components["schemas"]["TaskUpdateMessage"];

export interface TaskEventRow {
  task_id: string;
  seq: number;
  type: string;
  payload: Record<string, unknown>;
  created_at: Date | string;
}

/**
 * A task_events row as the updates socket sends it. "created" is reported as progress and
 * "cancelled" as an error with status cancelled, so a client needs to know only three types.
 */
export function toUpdateMessage(row: TaskEventRow): TaskUpdateMessage {
  const payload = row.payload as Partial<TaskEventPayload>;
  const type = row.type as TaskEventType;
  const message: TaskUpdateMessage = {
    id: row.seq,
    type: type === "completion" ? "completion" : type === "error" || type === "cancelled" ? "error" : "progress",
    task_id: row.task_id,
    timestamp: new Date(row.created_at).toISOString(),
  };
  if (payload.status) message.status = payload.status;
  if (typeof payload.percentage === "number") message.percentage = payload.percentage;
  if (payload.current_step) message.current_step = payload.current_step;
  if (payload.deliverables) message.deliverables = payload.deliverables;
  if (payload.error) message.error = payload.error;
  else if (type === "cancelled") message.error = "The task was cancelled";
  return message;
}

export interface TaskUpdatesOptions {
  db: Database;
  /** PostgreSQL URL: LISTEN on leanvibe_task_events there, so events written by other processes arrive too. */
  postgresUrl?: string;
  onError?: (error: unknown) => void;
}

/**
 * Live task updates. Every subscriber first gets the events it missed from the database, then new
 * ones as they are written: in this process through an in-process signal, from other processes
 * through LISTEN/NOTIFY. Each signal only says "look again", and each subscriber reads rows after
 * the last seq it delivered, so duplicates and gaps cannot happen whichever path a signal takes.
 */
export class TaskUpdates {
  private listener: pg.Client | undefined;

  constructor(private readonly options: TaskUpdatesOptions) {}

  /** Connects the LISTEN connection when a PostgreSQL URL was given; a no-op otherwise. */
  async start(): Promise<void> {
    if (!this.options.postgresUrl || this.listener) return;
    const client = new pg.Client({
      connectionString: this.options.postgresUrl,
      application_name: "leanvibe-task-updates",
    });
    client.on("notification", (note) => {
      const taskId = note.payload?.split(":")[1];
      if (taskId) signalTaskEvent(taskId);
    });
    client.on("error", (error) => this.options.onError?.(error));
    await client.connect();
    await client.query(`listen ${TASK_EVENTS_CHANNEL}`);
    this.listener = client;
  }

  /**
   * Delivers every event of the task with seq > fromSeq, in order, then each new one; resolves once
   * the missed events were delivered. Call the returned function to stop.
   */
  async subscribe(
    tenantId: string,
    taskId: string,
    fromSeq: number,
    listener: (message: TaskUpdateMessage) => void,
  ): Promise<() => void> {
    let last = fromSeq;
    let closed = false;
    let chain: Promise<void> = Promise.resolve();
    let queued = false;
    const pump = () => {
      if (queued || closed) return chain;
      queued = true;
      chain = chain.then(async () => {
        queued = false;
        if (closed) return;
        try {
          const rows = await withTenant(this.options.db, tenantId, (trx) =>
            trx
              .selectFrom("task_events")
              .select(["task_id", "seq", "type", "payload", "created_at"])
              .where("task_id", "=", taskId)
              .where("seq", ">", last)
              .orderBy("seq")
              .execute(),
          );
          for (const row of rows) {
            if (closed) return;
            last = row.seq;
            listener(toUpdateMessage(row));
          }
        } catch (error) {
          this.options.onError?.(error);
        }
      });
      return chain;
    };
    // Listen before the first read, so an event committed in between is not missed.
    const unsubscribe = onTaskEvent(taskId, () => void pump());
    await pump();
    return () => {
      closed = true;
      unsubscribe();
    };
  }

  async close(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }
}
