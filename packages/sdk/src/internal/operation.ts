import type { paths } from "../generated/schema.js";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
export type SpecPath = keyof paths;
export type MethodOf<P extends SpecPath> = {
  [M in HttpMethod]: paths[P][M] extends { responses: unknown } ? M : never;
}[HttpMethod];

/** One operation of the API document: the SDK's link between a method and the spec. */
export interface Endpoint<P extends SpecPath = SpecPath, M extends HttpMethod = HttpMethod> {
  readonly operationId: string;
  readonly method: M;
  readonly path: P;
}

/**
 * Declares the operation a resource method calls. The path and method are checked against the
 * generated `paths`, the operationId against the spec by the SDK's tests.
 */
export function endpoint<P extends SpecPath, M extends MethodOf<P>>(
  operationId: string,
  method: M,
  path: P,
): Endpoint<P, M> {
  return { operationId, method, path };
}

type Operation<P extends SpecPath, M extends MethodOf<P>> = paths[P][M];

type JsonContent<T> = T extends { content: infer C }
  ? C extends { "application/json": infer J }
    ? J
    : C extends Record<string, infer Other>
      ? Other
      : undefined
  : undefined;

/** The JSON request body of an operation. */
export type Body<P extends SpecPath, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody: infer R }
    ? JsonContent<R>
    : Operation<P, M> extends { requestBody?: infer R }
      ? JsonContent<NonNullable<R>> | undefined
      : never;

/** The query parameters of an operation. */
export type Query<P extends SpecPath, M extends MethodOf<P>> =
  Operation<P, M> extends { parameters: { query?: infer Q } }
    ? [Q] extends [never | undefined]
      ? never
      : NonNullable<Q>
    : never;

type Responses<P extends SpecPath, M extends MethodOf<P>> = Operation<P, M> extends { responses: infer R } ? R : never;

/** The body of the operation's success response (200, 201, 202 or 204). */
export type Result<P extends SpecPath, M extends MethodOf<P>> =
  Responses<P, M> extends { 200: infer R }
    ? JsonContent<R>
    : Responses<P, M> extends { 201: infer R }
      ? JsonContent<R>
      : Responses<P, M> extends { 202: infer R }
        ? JsonContent<R>
        : undefined;

/** The item type of a list operation's `{ data, pagination }` envelope. */
export type Item<P extends SpecPath, M extends MethodOf<P>> = Result<P, M> extends { data: Array<infer T> } ? T : never;
