/**
 * Exit codes are part of the CLI's contract with scripts and CI pipelines: they are listed here
 * once and documented in the README. Change them only with a major version.
 */
export const ExitCode = {
  ok: 0,
  error: 1,
  usage: 2,
  cancelled: 3,
  auth: 4,
  notFound: 5,
  quota: 6,
  taskFailed: 7,
  network: 8,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the CLI reports itself: its message is printed as-is and the process exits with its code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** Extra lines printed under the message (hints, upgrade options). */
  readonly hints: readonly string[];

  constructor(message: string, exitCode: ExitCode = ExitCode.error, hints: readonly string[] = []) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.hints = hints;
  }
}

export class UsageError extends CliError {
  constructor(message: string, hints: readonly string[] = []) {
    super(message, ExitCode.usage, hints);
    this.name = "UsageError";
  }
}

/** The user cancelled (Ctrl-C at a prompt, declined a confirmation). */
export class CancelledError extends CliError {
  constructor(message = "Cancelled.") {
    super(message, ExitCode.cancelled);
    this.name = "CancelledError";
  }
}
