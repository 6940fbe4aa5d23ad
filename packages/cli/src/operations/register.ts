import { type Command, Option } from "commander";
import { commandKey, type OperationEntry } from "../command-table.js";
import { type CommandContext, ensureCommand } from "../commands/context.js";
import { flagSpecs } from "./flags.js";

function optionFor(
  flag: string,
  field: { type: string; enum?: readonly string[]; description?: string; required: boolean },
) {
  const description = `${field.description ?? ""}${field.required ? " (required)" : ""}`.trim();
  if (field.type === "boolean") {
    return new Option(`--${flag} [bool]`, description || "true or false");
  }
  const placeholder = field.type === "object" ? "json" : field.type === "array" ? "values" : field.type;
  const option = new Option(`--${flag} <${placeholder}>`, description);
  if (field.enum && field.enum.length > 0) option.choices(field.enum);
  if (field.type === "array")
    option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  return option;
}

/** Adds one command to the program for an operation of the command table. */
export function registerOperation(root: Command, entry: OperationEntry, ctx: CommandContext): Command {
  const noun = ensureCommand(
    root,
    entry.noun.split(/\s+/),
    `${entry.tag[0]?.toUpperCase() ?? ""}${entry.tag.slice(1)} operations`,
  );
  // A hand-written command may already have made this name a group ("billing invoices download" under the
  // generated "billing invoices" list): the operation then becomes the group's own action.
  const existing = noun.commands.find((child) => child.name() === entry.verb);
  const command = existing ?? noun.command(entry.verb);
  command.description(entry.summary);
  for (const name of entry.positionals) command.argument(`<${name.replace(/_/g, "-")}>`);
  const specs = flagSpecs(entry);
  const attributes = new Map<string, string>();
  for (const spec of specs) {
    const option = optionFor(spec.flag, spec.field);
    attributes.set(spec.flag, option.attributeName());
    command.addOption(option);
  }
  if (entry.body)
    command.option("--input <file>", "JSON request body from a file ('-' for stdin); flags override its fields");
  if (entry.response === "binary") command.option("--out <file>", "Write the response to a file ('-' for stdout)");
  const notes = [entry.description, entry.roles.length > 0 ? `Requires role: ${entry.roles.join(", ")}` : undefined];
  const after = notes.filter(Boolean).join("\n\n");
  if (after) command.addHelpText("after", `\n${after}`);

  command.action(async (...args: unknown[]) => {
    const self = args[args.length - 1] as Command;
    const opts = self.opts();
    const flags: Record<string, unknown> = {};
    for (const [flag, attribute] of attributes) flags[flag] = opts[attribute];
    const { runOperation } = await import("./run.js");
    await runOperation(
      entry,
      { positionals: self.processedArgs as string[], flags, input: opts.input, out: opts.out },
      ctx.deps(self),
    );
  });
  return command;
}

/** Registers every operation that no hand-written command replaces. Returns the keys it registered. */
export function registerOperations(
  root: Command,
  entries: readonly OperationEntry[],
  handwritten: ReadonlySet<string>,
  ctx: CommandContext,
): string[] {
  const registered: string[] = [];
  for (const entry of entries) {
    const key = commandKey(entry.noun, entry.verb);
    if (handwritten.has(key) || registered.includes(key)) continue;
    registerOperation(root, entry, ctx);
    registered.push(key);
  }
  return registered;
}
