import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const bin = join(import.meta.dirname, "../../src/bin.ts");

/**
 * `leanvibe-server start --port 0 …` in its own process, from the sources; resolves with the URL it logs once
 * it listens. The caller kills it.
 */
export function startServerProcess(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", bin, "start", "--port", "0", ...args], {
      env: { ...process.env, LOG_LEVEL: "info", NODE_ENV: "test", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}`)), 120_000);
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/[0-9.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on("data", (chunk) => {
      out += chunk;
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited ${code}: ${out}`));
    });
  });
}

/** Resolves when the process has exited (or already had), with its exit code; null when a signal ended it. */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((r) => child.once("exit", (code) => r(code)));
}
