export interface RateLimit {
  limit: number | null;
  remaining: number | null;
  /** Unix seconds at which the window resets. */
  reset: number | null;
}

/** A successful call with everything the response said about it. */
export interface APIResponse<T> {
  data: T;
  response: Response;
  status: number;
  headers: Headers;
  requestId: string | undefined;
  rateLimit: RateLimit;
}

/**
 * The result of every SDK call: await it for the data, or call `.withResponse()` for the status,
 * headers, request id and rate-limit state as well. The request starts when the promise is made.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #result: Promise<APIResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<APIResponse<T>>) {
    // The executor value is never observed: then/catch/finally delegate to the real result.
    super((resolve) => resolve(null as T));
    this.#result = result;
  }

  // Derived promises (from .then) are plain Promises, not APIPromises without a result.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The data together with the response's status, headers, request id and rate-limit state. */
  withResponse(): Promise<APIResponse<T>> {
    return this.#result;
  }

  /** The raw `Response` (its body already consumed). */
  asResponse(): Promise<Response> {
    return this.#result.then((r) => r.response);
  }

  #parsed(): Promise<T> {
    this.#data ??= this.#result.then((r) => r.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a Promise; then must resolve to the data
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }
}

export function readRateLimit(headers: Headers): RateLimit {
  return {
    limit: numberHeader(headers, "x-ratelimit-limit"),
    remaining: numberHeader(headers, "x-ratelimit-remaining"),
    reset: numberHeader(headers, "x-ratelimit-reset"),
  };
}

function numberHeader(headers: Headers, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === "") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}
