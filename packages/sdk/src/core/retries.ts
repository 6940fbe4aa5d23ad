/** How long to wait before the next attempt, or `undefined` when the failure is not worth retrying. */
export interface RetryPolicy {
  maxRetries: number;
  /** First backoff step in ms; doubles each attempt. */
  initialDelayMs: number;
  /** Ceiling of the computed backoff. */
  maxBackoffMs: number;
  /** A server asking us to wait longer than this is not retried: the error surfaces instead. */
  maxServerDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxBackoffMs: 8_000,
  maxServerDelayMs: 60_000,
};

/** Statuses that can succeed on a second try. 501 means "never", so it is left out. */
export function isRetryableStatus(status: number, headers: Headers): boolean {
  if (status === 408) return true;
  if (status === 429) return !isQuotaRefusal(headers);
  // A conflict is retried only when the server says so, e.g. a lock that frees itself.
  if (status === 409) return headers.has("retry-after");
  return status >= 500 && status !== 501;
}

/** Exponential backoff with jitter, so a crowd of clients does not retry in lock-step. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const base = Math.min(policy.initialDelayMs * 2 ** attempt, policy.maxBackoffMs);
  return base * (1 - 0.25 * random());
}

/**
 * The wait the server asked for, in ms: `Retry-After` (seconds or an HTTP date), the API's
 * `X-RateLimit-Retry-After` (seconds), or `X-RateLimit-Reset` (unix seconds) on a 429.
 */
export function serverRequestedDelay(status: number, headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get("retry-after") ?? headers.get("x-ratelimit-retry-after");
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  // X-RateLimit-Reset is on every answer; it tells when this 429 ends only if the window is what ran out.
  if (status === 429 && headers.get("x-ratelimit-remaining")?.trim() === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    if (headers.has("x-ratelimit-reset") && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

/**
 * A 429 that names no wait while the request window still has room is a quota (sessions, users, projects):
 * only a logout, a deletion or an upgrade lifts it, so retrying cannot help.
 */
function isQuotaRefusal(headers: Headers): boolean {
  if (headers.has("retry-after") || headers.has("x-ratelimit-retry-after")) return false;
  const remaining = Number(headers.get("x-ratelimit-remaining") ?? Number.NaN);
  return Number.isFinite(remaining) && remaining > 0;
}

/** Decides the wait before retrying a response, or `undefined` to give up. */
export function retryDelayForResponse(
  status: number,
  headers: Headers,
  attempt: number,
  policy: RetryPolicy,
  now: number = Date.now(),
): number | undefined {
  if (attempt >= policy.maxRetries || !isRetryableStatus(status, headers)) return undefined;
  const requested = serverRequestedDelay(status, headers, now);
  if (requested === undefined) return backoffDelay(attempt, policy);
  if (requested > policy.maxServerDelayMs) return undefined;
  return requested;
}
