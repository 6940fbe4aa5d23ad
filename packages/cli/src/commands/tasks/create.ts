import type { Task } from "../../api-client.js";
import { taskSummaryMarkdown } from "../../ci.js";
import { UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";
import { readTextInput } from "../../input.js";
import { taskFields } from "./columns.js";
import { followTask } from "./follow.js";

export interface CreateOptions {
  project?: string;
  title: string;
  description?: string;
  descriptionFile?: string;
  priority?: string;
  complexity?: string;
  wait?: boolean;
}

export const CREATE_FLAGS = {
  project_id: "--project",
  title: "--title",
  description: "--description",
  priority: "--priority",
  estimated_complexity: "--complexity",
} as const;

export async function run(options: CreateOptions, deps: Factory): Promise<void> {
  if (options.description !== undefined && options.descriptionFile !== undefined) {
    throw new UsageError("use --description or --description-file, not both");
  }
  const project = options.project ?? (await deps.settings()).get(await deps.profile(), "project");
  if (!project) {
    throw new UsageError("--project is required (or set a default with `leanvibe config set project <id>`)");
  }
  const description =
    options.descriptionFile !== undefined
      ? await readTextInput(options.descriptionFile, deps.io, "--description-file")
      : options.description;
  const body: Record<string, unknown> = { project_id: project, title: options.title };
  if (description !== undefined) body.description = description;
  if (options.priority) body.priority = options.priority;
  if (options.complexity) body.estimated_complexity = options.complexity;

  const client = await deps.client();
  let task: Task;
  try {
    task = (await client.tasks.create(body)) as Task;
  } catch (error) {
    throw deps.fail(error, { flagNames: CREATE_FLAGS });
  }
  deps.ci.setOutputs({ task_id: task.id, status: task.status, tracking_url: task.tracking_url });

  if (!options.wait) {
    deps.ci.summary(taskSummaryMarkdown(task));
    deps.printer.object(task, taskFields);
    return;
  }
  deps.printer.status(`Created task ${task.id}; following its progress…`);
  const final = await followTask(client, task.id, deps);
  if (deps.globals.quiet) deps.io.stdout.write(`${final.id}\n`);
  else if (!deps.globals.json) deps.printer.object(final, taskFields);
}
