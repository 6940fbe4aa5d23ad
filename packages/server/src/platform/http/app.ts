import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import cors from "cors";
import express, { type NextFunction, type Request, type Response } from "express";
import * as OpenApiValidator from "express-openapi-validator";
import helmet from "helmet";
import type { Authenticator } from "../auth/authenticator.js";
import { authorize } from "../auth/authorization.js";
import type { ServerConfig } from "../config.js";
import { type Principal, type RequestContext, runWithContext } from "../context.js";
import { ApiError } from "../errors.js";
import type { IdempotencyStore } from "../idempotency.js";
import type { RequestGate } from "../limits/gate.js";
import type { Logger } from "../logger.js";
import type { RequestMetrics } from "../metrics.js";
import type { ServerOperation } from "../operations.js";
import { docsRouter } from "./docs.js";
import { errorHandler } from "./error-handler.js";
import type { HandlerResult, Handlers, OperationId, OperationRequest } from "./handler-types.js";
import { matchOperation } from "./routing.js";

export interface AppDeps {
  config: ServerConfig;
  logger: Logger;
  spec: Record<string, unknown>;
  handlers: Handlers;
  authenticator: Authenticator;
  gate: RequestGate;
  idempotency: IdempotencyStore;
  metrics: RequestMetrics;
}

declare global {
  namespace Express {
    interface Request {
      requestId: string;
      operation?: ServerOperation;
      operationParams?: Record<string, string>;
      principal?: Principal;
      rawBody?: Buffer;
    }
  }
}

const REQUEST_ID = /^[A-Za-z0-9_.:-]{8,128}$/;

export function createApp(deps: AppDeps): express.Express {
  const { config, logger, metrics } = deps;
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "extended");

  // Request id, timing, one log line per request.
  app.use((req, res, next) => {
    const incoming = req.get("x-request-id");
    req.requestId = incoming && REQUEST_ID.test(incoming) ? incoming : `req_${randomUUID().replace(/-/g, "")}`;
    res.setHeader("X-Request-Id", req.requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      metrics.record(req.operation?.operationId ?? "unmatched", res.statusCode, ms);
      logger.info(
        {
          request_id: req.requestId,
          method: req.method,
          path: req.path,
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        "request",
      );
    });
    next();
  });

  app.use(
    helmet({ contentSecurityPolicy: { directives: { "script-src": ["'self'"], "img-src": ["'self'", "data:"] } } }),
  );
  app.use(
    cors({
      exposedHeaders: [
        "X-Request-Id",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
        "X-RateLimit-Reset",
        "Retry-After",
      ],
    }),
  );

  // The API documentation spells two endpoints `/api/v1/...`: answer both spellings.
  app.use((req, _res, next) => {
    if (req.url.startsWith("/api/v1/")) req.url = req.url.slice(4);
    next();
  });

  app.get("/v1/openapi.json", (_req, res) => {
    res.json(deps.spec);
  });
  app.use("/docs", docsRouter());
  app.get("/metrics", async (_req, res) => {
    res.setHeader("Content-Type", metrics.contentType);
    res.send(await metrics.prometheus());
  });

  // Find the operation, then authenticate, authorise and admit the request before reading its body.
  app.use(async (req, res, next) => {
    let match: ReturnType<typeof matchOperation>;
    try {
      match = matchOperation(req.method, req.path);
    } catch {
      return next(new ApiError("invalid_request", "The request path is not valid"));
    }
    if (match.kind === "none") return next(new ApiError("not_found", `No endpoint ${req.method} ${req.path}`));
    if (match.kind === "method_not_allowed") {
      res.setHeader("Allow", match.allowed.join(", "));
      return next(
        new ApiError("method_not_allowed", `${req.method} is not allowed on ${req.path}`, { allowed: match.allowed }),
      );
    }
    req.operation = match.operation;
    req.operationParams = match.params;
    try {
      const principal = await deps.authenticator.authenticate(req.get("authorization"), match.operation);
      req.principal = principal;
      authorize(principal, match.operation);
      const admission = await deps.gate.admit(principal, match.operation, req.ip);
      for (const [k, v] of Object.entries(admission.headers)) res.setHeader(k, v);
      next();
    } catch (err) {
      next(err);
    }
  });

  app.use(
    express.json({
      limit: config.bodyLimitBytes,
      type: ["application/json", "application/*+json"],
      // Stripe signs the exact bytes it sent.
      verify: (req, _res, buf) => {
        (req as Request).rawBody = buf;
      },
    }),
  );
  app.use(express.urlencoded({ limit: config.bodyLimitBytes, extended: false }));

  app.use(
    OpenApiValidator.middleware({
      apiSpec: structuredClone(deps.spec) as never,
      validateRequests: { allowUnknownQueryParameters: false, removeAdditional: false, allErrors: true },
      validateResponses: config.validateResponses ? { removeAdditional: false } : false,
      validateSecurity: false,
      validateFormats: true,
      $refParser: { mode: "dereference" },
      ignoreUndocumented: true,
    }),
  );

  app.use(async (req: Request, res: Response, next: NextFunction) => {
    const op = req.operation;
    if (!op) return next(new ApiError("not_found", `No endpoint ${req.method} ${req.path}`));
    if (op.websocket) {
      res.setHeader("Upgrade", "websocket");
      return next(
        new ApiError("upgrade_required", "This endpoint speaks WebSocket only: connect with Upgrade: websocket"),
      );
    }
    try {
      await dispatch(deps, op, req, res);
    } catch (err) {
      next(err);
    }
  });
  app.use(errorHandler(logger));
  return app;
}

