import { PassThrough, Readable } from "node:stream";
import type { IOStreams } from "../../src/io.js";

export interface FakeIO extends IOStreams {
  stdoutText(): string;
  stderrText(): string;
}

class Capture extends PassThrough {
  isTTY?: boolean;
  columns?: number;
  readonly chunks: Buffer[] = [];
  constructor(tty: boolean) {
    super();
    this.isTTY = tty || undefined;
    if (tty) this.columns = 100;
    this.on("data", (chunk: Buffer) => this.chunks.push(chunk));
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/** Streams for one command run: stdin from a string, stdout/stderr captured; TTY-ness chosen per test. */
export function fakeIO(options: { stdin?: string; stdinTTY?: boolean; stdoutTTY?: boolean } = {}): FakeIO {
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as Readable & {
    isTTY?: boolean;
  };
  if (options.stdinTTY) stdin.isTTY = true;
  const stdout = new Capture(options.stdoutTTY === true);
  const stderr = new Capture(false);
  return {
    stdin,
    stdout,
    stderr,
    stdoutText: () => stdout.text(),
    stderrText: () => stderr.text(),
  };
}
