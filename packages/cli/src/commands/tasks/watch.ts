import type { Factory } from "../../factory.js";
import { followTask } from "./follow.js";

export async function run(options: { taskId: string }, deps: Factory): Promise<void> {
  const client = await deps.client();
  const task = await followTask(client, options.taskId, deps);
  // The updates already told the story; --quiet still gets the id so scripts can chain.
  if (deps.globals.quiet) deps.io.stdout.write(`${task.id}\n`);
}
