import { Command, CommanderError } from "commander";
import type { SdkModule } from "./api-client.js";
import type { OperationEntry } from "./command-table.js";
import type { CommandContext } from "./commands/context.js";
import { ensureCommand } from "./commands/context.js";
import { handwrittenCommands } from "./commands/index.js";
import { NOUN_DESCRIPTIONS } from "./commands/nouns.js";
import type { CliEnvironment, Keychain } from "./config/index.js";
import { toCliError } from "./error-report.js";
import { ExitCode } from "./exit-codes.js";
import { Factory, type GlobalOptions } from "./factory.js";
import type { IOStreams } from "./io.js";
import { registerOperations } from "./operations/register.js";

export interface ProgramOptions {
  io: IOStreams;
  env: CliEnvironment;
  version: string;
  operations: readonly OperationEntry[];
  loadSdk?: () => Promise<SdkModule>;
  keychain?: Keychain | null;
}

export interface Program {
  command: Command;
  /** The factory of the command that ran, if one did (for error context). */
  lastFactory(): Factory | undefined;
}

export function buildProgram(options: ProgramOptions): Program {
  const { io, env } = options;
  let last: Factory | undefined;
  const ctx: CommandContext = {
    deps(command) {
      const globals = command.optsWithGlobals() as GlobalOptions;
      last = new Factory({
        io,
        env,
        globals: { profile: globals.profile, json: globals.json, quiet: globals.quiet, baseUrl: globals.baseUrl },
        loadSdk: options.loadSdk,
        keychain: options.keychain,
      });
      return last;
    },
  };

  const program = new Command("leanvibe")
    .description("Work with the LeanVibe Enterprise API from the command line")
    .version(options.version, "-V, --version", "Print the version")
    .option("--profile <name>", "Use a saved profile (default: LEANVIBE_PROFILE or the current profile)")
    .option("--json", "Print JSON (lists as { data, pagination })")
    .option("-q, --quiet", "Print ids only, or nothing")
    .option("--base-url <url>", "Server to talk to (default: LEANVIBE_BASE_URL or the profile's base_url)")
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .addHelpText(
      "after",
      "\nEnvironment: LEANVIBE_PROFILE, LEANVIBE_API_KEY, LEANVIBE_BASE_URL, LEANVIBE_CONFIG_DIR.\nExit codes: 0 ok, 1 error, 2 usage, 3 cancelled, 4 auth, 5 not found, 6 quota, 7 task failed, 8 network.",
    );

  const handwritten = new Set<string>();
  for (const module of handwrittenCommands) {
    const parts = module.key.split(" ");
    const nounPath = parts.slice(0, -1);
    const parent = nounPath.length === 0 ? program : ensureCommand(program, nounPath);
    module.register(parent, ctx);
    handwritten.add(module.key);
    for (const key of module.replaces ?? []) handwritten.add(key);
  }
  registerOperations(program, options.operations, handwritten, ctx);
  for (const command of program.commands) {
    const description = NOUN_DESCRIPTIONS[command.name()];
    // Hand-written leaf commands (health) keep their own description.
    if (description && command.commands.length > 0 && command.name() !== "health") command.description(description);
  }

  // Every subcommand inherits the error handling and output streams of the root.
  const inherit = (command: Command) => {
    for (const child of command.commands) {
      child.exitOverride().configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
      });
      child.showSuggestionAfterError();
      inherit(child);
    }
  };
  inherit(program);
  return { command: program, lastFactory: () => last };
}

/** Runs the CLI and resolves with the process exit code; never throws. */
export async function main(argv: readonly string[], options: ProgramOptions): Promise<number> {
  const program = buildProgram(options);
  try {
    await program.command.parseAsync(argv, { from: "user" });
    return ExitCode.ok;
  } catch (thrown) {
    if (thrown instanceof CommanderError) {
      // Help and version are printed by commander and exit 0; everything else is a usage error it already printed.
      if (thrown.exitCode === 0) return ExitCode.ok;
      // A bare noun ("leanvibe tasks") prints its help to stderr and is a usage error.
      return ExitCode.usage;
    }
    const factory = program.lastFactory();
    const error = factory ? factory.fail(thrown) : toCliError(thrown);
    options.io.stderr.write(`${error.message}\n`);
    for (const hint of error.hints) options.io.stderr.write(`${hint}\n`);
    factory?.ci.error(error.message);
    return error.exitCode;
  }
}
