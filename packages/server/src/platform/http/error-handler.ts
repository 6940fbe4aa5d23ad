import type { ErrorRequestHandler } from "express";
import { ApiError } from "../errors.js";
import type { Logger } from "../logger.js";

interface ValidatorIssue {
  path?: string;
  message?: string;
  errorCode?: string;
}

/** Turns anything thrown on the request path into the standard error body; never leaks a stack. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const e = err as { status?: number; statusCode?: number; type?: string; errors?: ValidatorIssue[]; message?: string };
  const status = e?.status ?? e?.statusCode;
  // body-parser
  if (e?.type === "entity.parse.failed") return new ApiError("invalid_request", "The request body is not valid JSON");
  if (e?.type === "entity.too.large") return new ApiError("payload_too_large", "The request body is too large");
  if (e?.type === "encoding.unsupported" || e?.type === "charset.unsupported") {
    return new ApiError("unsupported_media_type", e.message ?? "Unsupported body encoding");
  }
  // express-openapi-validator
  if (Array.isArray(e?.errors) && typeof status === "number") {
    const issues = e.errors.map((i) => ({ path: i.path ?? "", message: i.message ?? "is invalid" }));
    const first = issues[0];
    const field = first ? fieldName(first.path) : undefined;
    if (status === 400) {
      return new ApiError(
        "invalid_request",
        first ? `${first.path ? `${first.path} ` : ""}${first.message}` : "Invalid request",
        {
          field: field ?? null,
          validation_errors: issues.map((i) => (i.path ? `${i.path} ${i.message}` : i.message)),
        },
      );
    }
    if (status === 415) return new ApiError("unsupported_media_type", first?.message ?? "Unsupported media type");
    if (status === 405) return new ApiError("method_not_allowed", "Method not allowed");
    if (status === 404) return new ApiError("not_found", "No such endpoint");
    if (status === 413) return new ApiError("payload_too_large", "The request body is too large");
    if (status === 401) return new ApiError("unauthorized", first?.message ?? "Missing or invalid credentials");
  }
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new ApiError("invalid_request", e.message ?? "Invalid request");
  }
  return new ApiError("server_error", "An unexpected error occurred; quote the request id to support");
}

/** `/body/priority` or `.body.priority` → `priority`. */
function fieldName(path: string): string | undefined {
  const parts = path.split(/[/.]/).filter(Boolean);
  const start = parts[0] === "body" || parts[0] === "query" || parts[0] === "params" || parts[0] === "headers" ? 1 : 0;
  const rest = parts.slice(start);
  return rest.length > 0 ? rest.join(".") : undefined;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const apiError = toApiError(err);
    const requestId = (res.getHeader("X-Request-Id") as string | undefined) ?? "unknown";
    if (apiError.status >= 500) {
      logger.error({ err, request_id: requestId, method: req.method, path: req.path }, "request failed");
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const [k, v] of Object.entries(apiError.extra.headers ?? {})) res.setHeader(k, v);
    // Written directly, not through res.json: response validation must never turn an error body into another error.
    res.statusCode = apiError.status;
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(JSON.stringify(apiError.toBody(requestId)));
  };
}
