import type { CommandModule } from "../context.js";

export const codeCommands: CommandModule[] = [
  {
    key: "code generate",
    register: (noun, ctx) =>
      noun
        .description("Generate code directly")
        .command("generate")
        .description("Generate a component from a specification")
        .option("--project <id>", "Project id (default: the profile's `project` setting)")
        .requiredOption("--component-type <type>", "What to generate, e.g. api_endpoint")
        .option("--spec <json>", "Specification as a JSON object")
        .option("--spec-file <file>", "Read the specification from a JSON file ('-' for stdin)")
        .option("--out <file>", "Write the generated code to a file instead of stdout")
        .action(async (opts, command) => {
          const { run } = await import("./generate.js");
          await run(opts, ctx.deps(command));
        }),
  },
];
