import { spawn } from "node:child_process";
import { analyseDirectory, type SecurityFinding } from "../analysis/index.js";

export interface QualityGateSettings {
  require_tests?: boolean;
  min_test_coverage?: number;
  security_scan?: boolean;
}

export interface GateResult {
  passed: boolean;
  /** One line per gate, for the task's events. */
  notes: string[];
  failures: string[];
  coverage: number | null;
  findings: SecurityFinding[];
}

export interface CommandResult {
  exitCode: number | null;
  timedOut: boolean;
  output: string;
}

/** Runs the project's test command through the shell in dir; output is kept to the last 64 KB. */
export function runCommand(
  command: string,
  dir: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    let timedOut = false;
    const append = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-65_536);
    };
    child.stdout.on("data", append);
    child.stderr.on("data", append);
    // The command may start children of its own (npm → node): end the whole process group.
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    const onAbort = () => killGroup();
    signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve({ exitCode: code, timedOut, output });
    });
  });
}

const COVERAGE_PATTERNS = [
  /all files\s*\|\s*([\d.]+)/i, // istanbul / vitest / node --test text reporters: line coverage column
  /^TOTAL\s+\d+\s+\d+(?:\s+\d+\s+\d+)?\s+([\d.]+)%/m, // coverage.py
  /(?:line|statement)s?\s*(?:coverage)?\s*[:=]\s*([\d.]+)\s*%/i,
];

/** Line coverage printed by common coverage reporters, or null when the output shows none. */
export function parseCoverage(output: string): number | null {
  for (const pattern of COVERAGE_PATTERNS) {
    const match = pattern.exec(output);
    if (match) {
      const value = Number(match[1]);
      if (Number.isFinite(value) && value >= 0 && value <= 100) return value;
    }
  }
  return null;
}

/**
 * The quality gates: tests written (when required), the project's test command with its coverage,
 * and a security scan of the files the task wrote (failing on high or critical findings when the
 * project asks for the scan; reported either way).
 */
export async function runQualityGates(input: {
  dir: string;
  projectId: string;
  settings: QualityGateSettings;
  testCommand: string | null;
  testsWritten: number;
  writtenPaths: string[];
  timeoutMs: number;
  signal: AbortSignal;
}): Promise<GateResult> {
  const notes: string[] = [];
  const failures: string[] = [];
  const requireTests = input.settings.require_tests ?? true;
  if (requireTests && input.testsWritten === 0) failures.push("tests are required but none were written");
  else notes.push(`tests written: ${input.testsWritten}`);

  let coverage: number | null = null;
  if (input.testCommand) {
    const run = await runCommand(input.testCommand, input.dir, input.timeoutMs, input.signal);
    if (input.signal.aborted) throw input.signal.reason;
    const tail = run.output.trim().split("\n").slice(-8).join("\n");
    if (run.timedOut) failures.push(`test command timed out after ${input.timeoutMs} ms`);
    else if (run.exitCode !== 0) failures.push(`test command exited with ${run.exitCode}:\n${tail}`);
    else notes.push(`test command passed: ${input.testCommand}`);
    coverage = parseCoverage(run.output);
  } else {
    notes.push("no test_command configured: tests were not run");
  }
  const floor = input.settings.min_test_coverage ?? 0;
  if (coverage === null) notes.push("coverage: not measurable");
  else {
    notes.push(`coverage: ${coverage}%`);
    if (coverage < floor) failures.push(`coverage ${coverage}% is below the project's floor of ${floor}%`);
  }

  const report = await analyseDirectory(input.dir, {
    projectId: input.projectId,
    analysisType: "security",
    paths: input.writtenPaths,
  });
  const findings = report.security_findings;
  const serious = findings.filter((f) => f.severity === "high" || f.severity === "critical");
  notes.push(`security scan: ${findings.length} finding(s) in ${report.totals.files} file(s)`);
  if (input.settings.security_scan && serious.length > 0) {
    failures.push(
      `security scan found ${serious.length} high or critical issue(s): ${serious
        .slice(0, 3)
        .map((f) => `${f.rule} at ${f.path}:${f.line}`)
        .join(", ")}`,
    );
  }
  return { passed: failures.length === 0, notes, failures, coverage, findings };
}
