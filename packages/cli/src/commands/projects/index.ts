import { Option } from "commander";
import type { CommandModule } from "../context.js";

const LEVELS = ["manual", "assisted", "full_autonomous"];

export const projectCommands: CommandModule[] = [
  {
    key: "projects create",
    register: (noun, ctx) =>
      noun
        .description("Create, inspect and analyse projects")
        .command("create")
        .description("Create a project")
        .requiredOption("--name <name>", "Project name")
        .option("--description <text>", "What the project is")
        .option("--tech-stack <list>", "Technologies: Python,FastAPI or a JSON array")
        .option("--repository-url <url>", "Git repository")
        .addOption(new Option("--ai-assistance-level <level>", "How much the agent may do").choices(LEVELS))
        .action(async (opts, command) => {
          const { run } = await import("./create.js");
          await run(opts, ctx.deps(command));
        }),
  },
  {
    key: "projects get",
    register: (noun, ctx) =>
      noun
        .command("get")
        .description("Show a project")
        .argument("<project-id>")
        .action(async (projectId, _opts, command) => {
          const { run } = await import("./get.js");
          await run({ projectId }, ctx.deps(command));
        }),
  },
  {
    key: "projects list",
    register: (noun, ctx) =>
      noun
        .command("list")
        .description("List projects")
        .option("--limit <n>", "Page size")
        .option("--offset <n>", "Items to skip")
        .action(async (opts, command) => {
          const { run } = await import("./list.js");
          await run(opts, ctx.deps(command));
        }),
  },
  {
    key: "projects update",
    register: (noun, ctx) =>
      noun
        .command("update")
        .description("Change a project's settings and quality gates")
        .argument("<project-id>")
        .option("--name <name>", "Project name")
        .option("--description <text>", "Description")
        .addOption(new Option("--ai-assistance-level <level>", "How much the agent may do").choices(LEVELS))
        .option("--auto-deployment <bool>", "Deploy automatically (true/false)")
        .option("--require-tests <bool>", "Quality gate: tests required (true/false)")
        .option("--min-test-coverage <percent>", "Quality gate: coverage floor")
        .option("--security-scan <bool>", "Quality gate: run the security scan (true/false)")
        .action(async (projectId, opts, command) => {
          const { run } = await import("./update.js");
          await run({ projectId, ...opts }, ctx.deps(command));
        }),
  },
  {
    key: "projects analyze",
    register: (noun, ctx) =>
      noun
        .command("analyze")
        .description("Run static analysis on a project's code")
        .argument("<project-id>")
        .addOption(
          new Option("--type <type>", "Analysis type").choices(["quick", "comprehensive"]).default("comprehensive"),
        )
        .option("--metrics <list>", "Comma-separated: complexity,security,performance,maintainability")
        .action(async (projectId, opts, command) => {
          const { run } = await import("./analyze.js");
          await run({ projectId, ...opts }, ctx.deps(command));
        }),
  },
];
