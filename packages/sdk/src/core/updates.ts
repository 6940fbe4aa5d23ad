import type { SocketFactory, SocketLike } from "../internal/socket.js";
import { sleep } from "../internal/timers.js";
import { APIError, ConnectionError, UserAbortError } from "./errors.js";

/** One message of the live task-updates stream. */
export interface TaskUpdate {
  /** Increasing per task; the API sends numbers. */
  id: number | string;
  type: "progress" | "completion" | "error" | (string & {});
  task_id: string;
  [key: string]: unknown;
}

export interface TaskUpdatesOptions {
  signal?: AbortSignal;
  /** Resume after this event id (as after a dropped connection). */
  lastEventId?: number | string;
  /** Reconnection attempts in a row without receiving anything before giving up (default 5). */
  maxReconnects?: number;
}

export interface UpdatesConnection {
  /** The ws:// or wss:// URL of the stream, without the resume parameter. */
  url: string;
  token: () => string | undefined;
  socketFactory: () => Promise<SocketFactory>;
}

const TERMINAL_TYPES: ReadonlySet<string> = new Set(["completion", "error"]);

/**
 * Live updates of one task as an async iterator. A dropped connection is resumed with
 * `?last_event_id=<id>`, so no message is lost or repeated; the stream ends after `completion` or `error`.
 */
export async function* streamTaskUpdates(
  connection: UpdatesConnection,
  options: TaskUpdatesOptions = {},
): AsyncGenerator<TaskUpdate> {
  const { signal } = options;
  const maxReconnects = options.maxReconnects ?? 5;
  const factory = await connection.socketFactory();
  let lastEventId = options.lastEventId;
  let failuresInARow = 0;

  while (true) {
    if (signal?.aborted) throw new UserAbortError(undefined, { cause: signal.reason });
    const url =
      lastEventId === undefined ? connection.url : withQuery(connection.url, "last_event_id", String(lastEventId));
    const session = openSession(factory(url, connection.token()), signal);
    let received = false;
    try {
      for await (const update of session.messages()) {
        received = true;
        if (update.id !== undefined && update.id !== null && update.id !== "") lastEventId = update.id;
        yield update;
        if (TERMINAL_TYPES.has(update.type)) return;
      }
    } finally {
      session.close();
    }
    if (signal?.aborted) throw new UserAbortError(undefined, { cause: signal.reason });
    const refusal = session.refusedWith();
    // The server turned the upgrade down for good (unknown task, no access): reconnecting cannot help.
    if (refusal && refusal >= 400 && refusal < 500 && refusal !== 408 && refusal !== 429) {
      throw APIError.from(refusal, undefined, new Headers());
    }
    failuresInARow = received ? 0 : failuresInARow + 1;
    if (failuresInARow > maxReconnects) {
      throw new ConnectionError(
        `Task updates connection lost (${session.closeReason()}); gave up after ${maxReconnects} reconnects.`,
      );
    }
    // Quick first retry (a proxy recycled the connection), slower when the server stays away.
    await sleep(Math.min(100 * 2 ** failuresInARow, 5_000) * (1 - 0.25 * Math.random()), signal);
  }
}

interface Session {
  messages(): AsyncGenerator<TaskUpdate>;
  close(): void;
  closeReason(): string;
  /** The HTTP status of a refused upgrade, where the socket implementation reveals it (`ws` does). */
  refusedWith(): number | undefined;
}

/** Bridges socket events to a pull-based queue that ends when the socket closes. */
function openSession(socket: SocketLike, signal: AbortSignal | undefined): Session {
  const queue: TaskUpdate[] = [];
  let closed = false;
  let reason = "closed";
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  socket.addEventListener("message", (event) => {
    const update = parseUpdate(event.data);
    if (update) queue.push(update);
    notify();
  });
  socket.addEventListener("error", (event) => {
    reason = event.message ?? (event.error instanceof Error ? event.error.message : "socket error");
  });
  socket.addEventListener("close", (event) => {
    closed = true;
    if (event.code && event.code !== 1000 && reason === "closed")
      reason = `code ${event.code}${event.reason ? ` ${event.reason}` : ""}`;
    notify();
  });
  const onAbort = () => {
    closed = true;
    notify();
  };
  signal?.addEventListener("abort", onAbort, { once: true });

  return {
    async *messages() {
      while (true) {
        const next = queue.shift();
        if (next) {
          yield next;
          continue;
        }
        if (closed) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    close() {
      signal?.removeEventListener("abort", onAbort);
      // 0 CONNECTING, 1 OPEN: close politely; closing a socket that never opened still releases it.
      if (socket.readyState <= 1) socket.close(1000);
    },
    closeReason: () => reason,
    refusedWith: () => {
      const status = /Unexpected server response: (\d{3})/.exec(reason)?.[1];
      return status ? Number(status) : undefined;
    },
  };
}

function parseUpdate(data: unknown): TaskUpdate | undefined {
  const text =
    typeof data === "string" ? data : data instanceof ArrayBuffer ? new TextDecoder().decode(data) : String(data);
  try {
    const value = JSON.parse(text) as TaskUpdate;
    return typeof value === "object" && value !== null && typeof value.type === "string" ? value : undefined;
  } catch {
    return undefined; // a keep-alive or foreign frame: not an update
  }
}

function withQuery(url: string, name: string, value: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}${name}=${encodeURIComponent(value)}`;
}
