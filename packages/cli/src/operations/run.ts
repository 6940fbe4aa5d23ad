import type { OperationEntry } from "../command-table.js";
import { UsageError } from "../exit-codes.js";
import type { Factory } from "../factory.js";
import { readJsonInput, toBytes, writeBinaryOutput } from "../input.js";
import { toListPage } from "../output/printer.js";
import { convertFlagValue, flagNames, flagSpecs } from "./flags.js";

export interface OperationOptions {
  /** Values of the path parameters, in the entry's `positionals` order. */
  positionals: readonly string[];
  /** Parsed flag values keyed by flag name without dashes ("project-id"); absent flags are missing or undefined. */
  flags: Readonly<Record<string, unknown>>;
  /** `--input FILE`: the JSON body; flags given as well override its fields. */
  input?: string;
  /** `--out FILE` for binary responses. */
  out?: string;
}

/** Builds the request an operation's flags describe, sends it through the SDK and prints the answer. */
export async function runOperation(entry: OperationEntry, options: OperationOptions, deps: Factory): Promise<void> {
  const specs = flagSpecs(entry);
  const path: Record<string, string> = {};
  entry.positionals.forEach((name, index) => {
    const value = options.positionals[index];
    if (value === undefined) throw new UsageError(`missing argument <${name}>`);
    path[name] = value;
  });

  const query: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  let body: Record<string, unknown> | undefined;
  if (entry.body && options.input) {
    const parsed = await readJsonInput(options.input, deps.io);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new UsageError("--input must hold a JSON object");
    }
    body = { ...(parsed as Record<string, unknown>) };
  }

  for (const spec of specs) {
    const raw = options.flags[spec.flag];
    if (raw === undefined) continue;
    const value = convertFlagValue(spec, raw);
    if (spec.source === "query") query[spec.field.name] = value;
    else if (spec.source === "header") headers[spec.field.name] = String(value);
    else {
      body ??= {};
      body[spec.field.name] = value;
    }
  }

  const missing = specs.filter((spec) => {
    if (!spec.field.required) return false;
    if (spec.source === "query") return query[spec.field.name] === undefined;
    if (spec.source === "header") return headers[spec.field.name] === undefined;
    return body?.[spec.field.name] === undefined;
  });
  if (missing.length > 0) {
    const names = missing.map((spec) => `--${spec.flag}`).join(", ");
    throw new UsageError(
      `missing required ${missing.length === 1 ? "flag" : "flags"}: ${names}`,
      entry.body ? ["Or pass the whole body with --input FILE."] : [],
    );
  }
  if (entry.body?.required && body === undefined) body = {};
  if (entry.response === "websocket") {
    throw new UsageError(`${entry.noun} ${entry.verb} streams live updates; use \`leanvibe tasks watch\` instead.`);
  }

  const client = await deps.client({ requireAuth: entry.roles.length > 0 || entry.tag !== "health" });
  const requestOptions = {
    params: { path, query },
    ...(body !== undefined ? { body } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };

  try {
    if (entry.response === "binary") {
      const data = await client.request(entry.method, entry.path, { ...requestOptions, parseAs: "arrayBuffer" });
      const written = await writeBinaryOutput(await toBytes(data), options.out, deps.io, `${entry.verb}.bin`);
      if (written) deps.printer.status(`Saved ${written}`);
      return;
    }
    const data = await client.request(entry.method, entry.path, requestOptions);
    if (entry.response === "empty" || data === undefined || data === null || data === "") {
      deps.printer.status("Done.");
      return;
    }
    if (Array.isArray(data) || entry.verb === "list" || Array.isArray((data as Record<string, unknown>).data)) {
      deps.printer.list(toListPage(data));
    } else {
      deps.printer.object(data);
    }
  } catch (error) {
    throw deps.fail(error, { flagNames: flagNames(specs) });
  }
}
