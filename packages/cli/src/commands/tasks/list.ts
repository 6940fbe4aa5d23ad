import { UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";
import { toListPage } from "../../output/printer.js";
import { taskColumns } from "./columns.js";

export interface ListOptions {
  project?: string;
  status?: string;
  limit?: string;
  offset?: string;
}

export function pageQuery(options: { limit?: string; offset?: string }): Record<string, number> {
  const query: Record<string, number> = {};
  for (const name of ["limit", "offset"] as const) {
    const raw = options[name];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${name} must be a whole number, got "${raw}"`);
    query[name] = value;
  }
  return query;
}

export async function run(options: ListOptions, deps: Factory): Promise<void> {
  const query: Record<string, unknown> = { ...pageQuery(options) };
  if (options.project) query.project_id = options.project;
  if (options.status) query.status = options.status;
  const client = await deps.client();
  try {
    const body = await client.request("get", "/v1/tasks", { params: { query } });
    deps.printer.list(toListPage(body), taskColumns);
  } catch (error) {
    throw deps.fail(error, { flagNames: { project_id: "--project" } });
  }
}
