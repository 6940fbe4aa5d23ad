import type { Command } from "commander";
import type { Factory } from "../factory.js";

/** What command wiring receives: a way to get the dependencies for the command being run. */
export interface CommandContext {
  deps(command: Command): Factory;
}

/** Wires one hand-written command (flags, arguments, help) under its noun. */
export interface CommandModule {
  /** "noun verb" — replaces the generated command with the same key. */
  key: string;
  /** Generated commands this one makes redundant ("auth login" for `login`); they are not registered. */
  replaces?: readonly string[];
  register(noun: Command, ctx: CommandContext): Command;
}

/** Finds or creates the command at `path` ("billing invoices" → billing → invoices). */
export function ensureCommand(root: Command, path: readonly string[], description?: string): Command {
  let current = root;
  for (const name of path) {
    const existing = current.commands.find((command) => command.name() === name);
    current = existing ?? current.command(name).description(description ?? `Manage ${name}`);
  }
  return current;
}

/** Collects a repeatable flag's values (`-f a=1 -f b=2`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
