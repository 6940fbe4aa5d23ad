import { ConnectionError, LeanVibeError, TimeoutError, UserAbortError } from "../core/errors.js";

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * One HTTP attempt bounded by `timeout` and the caller's signal. The returned `done()` must be
 * called once the body has been read: the timeout covers the body too, a stalled body is a timeout.
 */
export async function attemptFetch(
  fetchImpl: Fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  userSignal: AbortSignal | undefined,
): Promise<{ response: Response; done: () => void; signal: AbortSignal; wasTimedOut: () => boolean }> {
  if (userSignal?.aborted) throw new UserAbortError(undefined, { cause: userSignal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutError(`Request timed out after ${timeoutMs} ms.`));
  }, timeoutMs);
  const onUserAbort = () => controller.abort(userSignal?.reason);
  userSignal?.addEventListener("abort", onUserAbort, { once: true });
  const done = () => {
    clearTimeout(timer);
    userSignal?.removeEventListener("abort", onUserAbort);
  };
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    return { response, done, signal: controller.signal, wasTimedOut: () => timedOut };
  } catch (cause) {
    done();
    throw classifyFailure(cause, timedOut, userSignal, timeoutMs);
  }
}

/** Maps whatever fetch threw to the SDK's own error types. */
export function classifyFailure(
  cause: unknown,
  timedOut: boolean,
  userSignal: AbortSignal | undefined,
  timeoutMs: number,
): Error {
  if (cause instanceof TimeoutError || cause instanceof UserAbortError) return cause;
  if (timedOut) return new TimeoutError(`Request timed out after ${timeoutMs} ms.`, { cause });
  if (userSignal?.aborted) return new UserAbortError(undefined, { cause: userSignal.reason });
  if (cause instanceof LeanVibeError) return cause; // already ours: a parse error, a dropped body...
  const detail = describeCause(cause);
  return new ConnectionError(`Connection error${detail ? `: ${detail}` : "."}`, { cause });
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return "";
  // undici hides the socket-level reason (ECONNRESET, ECONNREFUSED...) in `cause`.
  const inner = (cause as { cause?: { code?: string; message?: string } }).cause;
  return inner?.code ?? inner?.message ?? cause.message;
}
