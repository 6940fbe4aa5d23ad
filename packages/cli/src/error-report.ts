import { CliError, ExitCode } from "./exit-codes.js";

/** What the CLI knows when an error happens, so the message can name the server and the flags. */
export interface ErrorContext {
  baseUrl?: string;
  /** True when the credentials came from LEANVIBE_API_KEY rather than `leanvibe login`. */
  apiKeyFromEnv?: boolean;
  /** false when the request went out without credentials (nobody logged in). */
  sentCredentials?: boolean;
  /** API body/query field name → the flag that sets it, for commands whose flags are not simply --kebab-case. */
  flagNames?: Readonly<Record<string, string>>;
}

interface ErrorLike {
  name?: string;
  message?: string;
  status?: number;
  code?: string;
  details?: unknown;
  requestId?: string;
  upgradeOptions?: unknown;
  body?: unknown;
  error?: unknown;
  cause?: unknown;
}

export function flagFor(fieldName: string, flagNames?: Readonly<Record<string, string>>): string {
  const mapped = flagNames?.[fieldName];
  if (mapped) return mapped;
  return `--${fieldName
    .replace(/_/g, "-")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()}`;
}

/** Field names an API validation error points at: `details.field`, or `details.errors[].path` ("/body/title"). */
function invalidFields(details: unknown): { field: string; message?: string }[] {
  if (!details || typeof details !== "object") return [];
  const record = details as Record<string, unknown>;
  const found: { field: string; message?: string }[] = [];
  if (typeof record.field === "string") {
    const messages = Array.isArray(record.validation_errors) ? record.validation_errors.join("; ") : undefined;
    found.push({ field: record.field, message: messages });
  }
  const list = Array.isArray(record.errors) ? record.errors : Array.isArray(details) ? details : [];
  for (const item of list as Record<string, unknown>[]) {
    const path = typeof item.path === "string" ? item.path : typeof item.field === "string" ? item.field : undefined;
    if (!path) continue;
    const name = path
      .replace(/^\/?(body|query|path|params)[./]?/, "")
      .split(/[./]/)
      .filter(Boolean)[0];
    if (name) found.push({ field: name, message: typeof item.message === "string" ? item.message : undefined });
  }
  return found;
}

/** A path parameter is a positional argument: `<task-id>`. */
function argumentFor(fieldName: string): string {
  return `<${fieldName.replace(/_/g, "-").toLowerCase()}>`;
}

/** "/body/project_id must match…" → "must match…": the line already starts with the flag's name. */
function withoutPointer(message: string | undefined): string | undefined {
  return message?.replace(/^\/(body|query|path|params)\/\S*\s+/, "");
}

function upgradeLines(error: ErrorLike): string[] {
  const body = (error.body ?? error.error) as Record<string, unknown> | undefined;
  const details = error.details as Record<string, unknown> | undefined;
  const options = error.upgradeOptions ?? body?.upgrade_options ?? details?.upgrade_options;
  if (!Array.isArray(options) || options.length === 0) return [];
  const lines = ["Upgrade options:"];
  for (const option of options as Record<string, unknown>[]) {
    const price =
      typeof option.monthly_price === "number" ? ` — $${(option.monthly_price / 100).toFixed(2)}/month` : "";
    const benefits = Array.isArray(option.benefits) ? ` (${option.benefits.join(", ")})` : "";
    lines.push(`  • ${String(option.plan ?? option.name ?? "plan")}${price}${benefits}`);
  }
  lines.push("Run `leanvibe billing update-subscription --plan <plan>` or ask your tenant owner to upgrade.");
  return lines;
}

function isNetworkFailure(error: ErrorLike): boolean {
  if (error.name === "ConnectionError" || error.name === "APIConnectionError" || error.name === "TimeoutError") {
    return true;
  }
  const cause = error.cause as ErrorLike | undefined;
  const code = cause?.code ?? error.code;
  return (
    (error.name === "TypeError" && error.message === "fetch failed") ||
    ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH"].includes(String(code))
  );
}

/** Turns anything thrown by a command into the message and exit code the user sees. */
export function toCliError(thrown: unknown, context: ErrorContext = {}): CliError {
  if (thrown instanceof CliError) return thrown;
  const error = (thrown ?? {}) as ErrorLike;
  const requestHint = error.requestId ? [`Request id: ${error.requestId}`] : [];

  if (isNetworkFailure(error)) {
    const where = context.baseUrl ?? "the server";
    const verb = error.name === "TimeoutError" ? "timed out waiting for" : "could not reach";
    return new CliError(`Network error: ${verb} the LeanVibe server at ${where}.`, ExitCode.network, [
      "Check the URL with `leanvibe config get base_url`, or set --base-url / LEANVIBE_BASE_URL.",
    ]);
  }

  const status = typeof error.status === "number" ? error.status : undefined;
  if (status === undefined) {
    return new CliError(error.message ?? String(thrown), ExitCode.error);
  }
  // The SDK's own message prefixes status and code ("404 not_found: …"); people need only the API's sentence.
  const body = error.body as { message?: unknown } | undefined;
  const apiMessage = typeof body?.message === "string" ? body.message : (error.message ?? `HTTP ${status}`);

  if (status === 401) {
    const message =
      context.sentCredentials === false
        ? "Authentication needed: you are not logged in. Run `leanvibe login` or set LEANVIBE_API_KEY."
        : context.apiKeyFromEnv
          ? "Authentication failed: the API key in LEANVIBE_API_KEY was rejected."
          : "Authentication failed: your login has expired or is invalid. Run `leanvibe login`.";
    return new CliError(message, ExitCode.auth, requestHint);
  }
  if (status === 403) {
    return new CliError(`Permission denied: ${apiMessage}`, ExitCode.auth, requestHint);
  }
  if (status === 404) return new CliError(`Not found: ${apiMessage}`, ExitCode.notFound, requestHint);
  if (status === 429 || status === 402 || error.code === "quota_exceeded") {
    return new CliError(`Quota exceeded: ${apiMessage}`, ExitCode.quota, [...upgradeLines(error), ...requestHint]);
  }
  if (status === 400 || status === 422) {
    const fields = invalidFields(error.details);
    if (fields.length > 0) {
      const lines = fields.map(
        (item) =>
          `${item.message?.startsWith("/params/") ? argumentFor(item.field) : flagFor(item.field, context.flagNames)}: ${withoutPointer(item.message) ?? "invalid value"}`,
      );
      return new CliError(`Invalid request: ${apiMessage}`, ExitCode.usage, [...lines, ...requestHint]);
    }
    return new CliError(`Invalid request: ${apiMessage}`, ExitCode.usage, requestHint);
  }
  return new CliError(`Server error (${status}): ${apiMessage}`, ExitCode.error, requestHint);
}
