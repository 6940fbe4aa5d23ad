import type { Command } from "commander";
import type { CommandModule } from "../context.js";
import type { CompletionNode } from "./completion.js";

/** The command tree as completion scripts need it: names, descriptions and flags. */
export function completionTree(command: Command): CompletionNode {
  return {
    name: command.name(),
    description: command.description(),
    options: command.options.map((option) => option.long ?? option.short ?? "").filter(Boolean),
    children: command.commands.map(completionTree),
  };
}

function root(command: Command): Command {
  let current = command;
  while (current.parent) current = current.parent;
  return current;
}

export const completionCommands: CommandModule[] = [
  {
    key: "completion",
    register: (program, ctx) =>
      program
        .command("completion")
        .description("Print a shell completion script")
        .argument("<shell>", "bash, zsh or fish")
        .addHelpText(
          "after",
          '\nInstall:\n  bash: leanvibe completion bash > ~/.local/share/bash-completion/completions/leanvibe\n  zsh:  leanvibe completion zsh > "$fpath[1]/_leanvibe"\n  fish: leanvibe completion fish > ~/.config/fish/completions/leanvibe.fish',
        )
        .action(async (shell, _opts, command) => {
          const { run } = await import("./completion.js");
          await run({ shell, tree: completionTree(root(command)) }, ctx.deps(command));
        }),
  },
];
