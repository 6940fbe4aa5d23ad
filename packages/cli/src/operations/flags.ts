import type { OperationBodyField, OperationEntry, OperationParam } from "../command-table.js";
import { UsageError } from "../exit-codes.js";

/** Flags the program itself owns; an API field with one of these names gets a `--param-` prefix instead. */
const RESERVED = new Set(["profile", "json", "quiet", "base-url", "input", "out", "help", "version"]);

export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[_\s.]+/g, "-")
    .toLowerCase();
}

export interface FlagSpec {
  /** The flag without dashes, e.g. "project-id". */
  flag: string;
  source: "query" | "header" | "body";
  field: OperationParam | OperationBodyField;
}

/** Every flag an operation takes, with collisions between parameters and body fields resolved once, here. */
export function flagSpecs(entry: OperationEntry): FlagSpec[] {
  const taken = new Set<string>();
  const specs: FlagSpec[] = [];
  const add = (source: FlagSpec["source"], field: OperationParam | OperationBodyField) => {
    let flag = kebab(field.name);
    if (RESERVED.has(flag)) flag = `param-${flag}`;
    if (taken.has(flag)) flag = `${source}-${flag}`;
    taken.add(flag);
    specs.push({ flag, source, field });
  };
  for (const param of entry.params) if (param.in !== "path") add(param.in, param);
  for (const field of entry.body?.fields ?? []) add("body", field);
  return specs;
}

/** Body field name → `--flag`, for error messages that point at the flag the user typed. */
export function flagNames(specs: readonly FlagSpec[]): Record<string, string> {
  return Object.fromEntries(specs.map((spec) => [spec.field.name, `--${spec.flag}`]));
}

/** Converts one flag's text to the type the API expects, or says which flag is wrong. */
export function convertFlagValue(spec: FlagSpec, raw: unknown): unknown {
  const flag = `--${spec.flag}`;
  const { type } = spec.field;
  if (Array.isArray(raw)) {
    if (type === "array") return raw.flatMap((item) => toArray(flag, String(item)));
    raw = raw[raw.length - 1];
  }
  if (typeof raw === "boolean") {
    if (type === "boolean") return raw;
    throw new UsageError(`${flag} needs a value`);
  }
  const text = String(raw);
  switch (type) {
    case "integer":
    case "number": {
      const value = Number(text);
      if (text.trim() === "" || Number.isNaN(value) || (type === "integer" && !Number.isInteger(value))) {
        throw new UsageError(`${flag} must be ${type === "integer" ? "an integer" : "a number"}, got "${text}"`);
      }
      return value;
    }
    case "boolean":
      if (["true", "yes", "1"].includes(text.toLowerCase())) return true;
      if (["false", "no", "0"].includes(text.toLowerCase())) return false;
      throw new UsageError(`${flag} must be true or false, got "${text}"`);
    case "object":
      return parseJson(flag, text, "a JSON object");
    case "array":
      return toArray(flag, text);
    default:
      if (spec.field.enum && !spec.field.enum.includes(text)) {
        throw new UsageError(`${flag} must be one of ${spec.field.enum.join(", ")}; got "${text}"`);
      }
      return text;
  }
}

function toArray(flag: string, text: string): unknown[] {
  if (text.trim().startsWith("[")) {
    const parsed = parseJson(flag, text, "a JSON array");
    if (!Array.isArray(parsed)) throw new UsageError(`${flag} must be a JSON array or comma-separated values`);
    return parsed;
  }
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

function parseJson(flag: string, text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${flag} must be ${what}, got "${text}"`);
  }
}
