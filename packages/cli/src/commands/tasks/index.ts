import { Option } from "commander";
import type { CommandModule } from "../context.js";

const PRIORITIES = ["low", "medium", "high", "critical"];

export const taskCommands: CommandModule[] = [
  {
    key: "tasks create",
    register: (noun, ctx) =>
      noun
        .description("Submit and follow development tasks")
        .command("create")
        .description("Submit a development task to the agent")
        .option("--project <id>", "Project id (default: the profile's `project` setting)")
        .requiredOption("--title <title>", "What the task should achieve")
        .option("--description <text>", "Details for the agent")
        .option("--description-file <file>", "Read the description from a file ('-' for stdin)")
        .addOption(new Option("--priority <priority>", "Task priority").choices(PRIORITIES))
        .addOption(new Option("--complexity <level>", "Estimated complexity").choices(["low", "medium", "high"]))
        .option("--wait", "Follow the task until it finishes (exit 7 if it fails)")
        .action(async (opts, command) => {
          const { run } = await import("./create.js");
          await run(opts, ctx.deps(command));
        }),
  },
  {
    key: "tasks get",
    register: (noun, ctx) =>
      noun
        .command("get")
        .description("Show a task's status, progress and deliverables")
        .argument("<task-id>")
        .action(async (taskId, _opts, command) => {
          const { run } = await import("./get.js");
          await run({ taskId }, ctx.deps(command));
        }),
  },
  {
    key: "tasks list",
    register: (noun, ctx) =>
      noun
        .command("list")
        .description("List tasks")
        .option("--project <id>", "Only tasks of this project")
        .option("--status <status>", "Only tasks with this status")
        .option("--limit <n>", "Page size")
        .option("--offset <n>", "Items to skip")
        .action(async (opts, command) => {
          const { run } = await import("./list.js");
          await run(opts, ctx.deps(command));
        }),
  },
  {
    key: "tasks cancel",
    register: (noun, ctx) =>
      noun
        .command("cancel")
        .description("Cancel a queued or running task")
        .argument("<task-id>")
        .action(async (taskId, _opts, command) => {
          const { run } = await import("./cancel.js");
          await run({ taskId }, ctx.deps(command));
        }),
  },
  {
    key: "tasks watch",
    replaces: ["tasks updates"],
    register: (noun, ctx) =>
      noun
        .command("watch")
        .description("Follow a task's live progress until it finishes (exit 7 if it fails)")
        .argument("<task-id>")
        .action(async (taskId, _opts, command) => {
          const { run } = await import("./watch.js");
          await run({ taskId }, ctx.deps(command));
        }),
  },
];
