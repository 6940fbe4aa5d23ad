import type { components } from "../generated/schema.js";

export type ErrorCode = components["schemas"]["ErrorCode"];
export type ErrorBody = components["schemas"]["Error"];
export type UpgradeOption = components["schemas"]["UpgradeOption"];

/** The HTTP status of each error code: one table, used by every part of the server. */
export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  token_expired: 401,
  payment_required: 402,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  upgrade_required: 426,
  quota_exceeded: 429,
  rate_limited: 429,
  account_locked: 429,
  tenant_suspended: 451,
  server_error: 500,
  not_implemented: 501,
  service_unavailable: 503,
};

/** An error meant for the client: its code, message and details reach the response as they are. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> | null = null,
    readonly extra: { upgradeOptions?: UpgradeOption[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = STATUS_OF[code];
  }

  toBody(requestId: string, now = new Date()): ErrorBody {
    const body: ErrorBody = {
      error: this.code,
      message: this.message,
      details: this.details,
      request_id: requestId,
      timestamp: now.toISOString(),
    };
    if (this.extra.upgradeOptions) body.upgrade_options = this.extra.upgradeOptions;
    return body;
  }
}

export const notFound = (what: string, id?: string) =>
  new ApiError("not_found", id ? `${what} ${id} was not found` : `${what} was not found`, id ? { id } : null);

export const conflict = (message: string, details: Record<string, unknown> | null = null) =>
  new ApiError("conflict", message, details);

export const invalid = (field: string, problem: string) =>
  new ApiError("invalid_request", `${field}: ${problem}`, { field, validation_errors: [problem] });

export const forbidden = (message: string, details: Record<string, unknown> | null = null) =>
  new ApiError("forbidden", message, details);

export const unauthorized = (message = "Missing or invalid credentials") => new ApiError("unauthorized", message);
