import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface UpdatesConnectionRecord {
  url: string;
  authorization: string | undefined;
  protocol: string | undefined;
}

/**
 * A task-updates server: `script` decides, per connection, what to send and whether to drop the
 * socket. Every connection's URL and credentials are recorded.
 */
export async function startUpdatesServer(
  script: (socket: WebSocket, request: IncomingMessage, connectionIndex: number) => void,
  httpHandler?: (req: IncomingMessage, res: ServerResponse) => void,
) {
  const connections: UpdatesConnectionRecord[] = [];
  const http = createServer((req, res) => {
    if (httpHandler) return httpHandler(req, res);
    res.writeHead(426, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "upgrade_required", message: "Use a WebSocket" }));
  });
  const wss = new WebSocketServer({
    server: http,
    // Echo the bearer subprotocol back, as a browser requires the server to pick one it offered.
    handleProtocols: (protocols) => [...protocols].find((p) => p.startsWith("bearer.")) ?? false,
  });
  wss.on("connection", (socket, request) => {
    connections.push({
      url: request.url ?? "",
      authorization: request.headers.authorization,
      protocol: request.headers["sec-websocket-protocol"],
    });
    script(socket, request, connections.length - 1);
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

export function progress(id: number, taskId: string, percentage: number) {
  return JSON.stringify({ id, type: "progress", task_id: taskId, percentage, current_step: `step ${id}` });
}
