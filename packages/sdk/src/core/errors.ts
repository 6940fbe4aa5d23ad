/** Base class of every error the SDK throws, so callers can catch them all with one `instanceof`. */
export class LeanVibeError extends Error {
  override name = "LeanVibeError";
}

/** The standard error body of the API: `{ error, message, details, request_id, timestamp }`. */
export interface ErrorBody {
  error?: string;
  message?: string;
  details?: unknown;
  request_id?: string;
  timestamp?: string;
  upgrade_options?: UpgradeOption[];
  [key: string]: unknown;
}

export interface UpgradeOption {
  plan: string;
  monthly_price?: number;
  benefits?: string[];
  [key: string]: unknown;
}

/** The server answered with a non-2xx status. */
export class APIError extends LeanVibeError {
  override name = "APIError";
  /** HTTP status code. */
  readonly status: number;
  /** Machine-readable code from the body's `error` field (e.g. `not_found`). */
  readonly code: string | undefined;
  readonly details: unknown;
  /** `request_id` from the body, or the `X-Request-Id` response header. */
  readonly requestId: string | undefined;
  readonly headers: Headers;
  /** The parsed body (or its raw text when it was not JSON). */
  readonly body: unknown;

  constructor(status: number, body: unknown, headers: Headers, message?: string) {
    const parsed = isErrorBody(body) ? body : undefined;
    super(message ?? describe(status, parsed, body));
    this.status = status;
    this.code = parsed?.error;
    this.details = parsed?.details;
    this.requestId = parsed?.request_id ?? headers.get("x-request-id") ?? undefined;
    this.headers = headers;
    this.body = body;
  }

  /** Builds the subclass that matches the status code. */
  static from(status: number, body: unknown, headers: Headers): APIError {
    const ErrorClass = errorClassByStatus[status] ?? APIError;
    return new ErrorClass(status, body, headers);
  }
}

export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
export class PaymentRequiredError extends APIError {
  override name = "PaymentRequiredError";
}
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
export class ConflictError extends APIError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError";
}

export interface QuotaDetails {
  quota_type?: string;
  current_usage?: number;
  quota_limit?: number;
  reset_date?: string;
  [key: string]: unknown;
}

/** 429: a rate limit or a usage quota was exceeded. */
export class QuotaExceededError extends APIError {
  override name = "QuotaExceededError";
  declare readonly details: QuotaDetails | undefined;
  /** Plans that would lift the limit, from the body's `upgrade_options`. */
  readonly upgradeOptions: UpgradeOption[];

  constructor(status: number, body: unknown, headers: Headers, message?: string) {
    super(status, body, headers, message);
    const options = isErrorBody(body) ? body.upgrade_options : undefined;
    this.upgradeOptions = Array.isArray(options) ? options : [];
  }
}

export class TenantSuspendedError extends APIError {
  override name = "TenantSuspendedError";
}
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}
export class NotImplementedError extends APIError {
  override name = "NotImplementedError";
}
export class ServiceUnavailableError extends APIError {
  override name = "ServiceUnavailableError";
}

/** The response arrived but its body could not be read as the expected format. */
export class ResponseParseError extends LeanVibeError {
  override name = "ResponseParseError";
  constructor(
    message: string,
    readonly status: number,
    readonly rawBody: string,
    readonly headers: Headers,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The request never got an HTTP response (DNS, refused, reset, TLS...). */
export class ConnectionError extends LeanVibeError {
  override name = "ConnectionError";
  constructor(message = "Connection error.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The request took longer than its `timeout`. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
  constructor(message = "Request timed out.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The caller's `AbortSignal` fired. */
export class UserAbortError extends LeanVibeError {
  override name = "UserAbortError";
  constructor(message = "Request was aborted.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A webhook's signature is missing, malformed, wrong or too old. */
export class WebhookVerificationError extends LeanVibeError {
  override name = "WebhookVerificationError";
}

const errorClassByStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: QuotaExceededError,
  451: TenantSuspendedError,
  500: InternalServerError,
  501: NotImplementedError,
  503: ServiceUnavailableError,
};

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === "object" && body !== null && !Array.isArray(body);
}

function describe(status: number, parsed: ErrorBody | undefined, raw: unknown): string {
  if (parsed?.message) return `${status} ${parsed.error ?? "error"}: ${parsed.message}`;
  if (parsed?.error) return `${status} ${parsed.error}`;
  if (typeof raw === "string" && raw.length > 0) return `${status} ${raw.slice(0, 200)}`;
  return `${status} status code (no body)`;
}
