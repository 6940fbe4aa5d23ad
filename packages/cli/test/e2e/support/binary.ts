import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const packageRoot = fileURLToPath(new URL("../../..", import.meta.url));
export const bin = join(packageRoot, "dist", "bin.js");

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  try {
    const built = statSync(bin).mtimeMs;
    const inputs = Math.max(
      newestSource(join(packageRoot, "src")),
      statSync(join(packageRoot, "tsup.config.ts")).mtimeMs,
      statSync(join(packageRoot, "package.json")).mtimeMs,
    );
    return inputs > built;
  } catch {
    return true;
  }
}

/**
 * Builds dist/ with tsup when it is missing or older than the sources. Test files run in parallel workers and
 * tsup cleans dist/ first, so builds are serialised through a lock directory.
 */
export async function ensureBuilt(): Promise<void> {
  const lock = join(packageRoot, ".build-lock");
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a build that died.
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    if (isStale()) execFileSync("npx", ["tsup", "--silent"], { cwd: packageRoot, stdio: "pipe" });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a child process. Asynchronous on purpose: the server under test lives in this process,
 * and a synchronous spawn would stop it from answering.
 */
export function runBin(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; input?: string; timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    // Nothing from the developer's own shell leaks in: no stored profile, no CI variables, no colours.
    for (const [name, value] of Object.entries(process.env)) {
      if (value !== undefined && !/^(LEANVIBE_|CI$|GITHUB_)/.test(name)) env[name] = value;
    }
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `leanvibe-cli-e2e-${prefix}-`));
}

/** Parses JSON-lines output, failing loudly on a line that is not JSON. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
