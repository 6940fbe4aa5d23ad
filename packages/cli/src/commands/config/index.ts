import type { CommandModule } from "../context.js";

const KEYS_HELP = "\nKeys: base_url, project, timeout (per profile); profile (the current profile).";

export const configCommands: CommandModule[] = [
  {
    key: "config get",
    register: (noun, ctx) =>
      noun
        .description("Read and change settings and profiles")
        .command("get")
        .description("Print a setting of the profile")
        .argument("<key>")
        .addHelpText("after", KEYS_HELP)
        .action(async (key, _opts, command) => {
          const { run } = await import("./get.js");
          await run({ key }, ctx.deps(command));
        }),
  },
  {
    key: "config set",
    register: (noun, ctx) =>
      noun
        .command("set")
        .description("Change a setting of the profile")
        .argument("<key>")
        .argument("<value>")
        .addHelpText("after", KEYS_HELP)
        .action(async (key, value, _opts, command) => {
          const { run } = await import("./set.js");
          await run({ key, value }, ctx.deps(command));
        }),
  },
  {
    key: "config list",
    register: (noun, ctx) =>
      noun
        .command("list")
        .description("List the settings of the profile")
        .option("--all", "List every profile")
        .action(async (opts, command) => {
          const { run } = await import("./list.js");
          await run({ all: opts.all === true }, ctx.deps(command));
        }),
  },
];
