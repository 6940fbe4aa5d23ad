import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { ConnectionError, NotFoundError, type TaskUpdate, UserAbortError } from "../../src/index.js";
import { testClient } from "../helpers/client.js";
import { progress, startUpdatesServer } from "../helpers/ws-server.js";

let server: Awaited<ReturnType<typeof startUpdatesServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TASK = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";

/** Five messages; the server sends from `last_event_id` on and drops the first connection after message 3. */
function resumableScript(dropAfter = 3) {
  return (socket: import("ws").WebSocket, request: import("node:http").IncomingMessage, index: number) => {
    const after = Number(new URL(request.url ?? "", "http://x").searchParams.get("last_event_id") ?? 0);
    const messages = [1, 2, 3, 4].map((id) => progress(id, TASK, id * 20));
    messages.push(JSON.stringify({ id: 5, type: "completion", task_id: TASK, deliverables: { files_created: 3 } }));
    const pending = messages.filter((m) => (JSON.parse(m) as { id: number }).id > after);
    for (const message of pending) {
      socket.send(message);
      const id = (JSON.parse(message) as { id: number }).id;
      if (index === 0 && id === dropAfter) {
        socket.terminate(); // an abrupt drop: no close frame
        return;
      }
    }
  };
}

describe("live task updates", () => {
  it("resumes from last_event_id after a dropped connection and ends after completion", async () => {
    server = await startUpdatesServer(resumableScript());
    const client = testClient(`${server.url}/v1`, { apiKey: "lv_ws_key" });
    const seen: TaskUpdate[] = [];
    for await (const update of client.tasks.updates(TASK)) seen.push(update);
    expect(seen.map((u) => u.id)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.at(-1)?.type).toBe("completion");
    expect(server.connections.map((c) => c.url)).toEqual([
      `/v1/tasks/${TASK}/updates`,
      `/v1/tasks/${TASK}/updates?last_event_id=3`,
    ]);
    // Node sends the token the usual way, in the Authorization header.
    expect(server.connections[0]?.authorization).toBe("Bearer lv_ws_key");
  });

  it("starts after a given lastEventId", async () => {
    server = await startUpdatesServer(resumableScript(99));
    const client = testClient(server.url);
    const ids: unknown[] = [];
    for await (const update of client.tasks.updates(TASK, { lastEventId: "2" })) ids.push(update.id);
    expect(ids).toEqual([3, 4, 5]);
    expect(server.connections[0]?.url).toBe(`/v1/tasks/${TASK}/updates?last_event_id=2`);
  });

  it("ends after an error message", async () => {
    server = await startUpdatesServer((socket) => {
      socket.send(progress(1, TASK, 10));
      socket.send(JSON.stringify({ id: 2, type: "error", task_id: TASK, error: { message: "quality gate failed" } }));
      // The server would close here; the client must not wait for it.
    });
    const client = testClient(server.url);
    const types: string[] = [];
    for await (const update of client.tasks.updates(TASK)) types.push(update.type);
    expect(types).toEqual(["progress", "error"]);
    expect(server.connections).toHaveLength(1);
  });

  it("passes the token as a bearer subprotocol with a browser-style WebSocket", async () => {
    server = await startUpdatesServer(resumableScript(99));
    // ws's constructor accepts (url, protocols) like the browser's.
    const client = testClient(server.url, { apiKey: "lv_browser", WebSocket: WebSocket as never });
    let count = 0;
    for await (const _ of client.tasks.updates(TASK)) count++;
    expect(count).toBe(5);
    expect(server.connections[0]?.protocol).toBe("bearer.lv_browser");
    expect(server.connections[0]?.authorization).toBeUndefined();
  });

  it("stops when the caller aborts", async () => {
    server = await startUpdatesServer((socket) => socket.send(progress(1, TASK, 10)));
    const client = testClient(server.url);
    const controller = new AbortController();
    const seen: unknown[] = [];
    const run = (async () => {
      for await (const update of client.tasks.updates(TASK, { signal: controller.signal })) {
        seen.push(update.id);
        controller.abort();
      }
    })();
    await expect(run).rejects.toBeInstanceOf(UserAbortError);
    expect(seen).toEqual([1]);
  });

  it("gives up with ConnectionError when the server keeps refusing", async () => {
    server = await startUpdatesServer((socket) => socket.terminate());
    const client = testClient(server.url);
    const run = (async () => {
      for await (const _ of client.tasks.updates(TASK, { maxReconnects: 2 })) {
        /* nothing arrives */
      }
    })();
    await expect(run).rejects.toBeInstanceOf(ConnectionError);
    expect(server.connections).toHaveLength(3);
  });

  it("stops without reconnecting when the server refuses the upgrade with a 404", async () => {
    const http = createServer();
    let attempts = 0;
    const wss = new WebSocketServer({
      server: http,
      verifyClient: (_info, done) => {
        attempts++;
        done(false, 404, "Not Found");
      },
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    try {
      const client = testClient(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
      const run = (async () => {
        for await (const _ of client.tasks.updates(TASK)) {
          /* nothing arrives */
        }
      })();
      await expect(run).rejects.toBeInstanceOf(NotFoundError);
      expect(attempts).toBe(1);
    } finally {
      wss.close();
      http.closeAllConnections();
      http.close();
    }
  });
});
