import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import { operations } from "../src/generated/operations.js";
import { runCli, tempConfigDir } from "./support/harness.js";

async function script(shell: string): Promise<string> {
  const result = await runCli(["completion", shell], { env: { LEANVIBE_CONFIG_DIR: tempConfigDir() }, operations });
  expect(result.code).toBe(0);
  return result.stdout;
}

/** Sources the bash script and asks it to complete `words`, the way bash does on Tab. */
function bashComplete(source: string, words: string[]): string[] {
  const file = join(tempConfigDir(), "leanvibe.bash");
  writeFileSync(file, source);
  const quoted = words.map((word) => `'${word}'`).join(" ");
  const output = execFileSync("bash", [
    "-c",
    `source ${file}; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _leanvibe; printf '%s\\n' "\${COMPREPLY[@]}"`,
  ]).toString();
  return output.split("\n").filter(Boolean);
}

describe("completion", () => {
  it("the bash script completes nouns, verbs and flags", async () => {
    const source = await script("bash");
    execFileSync("bash", ["-n", "-c", source]);
    expect(bashComplete(source, ["leanvibe", "t"])).toEqual(["tasks", "tenants"]);
    expect(bashComplete(source, ["leanvibe", "--profile", "prod", "pro"])).toEqual(["projects"]);
    expect(bashComplete(source, ["leanvibe", "tasks", "c"])).toEqual(["create", "cancel"]);
    expect(bashComplete(source, ["leanvibe", "tasks", "create", "--pr"])).toEqual(["--project", "--priority"]);
    expect(bashComplete(source, ["leanvibe", "billing", "invoices", "d"])).toEqual(["download"]);
  });

  it("the zsh and fish scripts name every top-level command", async () => {
    const zsh = await script("zsh");
    expect(zsh.startsWith("#compdef leanvibe")).toBe(true);
    expect(zsh).toContain("'tasks create'");
    const fish = await script("fish");
    expect(fish).toContain(
      "complete -c leanvibe -n '__fish_use_subcommand' -a 'tasks' -d 'Submit and follow development tasks'",
    );
    expect(fish).toContain("-n '__fish_seen_subcommand_from tasks' -a 'watch'");
  });

  it("an unknown shell is a usage error", async () => {
    const result = await runCli(["completion", "powershell"], { env: { LEANVIBE_CONFIG_DIR: tempConfigDir() } });
    expect(result.code).toBe(ExitCode.usage);
  });
});
