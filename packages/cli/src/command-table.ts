/**
 * The command table: one entry per API operation, generated from the spec into src/generated/operations.ts.
 * The generator imports these types, so their shape is a contract with it.
 */
export interface OperationParam {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  type: "string" | "integer" | "number" | "boolean" | "array" | "object";
  enum?: readonly string[];
  description?: string;
}

export interface OperationBodyField {
  name: string;
  required: boolean;
  type: "string" | "integer" | "number" | "boolean" | "array" | "object";
  enum?: readonly string[];
  description?: string;
}

export interface OperationEntry {
  operationId: string;
  tag: string;
  noun: string;
  verb: string; // from the spec's x-cli extension
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string; // e.g. "/v1/tasks/{task_id}"
  summary: string;
  description?: string;
  positionals: readonly string[]; // path parameter names taken as positional args, in order
  params: readonly OperationParam[]; // non-positional parameters → flags (--kebab-case)
  body?: { contentType: string; required: boolean; fields: readonly OperationBodyField[] }; // top-level body fields → flags; objects/arrays take JSON
  response: "json" | "binary" | "websocket" | "empty";
  roles: readonly string[];
}

/** "noun verb", the key under which hand-written commands replace generated ones. Nouns may have spaces. */
export function commandKey(noun: string, verb: string): string {
  return `${noun.trim()} ${verb.trim()}`.replace(/\s+/g, " ");
}
