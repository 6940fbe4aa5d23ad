import { afterEach, describe, expect, it } from "vitest";
import { LeanVibeClient } from "../src/index.js";
import { createNodeFetch, nodeWebSocket } from "../src/node.js";
import { sendJson, startServer, type TestServer } from "./helpers/http-server.js";
import { startUpdatesServer } from "./helpers/ws-server.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

describe("Node conveniences", () => {
  it("createNodeFetch reuses kept-alive connections across requests", async () => {
    const ports: number[] = [];
    server = await startServer((req, res) => {
      ports.push(req.socket.remotePort ?? 0);
      sendJson(res, 200, { ok: true });
    });
    const fetch = createNodeFetch({ keepAlive: true });
    const client = new LeanVibeClient({ apiKey: "lv_node", baseURL: server.url, fetch });
    for (let i = 0; i < 10; i++) await client.get("/v1/health");
    // undici may open a second socket while the first is being released; it never opens one per request.
    expect(new Set(ports).size).toBeLessThanOrEqual(2);
    await fetch.dispatcher.close();
  });

  it("createNodeFetch without keep-alive opens a connection per request", async () => {
    const ports: number[] = [];
    server = await startServer((req, res) => {
      ports.push(req.socket.remotePort ?? 0);
      res.setHeader("connection", "close");
      sendJson(res, 200, { ok: true });
    });
    const fetch = createNodeFetch({ keepAlive: false });
    const client = new LeanVibeClient({ apiKey: "lv_node", baseURL: server.url, fetch });
    for (let i = 0; i < 3; i++) await client.get("/v1/health");
    expect(new Set(ports).size).toBe(3);
    await fetch.dispatcher.close();
  });

  it("nodeWebSocket authenticates with the Authorization header", async () => {
    const ws = await startUpdatesServer((socket) => {
      socket.send(JSON.stringify({ id: 1, type: "completion", task_id: "t" }));
    });
    try {
      const client = new LeanVibeClient({ apiKey: "lv_node_ws", baseURL: ws.url, WebSocket: nodeWebSocket });
      const types: string[] = [];
      for await (const update of client.tasks.updates("t")) types.push(update.type);
      expect(types).toEqual(["completion"]);
      expect(ws.connections[0]?.authorization).toBe("Bearer lv_node_ws");
    } finally {
      await ws.close();
    }
  });
});
