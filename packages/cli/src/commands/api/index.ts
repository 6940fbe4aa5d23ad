import { type CommandModule, collect } from "../context.js";

export const apiCommands: CommandModule[] = [
  {
    key: "api",
    register: (program, ctx) =>
      program
        .command("api")
        .description("Make an authenticated request to any endpoint and print the JSON response")
        .argument("<method>", "GET, POST, PUT, PATCH or DELETE")
        .argument("<path>", "e.g. /v1/tenants/me/usage (a path without a leading slash gets /v1/)")
        .option("-f, --raw-field <key=value>", "Add a string field (query for GET, body otherwise)", collect)
        .option(
          "-F, --field <key=value>",
          "Add a typed field: true/false/null/numbers/JSON, @file reads a file",
          collect,
        )
        .option("-H, --header <name:value>", "Add a request header", collect)
        .option("--input <file>", "JSON request body from a file ('-' for stdin)")
        .action(async (method, path, opts, command) => {
          const { run } = await import("./api.js");
          await run(
            {
              method,
              path,
              rawFields: opts.rawField ?? [],
              fields: opts.field ?? [],
              headers: opts.header ?? [],
              input: opts.input,
            },
            ctx.deps(command),
          );
        }),
  },
];
