import { UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";

export interface CompletionNode {
  name: string;
  description: string;
  options: readonly string[];
  children: readonly CompletionNode[];
}

/** Every command path ("", "tasks", "billing invoices") with the words that may follow it. */
function paths(node: CompletionNode, prefix: string[] = []): { path: string; words: string[] }[] {
  const words = [...node.children.map((child) => child.name), ...node.options, "--help"];
  const own = { path: prefix.join(" "), words };
  return [own, ...node.children.flatMap((child) => paths(child, [...prefix, child.name]))];
}

const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

function bash(tree: CompletionNode): string {
  const cases = paths(tree)
    .map(({ path, words }) => `    ${quote(path)}) words=${quote(words.join(" "))} ;;`)
    .join("\n");
  const commands = paths(tree)
    .map(({ path }) => path)
    .filter(Boolean);
  return `# bash completion for leanvibe
_leanvibe() {
  local cur cmdpath="" candidate word words i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    candidate="\${cmdpath:+$cmdpath }$word"
    case " ${commands.map((c) => c.replace(/ /g, "_")).join(" ")} " in
      *" \${candidate// /_} "*) cmdpath="$candidate" ;;
    esac
  done
  case "$cmdpath" in
${cases}
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _leanvibe leanvibe
`;
}

function zsh(tree: CompletionNode): string {
  const cases = paths(tree)
    .map(({ path, words }) => `    ${quote(path)}) candidates=(${words.map(quote).join(" ")}) ;;`)
    .join("\n");
  const commands = paths(tree)
    .map(({ path }) => quote(path))
    .filter((path) => path !== "''");
  return `#compdef leanvibe
_leanvibe() {
  local cmdpath="" candidate word
  local -a candidates known
  known=(${commands.join(" ")})
  for word in "\${(@)words[2,CURRENT-1]}"; do
    [[ "$word" == -* ]] && continue
    candidate="\${cmdpath:+$cmdpath }$word"
    (( \${known[(Ie)$candidate]} )) && cmdpath="$candidate"
  done
  case "$cmdpath" in
${cases}
    *) candidates=() ;;
  esac
  compadd -- "\${candidates[@]}"
}
compdef _leanvibe leanvibe
`;
}

function fish(tree: CompletionNode): string {
  const lines = ["# fish completion for leanvibe", "complete -c leanvibe -f"];
  const walk = (node: CompletionNode, prefix: string[]) => {
    const condition =
      prefix.length === 0 ? "__fish_use_subcommand" : `__fish_seen_subcommand_from ${prefix[prefix.length - 1]}`;
    for (const child of node.children) {
      lines.push(`complete -c leanvibe -n ${quote(condition)} -a ${quote(child.name)} -d ${quote(child.description)}`);
    }
    for (const option of node.options) {
      if (option.startsWith("--"))
        lines.push(`complete -c leanvibe -n ${quote(condition)} -l ${quote(option.slice(2))}`);
    }
    for (const child of node.children) walk(child, [...prefix, child.name]);
  };
  walk(tree, []);
  return `${lines.join("\n")}\n`;
}

export async function run(options: { shell: string; tree: CompletionNode }, deps: Factory): Promise<void> {
  const generators: Record<string, (tree: CompletionNode) => string> = { bash, zsh, fish };
  const generate = generators[options.shell];
  if (!generate) throw new UsageError(`unknown shell "${options.shell}"; use bash, zsh or fish`);
  deps.io.stdout.write(generate(options.tree));
}
