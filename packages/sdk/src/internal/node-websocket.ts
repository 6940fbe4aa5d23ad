import type { SocketFactory, SocketLike } from "./socket.js";

/** The constructor shape of the `ws` package (kept structural so the core never imports it). */
export type NodeWebSocketConstructor = new (
  url: string,
  protocols: string[] | undefined,
  options: { headers: Record<string, string> },
) => SocketLike;

/** On Node the token goes in the `Authorization` header, as with every other request. */
export function nodeSocketFactory(WebSocketImpl: NodeWebSocketConstructor): SocketFactory {
  return (url, token) =>
    new WebSocketImpl(url, undefined, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
