import { APIPromise, type APIResponse, type RateLimit, readRateLimit } from "./core/api-promise.js";
import { AuthenticationError, ConnectionError, LeanVibeError, UserAbortError } from "./core/errors.js";
import { type PageEnvelope, PagePromise, type PageQuery } from "./core/pagination.js";
import { backoffDelay, defaultRetryPolicy, type RetryPolicy, retryDelayForResponse } from "./core/retries.js";
import { Attempt, classifyFailure, type Fetch } from "./internal/attempt.js";
import { encodeBody, errorFromResponse, type ParseAs, parseSuccessBody } from "./internal/body.js";
import { readEnv } from "./internal/env.js";
import type { WebSocketOption } from "./internal/socket.js";
import { sleep } from "./internal/timers.js";
import { apiRoot, buildURL, type RequestParams } from "./internal/url.js";
import { attachResources, type Resources } from "./resources/index.js";

export const DEFAULT_BASE_URL = "https://api.leanvibe.ai/v1";
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export type HeadersInput = Record<string, string | null | undefined>;

export interface ClientOptions {
  /** API key, sent as a bearer token. Defaults to `LEANVIBE_API_KEY` where an environment exists. */
  apiKey?: string | null;
  /** Defaults to `LEANVIBE_BASE_URL`, then `https://api.leanvibe.ai/v1`. With or without `/v1`. */
  baseURL?: string | null;
  /** A JWT access token; when set it is sent instead of the API key. */
  accessToken?: string | null;
  /** With `accessToken`, lets the client renew an expired access token once on a 401. */
  refreshToken?: string | null;
  /** Per-attempt timeout in ms (default 60 000). */
  timeout?: number;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** A fetch implementation, e.g. `createNodeFetch()` from `@leanvibe/enterprise-sdk/node`. */
  fetch?: Fetch;
  defaultHeaders?: HeadersInput;
  /** Called whenever the client receives new tokens (refresh, login), e.g. to persist them. */
  onTokens?: (tokens: TokenPair) => void | Promise<void>;
  /** WebSocket implementation for live task updates; defaults to the global one, or `ws` on Node. */
  WebSocket?: WebSocketOption;
}

export interface RequestOptions {
  params?: RequestParams;
  body?: unknown;
  headers?: HeadersInput;
  signal?: AbortSignal;
  timeout?: number;
  /** Reused across retries; generated once per call for POST, PATCH and DELETE when absent. */
  idempotencyKey?: string;
  maxRetries?: number;
  parseAs?: ParseAs;
}

/** Internal knobs for calls that must not use the client's normal credentials (login, refresh). */
export interface InternalRequestOptions extends RequestOptions {
  /** A bearer token to send instead of the client's, or `null` to send none. */
  bearer?: string | null;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const IDEMPOTENT_SAFE: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "PUT"]);

export interface LeanVibeClient extends Resources {}

