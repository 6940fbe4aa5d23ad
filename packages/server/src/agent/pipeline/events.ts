import { EventEmitter } from "node:events";
import { sql } from "kysely";
import type { components } from "../../generated/schema.js";
import type { Tx } from "../../platform/db/index.js";

export type TaskStatus = components["schemas"]["TaskStatus"];
export type TaskDeliverables = components["schemas"]["TaskDeliverables"];
export type TaskEventType = components["schemas"]["TaskEvent"]["type"];

/** NOTIFY channel telling other processes that a task has new task_events rows (payload: tenant:task). */
export const TASK_EVENTS_CHANNEL = "leanvibe_task_events";

export interface TaskEventPayload {
  status: TaskStatus;
  percentage: number;
  current_step: string | null;
  deliverables?: TaskDeliverables;
  error?: string;
  /** Human-readable detail of the step (which file, which template, which gate). */
  message?: string;
  estimated_completion?: string | null;
  [key: string]: unknown;
}

/**
 * Appends a task_events row with the task's next sequence number, inside the caller's tenant
 * transaction, and NOTIFYs other processes (delivered at commit). Call signalTaskEvent after commit
 * for subscribers in this process. Returns the sequence number.
 */
export async function appendTaskEvent(
  trx: Tx,
  tenantId: string,
  taskId: string,
  type: TaskEventType,
  payload: TaskEventPayload,
): Promise<number> {
  const { last_event_seq: seq } = await trx
    .updateTable("tasks")
    .set((eb) => ({ last_event_seq: eb("last_event_seq", "+", 1) }))
    .where("id", "=", taskId)
    .returning("last_event_seq")
    .executeTakeFirstOrThrow();
  await trx.insertInto("task_events").values({ tenant_id: tenantId, task_id: taskId, seq, type, payload }).execute();
  await sql`select pg_notify(${TASK_EVENTS_CHANNEL}, ${`${tenantId}:${taskId}`})`.execute(trx);
  return seq;
}

/** Writes a domain event (the outbox) in the caller's transaction. */
export async function appendDomainEvent(
  trx: Tx,
  tenantId: string,
  eventType: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await trx.insertInto("domain_events").values({ tenant_id: tenantId, event_type: eventType, payload }).execute();
}

const localEvents = new EventEmitter();
localEvents.setMaxListeners(0);

/** Tells subscribers in this process that the task has new events; call after the writing transaction commits. */
export function signalTaskEvent(taskId: string): void {
  localEvents.emit(taskId);
}

/** Listens for signalTaskEvent(taskId); returns the unsubscribe function. */
export function onTaskEvent(taskId: string, listener: () => void): () => void {
  localEvents.on(taskId, listener);
  return () => localEvents.off(taskId, listener);
}
