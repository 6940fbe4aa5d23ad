import { ConnectionError, LeanVibeError, TimeoutError, UserAbortError } from "../core/errors.js";

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * One HTTP attempt bounded by `timeout` and the caller's signal. `done()` must be called once the body
 * has been read: the timeout covers the body too, a stalled body is a timeout. A class with no
 * per-call closures: this is on every call's path, and allocations there show in the per-call overhead.
 */
export class Attempt {
  readonly controller = new AbortController();
  timedOut = false;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #userSignal: AbortSignal | undefined;
  readonly #onUserAbort: (() => void) | undefined;

  constructor(
    readonly timeoutMs: number,
    userSignal: AbortSignal | undefined,
  ) {
    if (userSignal?.aborted) throw new UserAbortError(undefined, { cause: userSignal.reason });
    this.#timer = setTimeout(expire, timeoutMs, this);
    if (userSignal) {
      this.#userSignal = userSignal;
      this.#onUserAbort = () => this.controller.abort(userSignal.reason);
      userSignal.addEventListener("abort", this.#onUserAbort, { once: true });
    }
  }

  /** Sends the request; fetch's failures come back as the SDK's own errors. */
  async send(fetchImpl: Fetch, url: string, init: RequestInit): Promise<Response> {
    init.signal = this.controller.signal;
    try {
      return await fetchImpl(url, init);
    } catch (cause) {
      this.done();
      throw classifyFailure(cause, this.timedOut, this.#userSignal, this.timeoutMs);
    }
  }

  done(): void {
    clearTimeout(this.#timer);
    if (this.#onUserAbort) this.#userSignal?.removeEventListener("abort", this.#onUserAbort);
  }
}

function expire(attempt: Attempt): void {
  attempt.timedOut = true;
  attempt.controller.abort(new TimeoutError(`Request timed out after ${attempt.timeoutMs} ms.`));
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
