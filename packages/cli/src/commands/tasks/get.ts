import type { Factory } from "../../factory.js";
import { taskFields } from "./columns.js";

export async function run(options: { taskId: string }, deps: Factory): Promise<void> {
  const client = await deps.client();
  try {
    deps.printer.object(await client.tasks.get(options.taskId), taskFields);
  } catch (error) {
    throw deps.fail(error);
  }
}
