import type { Readable } from "node:stream";
import type { Request } from "express";
import type { operations as operationTable } from "../../generated/operations.js";
import type { components, operations } from "../../generated/schema.js";
import type { Principal } from "../context.js";

/** The operations under `paths` (webhook operations are requests we send, not ones we answer). */
export type OperationId = (typeof operationTable)[number]["operationId"] & keyof operations;
export type Schemas = components["schemas"];

type Responses<O extends OperationId> = operations[O]["responses"];
type SuccessStatus<O extends OperationId> = Extract<keyof Responses<O>, 200 | 201 | 202 | 204>;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
type HasBinary<R> = R extends { content: { "application/pdf": unknown } } ? true : false;

/** What a handler returns: a success status declared by the spec and a body of its declared shape. */
export type HandlerResult<O extends OperationId> = {
  [S in SuccessStatus<O>]: HasBinary<Responses<O>[S]> extends true
    ? { status: S; binary: Buffer | Readable; contentType: string; filename?: string }
    : JsonOf<Responses<O>[S]> extends never
      ? { status: S; body?: undefined }
      : { status: S; body: JsonOf<Responses<O>[S]>; headers?: Record<string, string> };
}[SuccessStatus<O>];

type Params<O extends OperationId> = operations[O]["parameters"];
type PathOf<O extends OperationId> = Params<O> extends { path: infer P } ? P : Record<string, never>;
type QueryOf<O extends OperationId> =
  Params<O> extends { query?: infer Q }
    ? [Q] extends [never]
      ? Record<string, never>
      : NonNullable<Q>
    : Record<string, never>;
type BodyOf<O extends OperationId> = operations[O] extends { requestBody: { content: infer C } }
  ? C[keyof C]
  : operations[O] extends { requestBody?: { content: infer C } }
    ? C[keyof C] | undefined
    : undefined;

/** A validated request, as a handler sees it. */
export interface OperationRequest<O extends OperationId> {
  operationId: O;
  path: PathOf<O>;
  query: QueryOf<O>;
  body: BodyOf<O>;
  principal: Principal;
  requestId: string;
  ip: string | undefined;
  userAgent: string | undefined;
  headers: Request["headers"];
  /** The raw body, for signature checks (Stripe webhooks). */
  rawBody: Buffer | undefined;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
}

export type Handler<O extends OperationId> = (req: OperationRequest<O>) => Promise<HandlerResult<O>>;

/** One handler per operation of the spec: the compiler refuses a missing one. */
export type Handlers = { [O in OperationId]: Handler<O> };
