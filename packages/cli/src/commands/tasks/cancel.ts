import type { Factory } from "../../factory.js";
import { taskFields } from "./columns.js";

export async function run(options: { taskId: string }, deps: Factory): Promise<void> {
  const client = await deps.client();
  try {
    const task = await client.tasks.cancel(options.taskId);
    deps.printer.object(task, taskFields);
  } catch (error) {
    throw deps.fail(error);
  }
}
