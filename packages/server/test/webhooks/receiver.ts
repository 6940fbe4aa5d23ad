import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived, for signature checks. */
  rawBody: string;
}

export interface Receiver {
  url: string;
  received: ReceivedRequest[];
  /** Statuses to answer with, in order; once spent, every answer is 200. */
  answers: number[];
  /** When it returns a promise for a request (numbered from 0), that request is recorded at once but answered later. */
  hold: ((index: number) => Promise<void> | undefined) | undefined;
  /** Resolves once `count` requests have arrived (or rejects after timeoutMs). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

/** A real webhook receiver on 127.0.0.1 (a free port) that records every request and answers as told. */
export async function startReceiver(answers: number[] = []): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const waiters: Array<() => void> = [];
  const receiver: Partial<Receiver> = { received, answers, hold: undefined };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const index = received.push({
        path: req.url ?? "/",
        headers: req.headers,
        rawBody: Buffer.concat(chunks).toString("utf8"),
      });
      const status = receiver.answers!.shift() ?? 200;
      for (const wake of waiters.splice(0)) wake();
      await receiver.hold?.(index - 1);
      res.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : "receiver says no");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/hooks`;
  receiver.waitFor = (count, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`expected ${count} webhook requests, got ${received.length}`)),
        timeoutMs,
      );
      const check = () => {
        if (received.length >= count) {
          clearTimeout(timer);
          resolve(received);
        } else waiters.push(check);
      };
      check();
    });
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver as Receiver;
}

/** A URL on 127.0.0.1 where nothing listens: connections are refused. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/gone`;
}

/** Polls until check() returns a value (not undefined), or fails after timeoutMs. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
