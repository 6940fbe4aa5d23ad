import type { Readable, Writable } from "node:stream";

/** The process's streams, injected so commands run the same against a terminal, a pipe or a test. */
export interface IOStreams {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
}

export function processStreams(): IOStreams {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

export function isInteractive(io: IOStreams): boolean {
  return io.stdin.isTTY === true && io.stdout.isTTY === true;
}

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

export function writeLine(stream: Writable, text = ""): void {
  stream.write(`${text}\n`);
}