/** The LeanVibe Enterprise API client. One instance per set of credentials. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: resources are attached by attachResources
export class LeanVibeClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly apiKey: string | undefined;
  readonly WebSocket: WebSocketOption | undefined;
  /** The retry schedule; exposed so tests and tools can shorten it. */
  retryPolicy: RetryPolicy;

  #root: string;
  #fetch: Fetch;
  #defaultHeaders: HeadersInput;
  #hasDefaultHeaders: boolean;
  #accessToken: string | undefined;
  #refreshToken: string | undefined;
  #onTokens: ClientOptions["onTokens"];
  #refreshing: Promise<void> | undefined;

  constructor(options: ClientOptions = {}) {
    this.apiKey = options.apiKey ?? (options.accessToken ? undefined : readEnv("LEANVIBE_API_KEY"));
    this.baseURL = (options.baseURL ?? readEnv("LEANVIBE_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.#root = apiRoot(this.baseURL);
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? defaultRetryPolicy.maxRetries;
    this.retryPolicy = { ...defaultRetryPolicy, maxRetries: this.maxRetries };
    this.#accessToken = options.accessToken ?? undefined;
    this.#refreshToken = options.refreshToken ?? undefined;
    this.#onTokens = options.onTokens;
    this.#defaultHeaders = options.defaultHeaders ?? {};
    this.#hasDefaultHeaders = Object.keys(this.#defaultHeaders).length > 0;
    this.WebSocket = options.WebSocket;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (!fetchImpl) throw new LeanVibeError("No fetch implementation: pass `fetch` in the client options.");
    // Called unbound in some runtimes (browsers) fetch throws "Illegal invocation".
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    attachResources(this);
  }

  /** The credential sent as `Authorization: Bearer …`: the session's access token if any, else the API key. */
  get bearerToken(): string | undefined {
    return this.#accessToken ?? this.apiKey;
  }

  get tokens(): Partial<TokenPair> {
    return { accessToken: this.#accessToken, refreshToken: this.#refreshToken };
  }

  /** Switches the client to new tokens (e.g. after login) and tells `onTokens`. */
  async setTokens(tokens: TokenPair): Promise<void> {
    this.#accessToken = tokens.accessToken;
    this.#refreshToken = tokens.refreshToken;
    await this.#onTokens?.(tokens);
  }

  /** Forgets the session's tokens (after logout); the client falls back to its API key, if any. */
  clearTokens(): void {
    this.#accessToken = undefined;
    this.#refreshToken = undefined;
  }

  /** The absolute URL of an API path (with or without `/v1`). */
  buildURL(path: string, params?: RequestParams): string {
    return buildURL(this.#root, path, params);
  }

  get<T = unknown>(path: string, options?: RequestOptions): APIPromise<T> {
    return this.request<T>("GET", path, options);
  }
  post<T = unknown>(path: string, options?: RequestOptions): APIPromise<T> {
    return this.request<T>("POST", path, options);
  }
  put<T = unknown>(path: string, options?: RequestOptions): APIPromise<T> {
    return this.request<T>("PUT", path, options);
  }
  patch<T = unknown>(path: string, options?: RequestOptions): APIPromise<T> {
    return this.request<T>("PATCH", path, options);
  }
  delete<T = unknown>(path: string, options?: RequestOptions): APIPromise<T> {
    return this.request<T>("DELETE", path, options);
  }

  /** Any API call: `client.request("GET", "/v1/tasks/{task_id}", { params: { path: { task_id } } })`. */
  request<T = unknown>(
    method: Method | Lowercase<Method>,
    path: string,
    options: InternalRequestOptions = {},
  ): APIPromise<T> {
    return new APIPromise(this.#execute<T>(method.toUpperCase(), path, options));
  }

  /** A list endpoint as a `PagePromise`: await the first page, or `for await` every item. */
  getPage<T>(path: string, query: PageQuery = {}, options: RequestOptions = {}): PagePromise<T> {
    const params = options.params ?? {};
    return new PagePromise<T>(query, (pageQuery) =>
      this.request<PageEnvelope<T>>("GET", path, { ...options, params: { ...params, query: pageQuery } }),
    );
  }

  async #execute<T>(method: string, path: string, options: InternalRequestOptions): Promise<APIResponse<T>> {
    const url = this.buildURL(path, options.params);
    const policy =
      options.maxRetries === undefined ? this.retryPolicy : { ...this.retryPolicy, maxRetries: options.maxRetries };
    const timeout = options.timeout ?? this.timeout;
    const { body, contentType } = encodeBody(options.body);
    // One key per logical call, so a retried POST cannot create the thing twice.
    const idempotencyKey = IDEMPOTENT_SAFE.has(method)
      ? options.idempotencyKey
      : (options.idempotencyKey ?? randomUUID());
    let refreshed = false;

    for (let attempt = 0; ; attempt++) {
      const bearer = options.bearer === undefined ? this.bearerToken : options.bearer;
      const headers = this.#headers(options.headers, bearer, contentType, idempotencyKey, attempt);
      const pending = new Attempt(timeout, options.signal);
      let response: Response;
      try {
        response = await pending.send(this.#fetch, url, { method, headers, body });
      } catch (error) {
        if (error instanceof UserAbortError || attempt >= policy.maxRetries) throw error;
        await sleep(backoffDelay(attempt, policy), options.signal);
        continue;
      }
      try {
        if (response.ok) {
          let data: unknown;
          try {
            data = await parseSuccessBody(response, options.parseAs ?? "json");
          } catch (error) {
            const failure = classifyFailure(error, pending.timedOut, options.signal, timeout);
            if (!(failure instanceof ConnectionError) || attempt >= policy.maxRetries) {
              throw failure;
            }
            await sleep(backoffDelay(attempt, policy), options.signal);
            continue;
          }
          return new SuccessResponse(data as T, response);
        }
        if (response.status === 401 && !refreshed && options.bearer === undefined && this.#canRefresh()) {
          await response.body?.cancel().catch(() => {});
          await this.#refreshOnce(bearer);
          refreshed = true;
          attempt--; // the refreshed retry is not one of the caller's retries
          continue;
        }
        const delay = retryDelayForResponse(response.status, response.headers, attempt, policy);
        if (delay === undefined) throw await errorFromResponse(response);
        await response.body?.cancel().catch(() => {});
        pending.done();
        await sleep(delay, options.signal);
      } finally {
        pending.done();
      }
    }
  }

  /** A plain record rather than `Headers`: fetch builds its own `Headers` from it anyway. */
  #headers(
    extra: HeadersInput | undefined,
    bearer: string | undefined | null,
    contentType: string | undefined,
    idempotencyKey: string | undefined,
    attempt: number,
  ): Record<string, string> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (contentType) headers["content-type"] = contentType;
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
    if (attempt > 0) headers["x-leanvibe-retry-count"] = String(attempt);
    if (this.#hasDefaultHeaders) mergeHeaders(headers, this.#defaultHeaders);
    if (extra) mergeHeaders(headers, extra);
    return headers;
  }

  #canRefresh(): boolean {
    return Boolean(this.#accessToken && this.#refreshToken);
  }

  /**
   * Renews the access token once for every request that failed with the same stale token:
   * concurrent 401s wait on one refresh instead of each spending the (single-use) refresh token.
   */
  async #refreshOnce(staleToken: string | undefined | null): Promise<void> {
    if (this.#refreshing) return this.#refreshing;
    if (staleToken !== this.#accessToken) return; // another request already refreshed
    const refreshToken = this.#refreshToken;
    if (!refreshToken)
      throw new AuthenticationError(401, undefined, new Headers(), "No refresh token to renew the session.");
    this.#refreshing = (async () => {
      const tokens = await this.request<{ access_token: string; refresh_token?: string }>("POST", "/v1/auth/refresh", {
        bearer: refreshToken,
      });
      await this.setTokens({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token ?? refreshToken });
    })().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }
}

/** Header names are case-insensitive: a caller's `Accept` replaces the default `accept`. */
function mergeHeaders(into: Record<string, string>, source: HeadersInput): void {
  for (const name in source) {
    const value = source[name];
    const key = name.toLowerCase();
    if (value === null) delete into[key];
    else if (value !== undefined) into[key] = value;
  }
}

/** A successful call; the rate-limit state and request id are read from the headers only when asked for. */
class SuccessResponse<T> implements APIResponse<T> {
  #rateLimit: RateLimit | undefined;
  readonly status: number;
  readonly headers: Headers;

  constructor(
    readonly data: T,
    readonly response: Response,
  ) {
    this.status = response.status;
    this.headers = response.headers;
  }

  get requestId(): string | undefined {
    return this.headers.get("x-request-id") ?? undefined;
  }

  get rateLimit(): RateLimit {
    this.#rateLimit ??= readRateLimit(this.headers);
    return this.#rateLimit;
  }
}

function randomUUID(): string {
  const cryptoImpl = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoImpl?.randomUUID) return cryptoImpl.randomUUID();
  // Runtimes without randomUUID (old browsers over http) still get a unique-enough key.
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}-${Math.random().toString(16).slice(2)}`;
}