async function dispatch(deps: AppDeps, op: ServerOperation, req: Request, res: Response): Promise<void> {
  const principal = req.principal ?? { kind: "anonymous" };
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const opRequest: OperationRequest<OperationId> = {
    operationId: op.operationId as OperationId,
    path: (req.operationParams ?? {}) as never,
    query: req.query as never,
    body: (isEmptyBody(req.body) ? undefined : req.body) as never,
    principal,
    requestId: req.requestId,
    ip: req.ip,
    userAgent: req.get("user-agent"),
    headers: req.headers,
    rawBody: req.rawBody,
    signal: controller.signal,
  };
  const ctx: RequestContext = { requestId: req.requestId, principal, ip: req.ip, userAgent: opRequest.userAgent };
  const handler = deps.handlers[op.operationId as OperationId] as (
    r: typeof opRequest,
  ) => Promise<HandlerResult<OperationId>>;

  const run = () => runWithContext(ctx, () => handler(opRequest));
  const key = req.get("idempotency-key");
  const result =
    key && op.method !== "get" && (principal.kind === "user" || principal.kind === "api_key")
      ? await deps.idempotency.run(
          { tenantId: principal.tenantId, key, method: op.method, path: req.path, body: req.body },
          async () => toStored(await run()),
        )
      : toStored(await run());
  send(res, result);
}

interface StoredResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  binary?: unknown;
  contentType?: string;
  filename?: string;
}

function toStored(result: HandlerResult<OperationId>): StoredResult {
  return result as StoredResult;
}

function send(res: Response, result: StoredResult): void {
  for (const [k, v] of Object.entries(result.headers ?? {})) res.setHeader(k, v);
  if (result.binary) {
    res.status(result.status);
    res.setHeader("Content-Type", result.contentType ?? "application/octet-stream");
    if (result.filename) res.setHeader("Content-Disposition", `attachment; filename="${result.filename}"`);
    if (Buffer.isBuffer(result.binary)) res.end(result.binary);
    else (result.binary as Readable).pipe(res);
    return;
  }
  if (result.body === undefined) {
    res.status(result.status).end();
    return;
  }
  res.status(result.status).json(result.body);
}

function isEmptyBody(body: unknown): boolean {
  return (
    body === undefined ||
    (typeof body === "object" && body !== null && Object.keys(body).length === 0 && !Array.isArray(body))
  );
}
