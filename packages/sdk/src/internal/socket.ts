import { LeanVibeError } from "../core/errors.js";
import { isNodeLike } from "./env.js";
import { nodeSocketFactory } from "./node-websocket.js";

/** The part of the WHATWG WebSocket API the SDK uses; both browsers' WebSocket and `ws` provide it. */
export interface SocketLike {
  readonly readyState: number;
  addEventListener(type: "open" | "message" | "close" | "error", listener: (event: SocketEvent) => void): void;
  close(code?: number, reason?: string): void;
}

export interface SocketEvent {
  data?: unknown;
  code?: number;
  reason?: string;
  message?: string;
  error?: unknown;
}

/** Opens an authenticated socket to `url`. */
export type SocketFactory = (url: string, token: string | undefined) => SocketLike;

/** A WebSocket constructor (browser style) or a ready-made factory. */
export type WebSocketOption =
  | (new (
      url: string,
      protocols?: string | string[],
    ) => SocketLike)
  | { factory: SocketFactory };

/**
 * Browsers cannot set headers on a WebSocket, so the token travels as the subprotocol
 * `bearer.<token>` (the server accepts it there as well as in `Authorization`).
 */
export function browserSocketFactory(
  WebSocketImpl: new (url: string, protocols?: string | string[]) => SocketLike,
): SocketFactory {
  return (url, token) => (token ? new WebSocketImpl(url, [`bearer.${token}`]) : new WebSocketImpl(url));
}

// Held in a variable so bundlers for browsers and edge runtimes do not try to include `ws`.
const NODE_WEBSOCKET_PACKAGE = "ws";

/**
 * The socket implementation to use: the option, else the global WebSocket, else `ws` on Node 20
 * (which has no global WebSocket), loaded only when live updates are first asked for.
 */
export async function resolveSocketFactory(option: WebSocketOption | undefined): Promise<SocketFactory> {
  if (option) return "factory" in option ? option.factory : browserSocketFactory(option);
  if (isNodeLike()) {
    try {
      const mod = (await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_WEBSOCKET_PACKAGE)) as {
        default?: unknown;
        WebSocket?: unknown;
      };
      return nodeSocketFactory((mod.WebSocket ?? mod.default) as never);
    } catch {
      // fall through to the global WebSocket (Node 22+ has one)
    }
  }
  const global = (globalThis as { WebSocket?: new (url: string, protocols?: string | string[]) => SocketLike })
    .WebSocket;
  if (global) return browserSocketFactory(global);
  throw new LeanVibeError("No WebSocket implementation available: pass `WebSocket` in the client options.");
}

/** `https://host/v1/tasks/…` → `wss://host/v1/tasks/…`. */
export function toWebSocketURL(httpURL: string): string {
  return httpURL.replace(/^http(s?):\/\//i, (_m, secure: string) => `ws${secure}://`);
}
