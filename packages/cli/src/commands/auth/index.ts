import type { CommandModule } from "../context.js";

export const authCommands: CommandModule[] = [
  {
    key: "login",
    replaces: ["auth login"],
    register: (root, ctx) =>
      root
        .command("login")
        .description("Log in with e-mail and password, or store an API key")
        .option("--email <email>", "Account e-mail")
        .option("--password <password>", "Account password (prefer --password-stdin)")
        .option("--password-stdin", "Read the password from the first line of stdin")
        .option(
          "--mfa-code <code>",
          "One-time code when the account has MFA ('-' reads it from stdin, after the password with --password-stdin)",
        )
        .option("--api-key <key>", "Store an API key instead of logging in")
        .option("--with-token", "Read an API key from stdin")
        .action(async (opts, command) => {
          const { run } = await import("./login.js");
          await run(opts, ctx.deps(command));
        }),
  },
  {
    key: "logout",
    replaces: ["auth logout"],
    register: (root, ctx) =>
      root
        .command("logout")
        .description("Revoke the session and forget the stored credentials of the profile")
        .action(async (_opts, command) => {
          const { run } = await import("./logout.js");
          await run({}, ctx.deps(command));
        }),
  },
  {
    key: "whoami",
    replaces: ["auth whoami"],
    register: (root, ctx) =>
      root
        .command("whoami")
        .description("Show the profile, server, account and tenant in use")
        .action(async (_opts, command) => {
          const { run } = await import("./whoami.js");
          await run({}, ctx.deps(command));
        }),
  },
];
