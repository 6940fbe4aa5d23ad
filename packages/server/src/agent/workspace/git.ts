import { execFile } from "node:child_process";

export interface GitOptions {
  cwd: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** A git command that failed: its arguments and what git printed. */
export class GitError extends Error {
  override readonly name = "GitError";
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
    cause?: unknown,
  ) {
    super(`git ${args.join(" ")} failed: ${stderr.trim() || String(cause)}`, { cause });
  }
}

const IDENTITY = [
  "-c",
  "user.name=LeanVibe Agent",
  "-c",
  "user.email=agent@leanvibe.local",
  "-c",
  "commit.gpgsign=false",
];

/**
 * Runs git without a terminal: a clone of a private repository must fail at once instead of waiting
 * for a password nobody will type. The child inherits the server's environment (PATH, HOME) plus that.
 */
export function git(args: readonly string[], options: GitOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      [...IDENTITY, ...args],
      {
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 30_000,
        signal: options.signal,
        maxBuffer: 32 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_SSH_COMMAND: "ssh -o BatchMode=yes" },
      },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, String(stderr ?? ""), error));
        else resolve(String(stdout));
      },
    );
  });
}
