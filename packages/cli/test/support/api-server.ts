import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingMessage["headers"];
  body: unknown;
}

export interface Reply {
  status?: number;
  json?: unknown;
  bytes?: Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/\{[^}]+\}/g, "[^/]+")}$`);
  return regex.test(path);
}

/** Sends one unmasked text frame, as a server does. */
function sendFrame(socket: Socket, text: string): void {
  const payload = Buffer.from(text);
  const header =
    payload.length < 126
      ? Buffer.from([0x81, payload.length])
      : Buffer.from([0x81, 126, payload.length >> 8, payload.length & 0xff]);
  socket.write(Buffer.concat([header, payload]));
}

/**
 * A real HTTP server on 127.0.0.1 with routes set per test. It records every request so tests can check
 * exactly what the CLI sent, and speaks just enough WebSocket to stream task updates.
 */
export class ApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly #routes: { method: string; pattern: string; handler: Handler }[] = [];
  readonly #streams = new Map<string, unknown[]>();
  #server?: Server;
  url = "";

  on(method: string, pattern: string, handler: Handler | Reply): this {
    this.#routes.unshift({
      method: method.toUpperCase(),
      pattern,
      handler: typeof handler === "function" ? handler : () => handler,
    });
    return this;
  }

  /** Messages the WebSocket at `path` sends, in order, before closing. */
  stream(path: string, messages: unknown[]): this {
    this.#streams.set(path, messages);
    return this;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#server.on("upgrade", (req: IncomingMessage, socket: Socket) => this.#upgrade(req, socket));
    await new Promise<void>((resolve) => this.#server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://localhost");
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      query[key] = values.length === 1 ? values[0]! : values;
    }
    let body: unknown = raw === "" ? undefined : raw;
    if (raw && String(req.headers["content-type"]).includes("json")) body = JSON.parse(raw);
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query,
      headers: req.headers,
      body,
    };
    this.requests.push(recorded);
    const route = this.#routes.find((r) => r.method === recorded.method && matches(r.pattern, recorded.path));
    const reply: Reply = route
      ? await route.handler(recorded)
      : {
          status: 404,
          json: {
            error: "not_found",
            message: `No route ${recorded.method} ${recorded.path}`,
            details: null,
            request_id: "req_test",
            timestamp: new Date().toISOString(),
          },
        };
    const headers: Record<string, string> = { "x-request-id": "req_test", ...reply.headers };
    if (reply.bytes) {
      res.writeHead(reply.status ?? 200, {
        "content-type": reply.contentType ?? "application/octet-stream",
        ...headers,
      });
      res.end(reply.bytes);
    } else if (reply.json !== undefined) {
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(reply.json));
    } else {
      res.writeHead(reply.status ?? 204, headers);
      res.end();
    }
  }

  #upgrade(req: IncomingMessage, socket: Socket): void {
    const url = new URL(req.url ?? "/", "http://localhost");
    this.requests.push({ method: "WS", path: url.pathname, query: {}, headers: req.headers, body: undefined });
    const messages = this.#streams.get(url.pathname);
    if (!messages) {
      socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
      return;
    }
    const accept = createHash("sha1")
      .update(`${req.headers["sec-websocket-key"]}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest("base64");
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    socket.on("error", () => {});
    socket.on("data", () => {}); // the client's close frame; nothing to answer in these tests
    let index = 0;
    const next = () => {
      if (index < messages.length) {
        sendFrame(socket, JSON.stringify(messages[index++]));
        setTimeout(next, 5);
      } else {
        socket.write(Buffer.from([0x88, 0x02, 0x03, 0xe8])); // close, code 1000
        setTimeout(() => socket.destroy(), 20);
      }
    };
    setTimeout(next, 5);
  }
}

export function apiError(status: number, error: string, message: string, extra: Record<string, unknown> = {}): Reply {
  return {
    status,
    json: { error, message, details: null, request_id: "req_test", timestamp: "2026-01-01T00:00:00Z", ...extra },
  };
}
