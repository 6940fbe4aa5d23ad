import { readFile, writeFile } from "node:fs/promises";
import { UsageError } from "./exit-codes.js";
import { type IOStreams, readAll } from "./io.js";

/** Reads a file, or stdin when the name is "-". */
export async function readTextInput(path: string, io: IOStreams, flag: string): Promise<string> {
  if (path === "-") return readAll(io.stdin);
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `${flag}: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** A JSON request body from `--input FILE` (or `-` for stdin). */
export async function readJsonInput(path: string, io: IOStreams, flag = "--input"): Promise<unknown> {
  const text = await readTextInput(path, io, flag);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag}: ${path === "-" ? "stdin" : path} is not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Writes downloaded bytes to `--out FILE`, or to stdout when it is piped. Raw bytes are not sent to a
 * terminal: they would garble it and help no one.
 */
export async function writeBinaryOutput(
  bytes: Uint8Array,
  out: string | undefined,
  io: IOStreams,
  suggestedName: string,
): Promise<string | undefined> {
  if (out && out !== "-") {
    await writeFile(out, bytes);
    return out;
  }
  if (io.stdout.isTTY && out !== "-") {
    throw new UsageError(
      `Refusing to write binary data to the terminal; use --out ${suggestedName} or pipe the output.`,
    );
  }
  await new Promise<void>((resolve, reject) => io.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
  return undefined;
}

export async function toBytes(data: unknown): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof Blob !== "undefined" && data instanceof Blob) return new Uint8Array(await data.arrayBuffer());
  if (typeof data === "string") return Buffer.from(data);
  throw new Error("the server's response was not binary data");
}
