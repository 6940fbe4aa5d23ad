import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import type { Authenticator } from "../auth/authenticator.js";
import { authorize } from "../auth/authorization.js";
import type { Principal } from "../context.js";
import { ApiError, STATUS_OF } from "../errors.js";
import type { RequestGate } from "../limits/gate.js";
import type { Logger } from "../logger.js";
import { toApiError } from "./error-handler.js";
import { matchOperation } from "./routing.js";

export interface WebSocketRequest {
  principal: Principal;
  params: Record<string, string>;
  query: URLSearchParams;
  requestId: string;
}

/** A WebSocket operation: `accept` runs before the upgrade and refuses by throwing; `open` serves the socket. */
export interface WebSocketEndpoint {
  accept(req: WebSocketRequest): Promise<void>;
  open(socket: WebSocket, req: WebSocketRequest): void;
}

const SUBPROTOCOL = /^bearer\.(.+)$/;

/**
 * Serves the spec's WebSocket operations on the HTTP server's `upgrade` event with the same authentication,
 * authorisation and limits as every other request. Node clients send `Authorization`; browsers, which cannot,
 * send the token as the subprotocol `bearer.<token>`, which is echoed back. Refusals are plain HTTP answers in
 * the standard error body, before any upgrade.
 */
export function attachWebSockets(
  http: Server,
  deps: {
    authenticator: Authenticator;
    gate: RequestGate;
    logger: Logger;
    endpoints: Record<string, WebSocketEndpoint>;
  },
): WebSocketServer {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 64 * 1024,
    handleProtocols: (protocols) => [...protocols].find((p) => SUBPROTOCOL.test(p)) ?? false,
  });

  http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const requestId = `req_${randomUUID().replace(/-/g, "")}`;
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const path = url.pathname.startsWith("/api/v1/") ? url.pathname.slice(4) : url.pathname;
      const match = matchOperation("GET", path);
      if (match.kind !== "operation" || !match.operation.websocket)
        throw new ApiError("not_found", `No WebSocket endpoint at ${path}`);
      const endpoint = deps.endpoints[match.operation.operationId];
      if (!endpoint)
        throw new ApiError("not_implemented", `${match.operation.operationId} is not implemented by this server yet`);
      let authorization = req.headers.authorization;
      const offered = String(req.headers["sec-websocket-protocol"] ?? "")
        .split(",")
        .map((p) => p.trim());
      const fromProtocol = offered.map((p) => SUBPROTOCOL.exec(p)?.[1]).find(Boolean);
      if (!authorization && fromProtocol) authorization = `Bearer ${fromProtocol}`;
      const principal = await deps.authenticator.authenticate(authorization, match.operation);
      authorize(principal, match.operation);
      await deps.gate.admit(principal, match.operation, req.socket.remoteAddress);
      const wsReq: WebSocketRequest = { principal, params: match.params, query: url.searchParams, requestId };
      await endpoint.accept(wsReq);
      wss.handleUpgrade(req, socket, head, (ws) => endpoint.open(ws, wsReq));
    })().catch((err: unknown) => {
      const apiError = toApiError(err);
      if (apiError.status >= 500) deps.logger.error({ err, request_id: requestId }, "websocket upgrade failed");
      const body = JSON.stringify(apiError.toBody(requestId));
      const reason = apiError.status in STATUS_TEXT ? STATUS_TEXT[apiError.status] : "Error";
      socket.end(
        `HTTP/1.1 ${apiError.status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
  });
  return wss;
}

const STATUS_TEXT: Record<number, string> = Object.fromEntries(
  Object.values(STATUS_OF).map((status) => [
    status,
    {
      400: "Bad Request",
      401: "Unauthorized",
      402: "Payment Required",
      403: "Forbidden",
      404: "Not Found",
      405: "Method Not Allowed",
      409: "Conflict",
      413: "Payload Too Large",
      415: "Unsupported Media Type",
      426: "Upgrade Required",
      429: "Too Many Requests",
      451: "Unavailable For Legal Reasons",
      500: "Internal Server Error",
      501: "Not Implemented",
      503: "Service Unavailable",
    }[status] ?? "Error",
  ]),
);
