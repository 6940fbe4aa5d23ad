import { UsageError } from "../../exit-codes.js";
import { type Column, field } from "../../output/table.js";

export const projectFields: Column[] = [
  field("ID", "id"),
  field("Name", "name"),
  field("Description", "description"),
  field("Tech stack", "tech_stack"),
  field("Repository", "repository_url"),
  field("AI assistance", "ai_assistance_level"),
  field("Auto deployment", "auto_deployment"),
  field("Quality gates", "quality_gates"),
  field("Created", "created_at"),
];

export const projectColumns: Column[] = [
  field("ID", "id"),
  field("Name", "name"),
  field("AI assistance", "ai_assistance_level"),
];

/** A list flag: a JSON array (`'["TypeScript","Node.js"]'`, as the generated commands accept) or `a,b,c`. */
export function splitList(value: string, flag = "this flag"): string[] {
  if (value.trim().startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new UsageError(`${flag} must be a JSON array or comma-separated values, got ${value}`);
    }
    if (!Array.isArray(parsed)) throw new UsageError(`${flag} must be a JSON array or comma-separated values`);
    return parsed.map((item) => String(item).trim()).filter(Boolean);
  }
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export function parseBoolean(flag: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UsageError(`${flag} must be true or false, got "${value}"`);
}
