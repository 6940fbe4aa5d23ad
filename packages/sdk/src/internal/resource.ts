import type { InternalRequestOptions, LeanVibeClient, RequestOptions } from "../client.js";
import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import type { Endpoint, Item, MethodOf, Result, SpecPath } from "./operation.js";

/** Per-call options of every resource method: headers, signal, timeout, retries, idempotency key. */
export type CallOptions = Omit<RequestOptions, "params" | "body">;

export interface CallInput {
  path?: Record<string, unknown>;
  query?: object;
  body?: unknown;
}

/** Common ground of the resource classes: a reference to the client and typed calls to endpoints. */
export abstract class APIResource {
  constructor(protected readonly client: LeanVibeClient) {}

  protected call<P extends SpecPath, M extends MethodOf<P>>(
    ep: Endpoint<P, M>,
    input: CallInput = {},
    options: InternalRequestOptions = {},
  ): APIPromise<Result<P, M>> {
    return this.client.request<Result<P, M>>(ep.method, ep.path, {
      ...options,
      params: { path: input.path, query: input.query as Record<string, unknown> | undefined },
      body: input.body,
    });
  }

  protected page<P extends SpecPath, M extends MethodOf<P>>(
    ep: Endpoint<P, M>,
    input: { path?: Record<string, unknown>; query?: object },
    options: RequestOptions = {},
  ): PagePromise<Item<P, M>> {
    return this.client.getPage<Item<P, M>>(ep.path, (input.query ?? {}) as Record<string, unknown>, {
      ...options,
      params: { path: input.path },
    });
  }
}
