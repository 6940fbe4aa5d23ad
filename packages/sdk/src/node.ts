/**
 * Node.js conveniences: a keep-alive / proxy-aware fetch (undici) and the `ws` WebSocket.
 * Import from `@leanvibe/enterprise-sdk/node`; the main entry stays free of Node built-ins.
 * The client and errors are not re-exported here on purpose: a second copy of the classes in this
 * entry's CommonJS build would make `instanceof NotFoundError` fail across the two entries.
 */
import { Agent, type Dispatcher, ProxyAgent, fetch as undiciFetch } from "undici";
import WebSocket from "ws";
import type { Fetch } from "./internal/attempt.js";
import { type NodeWebSocketConstructor, nodeSocketFactory } from "./internal/node-websocket.js";
import type { WebSocketOption } from "./internal/socket.js";

export interface NodeFetchOptions {
  /** Reuse connections between requests (default true). */
  keepAlive?: boolean;
  /** How long an idle kept-alive socket stays open, in ms (default 30 000). */
  keepAliveTimeout?: number;
  /** Proxy URL, e.g. `http://proxy.internal:3128`. */
  proxy?: string;
  /** Concurrent connections per origin (default unlimited). */
  connections?: number;
  /** TCP connect timeout in ms (default 10 000). */
  connectTimeout?: number;
}

/** A fetch bound to its own undici dispatcher; pass it as `new LeanVibeClient({ fetch })`. */
export function createNodeFetch(options: NodeFetchOptions = {}): Fetch & { dispatcher: Dispatcher } {
  const keepAlive = options.keepAlive ?? true;
  const common = {
    keepAliveTimeout: keepAlive ? (options.keepAliveTimeout ?? 30_000) : 1,
    keepAliveMaxTimeout: keepAlive ? 600_000 : 1,
    pipelining: keepAlive ? 1 : 0,
    connections: options.connections ?? null,
    connect: { timeout: options.connectTimeout ?? 10_000 },
  };
  const dispatcher: Dispatcher = options.proxy ? new ProxyAgent({ uri: options.proxy, ...common }) : new Agent(common);
  const fetchWithDispatcher = ((input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(
      input as never,
      { ...(init as object), dispatcher } as never,
    ) as unknown as Promise<Response>) as Fetch & {
    dispatcher: Dispatcher;
  };
  fetchWithDispatcher.dispatcher = dispatcher;
  return fetchWithDispatcher;
}

/** The `ws` WebSocket for live updates, authenticating with the `Authorization` header. */
export const nodeWebSocket: WebSocketOption = {
  factory: nodeSocketFactory(WebSocket as unknown as NodeWebSocketConstructor),
};
