import { createConnection, createServer, type Socket } from "node:net";

export interface DroppingProxy {
  url: string;
  /** The request line of every WebSocket upgrade that went through, in order. */
  upgrades: string[];
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a real server that cuts the first task-updates WebSocket after it has passed
 * `framesBeforeDrop` text frames: no close frame, both sockets just end, as when a load balancer recycles a
 * connection. Every other connection (plain HTTP, later upgrades) is passed through untouched.
 */
export async function startDroppingProxy(target: string, framesBeforeDrop: number): Promise<DroppingProxy> {
  const { hostname, port } = new URL(target);
  const upgrades: string[] = [];
  const sockets = new Set<Socket>();
  let dropped = false;

  const server = createServer((client) => {
    sockets.add(client);
    client.once("data", (first) => {
      const upstream = createConnection({ host: hostname, port: Number(port) });
      sockets.add(upstream);
      const requestLine = first.toString("latin1").split("\r\n", 1)[0] ?? "";
      const isUpgrade = /\r\nupgrade:\s*websocket/i.test(first.toString("latin1"));
      if (isUpgrade) upgrades.push(requestLine);
      const cut = isUpgrade && !dropped && requestLine.includes("/updates");
      if (cut) dropped = true;
      upstream.write(first);
      client.pipe(upstream);
      if (cut) forwardFrames(upstream, client, framesBeforeDrop);
      else upstream.pipe(client);
      // Ending (not destroying) the client side lets frames already written reach it before the FIN.
      client.on("error", () => upstream.destroy()).on("close", () => upstream.destroy());
      upstream.on("error", () => client.end()).on("close", () => client.end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    upgrades,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Passes the 101 answer and then whole server frames until `limit` text frames went through, then hangs up. */
function forwardFrames(upstream: Socket, client: Socket, limit: number): void {
  let buffer = Buffer.alloc(0);
  let headerDone = false;
  let textFrames = 0;
  upstream.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (!headerDone) {
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      client.write(buffer.subarray(0, end + 4));
      buffer = buffer.subarray(end + 4);
      headerDone = true;
    }
    while (buffer.length >= 2) {
      const opcode = buffer[0]! & 0x0f;
      let length = buffer[1]! & 0x7f;
      let header = 2;
      if (length === 126) {
        if (buffer.length < 4) return;
        length = buffer.readUInt16BE(2);
        header = 4;
      } else if (length === 127) {
        if (buffer.length < 10) return;
        length = Number(buffer.readBigUInt64BE(2));
        header = 10;
      }
      if (buffer.length < header + length) return;
      client.write(buffer.subarray(0, header + length));
      buffer = buffer.subarray(header + length);
      if (opcode === 1 && ++textFrames === limit) {
        upstream.destroy();
        client.end();
        return;
      }
    }
  });
}
