import type { CommandModule } from "../context.js";

export const healthCommands: CommandModule[] = [
  {
    key: "health",
    replaces: ["health status"],
    register: (root, ctx) =>
      root
        .command("health")
        .description("Check the server's health (exit 1 when it is not healthy)")
        .action(async (_opts, command) => {
          const { run } = await import("./health.js");
          await run({}, ctx.deps(command));
        }),
  },
];
