import { type Column, field } from "../../output/table.js";

export const taskFields: Column[] = [
  field("ID", "id"),
  field("Title", "title"),
  field("Status", "status"),
  {
    header: "Progress",
    value: (task) => (task.progress_percentage === undefined ? undefined : `${task.progress_percentage}%`),
  },
  field("Current step", "current_step"),
  field("Project", "project_id"),
  field("Deliverables", "deliverables"),
  field("Created", "created_at"),
  field("Tracking", "tracking_url"),
];

export const taskColumns: Column[] = [
  field("ID", "id"),
  field("Status", "status"),
  {
    header: "Progress",
    value: (task) => (task.progress_percentage === undefined ? "" : `${task.progress_percentage}%`),
  },
  field("Title", "title"),
];

/** Statuses after which a task changes no more. */
export const FINAL_STATUSES = new Set(["completed", "failed", "cancelled", "canceled"]);
