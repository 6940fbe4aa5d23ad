import { readFile } from "node:fs/promises";
import type { HttpMethod } from "../../api-client.js";
import { UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";
import { readJsonInput } from "../../input.js";

export interface ApiOptions {
  method: string;
  path: string;
  rawFields: readonly string[];
  fields: readonly string[];
  headers: readonly string[];
  input?: string;
}

const METHODS = new Set(["get", "post", "put", "patch", "delete"]);

function splitPair(text: string, flag: string): [string, string] {
  const at = text.indexOf("=");
  if (at <= 0) throw new UsageError(`${flag} expects key=value, got "${text}"`);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** `-F` values: literals become JSON types, `@file` reads a file, anything else stays a string. */
async function typedValue(raw: string): Promise<unknown> {
  if (raw.startsWith("@")) return (await readFile(raw.slice(1), "utf8")).replace(/\n$/, "");
  if (raw === "true") return true;
  if (raw === "false") return false;
  if (raw === "null") return null;
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (/^[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}

/** Sets `a[b]` style keys as nested objects, like `gh api -F 'quality_gates[require_tests]=true'`. */
function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(/\[|\]\[|\]/).filter(Boolean);
  let current = target;
  parts.slice(0, -1).forEach((part) => {
    if (current[part] === null || typeof current[part] !== "object") current[part] = {};
    current = current[part] as Record<string, unknown>;
  });
  current[parts[parts.length - 1]!] = value;
}

export async function run(options: ApiOptions, deps: Factory): Promise<void> {
  const method = options.method.toLowerCase();
  if (!METHODS.has(method))
    throw new UsageError(`unknown method "${options.method}"; use GET, POST, PUT, PATCH or DELETE`);
  const path = options.path.startsWith("/") ? options.path : `/v1/${options.path}`;

  const fields: Record<string, unknown> = {};
  for (const text of options.rawFields) {
    const [key, value] = splitPair(text, "-f");
    assign(fields, key, value);
  }
  for (const text of options.fields) {
    const [key, value] = splitPair(text, "-F");
    assign(fields, key, await typedValue(value));
  }
  const headers: Record<string, string> = {};
  for (const text of options.headers) {
    const at = text.indexOf(":");
    if (at <= 0) throw new UsageError(`-H expects "Name: value", got "${text}"`);
    headers[text.slice(0, at).trim()] = text.slice(at + 1).trim();
  }

  let body: unknown;
  const query: Record<string, unknown> = {};
  if (options.input !== undefined) {
    body = await readJsonInput(options.input, deps.io);
    // With a body from --input, fields become query parameters, as with `gh api --input`.
    Object.assign(query, fields);
  } else if (method === "get" || method === "delete") {
    Object.assign(query, fields);
  } else if (Object.keys(fields).length > 0) {
    body = fields;
  }

  const client = await deps.client({ requireAuth: false });
  try {
    const data = await client.request(method as HttpMethod, path, {
      params: { query },
      ...(body !== undefined ? { body } : {}),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    });
    if (data !== undefined && data !== null && data !== "") deps.printer.json(data);
  } catch (error) {
    // Like `gh api`: the error body still goes to stdout for scripts to inspect; the exit code says what failed.
    const body = (error as { body?: unknown; error?: unknown }).body ?? (error as { error?: unknown }).error;
    if (body !== undefined && typeof body === "object") deps.printer.json(body);
    throw deps.fail(error);
  }
}
