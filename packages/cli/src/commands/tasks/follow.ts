import { type ApiClient, type Task, type TaskUpdate, updatePercent } from "../../api-client.js";
import { taskSummaryMarkdown } from "../../ci.js";
import { CliError, ExitCode } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";

/** `[ 65%] Writing unit tests` — the line printed per update when there is no terminal to draw on. */
export function progressLine(update: TaskUpdate): string {
  const percent = updatePercent(update);
  const label = percent === undefined ? "[    ]" : `[${String(Math.round(percent)).padStart(3)}%]`;
  const text =
    update.type === "completion"
      ? "Completed"
      : update.type === "error"
        ? `Failed: ${errorText(update)}`
        : (update.current_step ?? update.message ?? update.type);
  return `${label} ${text}`;
}

function errorText(update: TaskUpdate): string {
  const error = update.error as { message?: string } | string | undefined;
  if (typeof error === "string") return error;
  return error?.message ?? update.message ?? "task failed";
}

/** Where live updates go: an Ink view on a terminal, lines or JSON lines otherwise. */
async function consume(updates: AsyncIterable<TaskUpdate>, deps: Factory): Promise<TaskUpdate | undefined> {
  // CI logs keep every line, so redrawing a progress bar there would only leave a mess of escape codes.
  const useView = deps.io.stdout.isTTY === true && !deps.env.ci && !deps.globals.json && !deps.globals.quiet;
  if (useView) {
    const { watchTaskView } = await import("../../views/task-progress.js");
    return watchTaskView(updates, deps.io);
  }
  let last: TaskUpdate | undefined;
  for await (const update of updates) {
    last = update;
    if (deps.globals.json) deps.io.stdout.write(`${JSON.stringify(update)}\n`);
    else if (!deps.globals.quiet) deps.io.stdout.write(`${progressLine(update)}\n`);
    if (update.type === "completion" || update.type === "error") break;
  }
  return last;
}

/**
 * Follows a task to its end and reports the outcome: exit 7 when it failed, CI outputs and summary either way.
 * Returns the final task.
 */
export async function followTask(client: ApiClient, taskId: string, deps: Factory): Promise<Task> {
  let last: TaskUpdate | undefined;
  try {
    last = await consume(client.tasks.updates(taskId), deps);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw deps.fail(error);
  }
  let task: Task;
  try {
    task = (await client.tasks.get(taskId)) as Task;
  } catch (error) {
    throw deps.fail(error);
  }
  deps.ci.setOutputs({ task_id: task.id, status: task.status, tracking_url: task.tracking_url });
  deps.ci.summary(taskSummaryMarkdown(task));
  const failed = last?.type === "error" || task.status === "failed";
  if (failed) {
    const reason =
      last?.type === "error" ? errorText(last) : String((task.error as { message?: string })?.message ?? "task failed");
    throw new CliError(`Task ${task.id} failed: ${reason}`, ExitCode.taskFailed);
  }
  if (task.status === "cancelled" || task.status === "canceled") {
    throw new CliError(`Task ${task.id} was cancelled.`, ExitCode.taskFailed);
  }
  return task;
}
