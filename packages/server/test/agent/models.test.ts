import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  buildTinyModel,
  DEFAULT_MODEL_URI,
  listModels,
  ModelDownloadError,
  ModelNotFoundError,
  pullModel,
  resolveModel,
} from "../../src/agent/models/index.js";

let dir: string;
let cacheDir: string;
const servers: Server[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "leanvibe-models-"));
});

afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(join(dir, "cache"), { recursive: true, force: true });
  cacheDir = join(dir, "cache");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function timed<T>(work: Promise<T>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await work;
    return { error: undefined, ms: performance.now() - started };
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
}

describe("pullModel without a network", () => {
  it("fails fast with a clear message for the default Hugging Face model", async () => {
    const { error, ms } = await timed(
      pullModel(DEFAULT_MODEL_URI, { cacheDir: join(dir, "cache"), signal: AbortSignal.timeout(15_000) }),
    );
    expect(error).toBeInstanceOf(ModelDownloadError);
    expect((error as Error).message).toMatch(
      /^Could not download hf:microsoft\/Phi-3-mini-4k-instruct-gguf\/Phi-3-mini-4k-instruct-q4\.gguf: .+\. Pull the model on a machine with internet access or set LEANVIBE_MODEL to a local \.gguf file\.$/,
    );
    expect(ms).toBeLessThan(6_000);
  });

  it("reports a refused connection on a local port", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { error, ms } = await timed(pullModel(`http://127.0.0.1:${port}/m.gguf`, { cacheDir: join(dir, "cache") }));
    expect((error as Error).message).toMatch(/connection refused \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)/);
    expect(ms).toBeLessThan(3_000);
  });

  it("gives up on a server that accepts the connection but never answers", async () => {
    const base = await listen(() => undefined);
    const { error, ms } = await timed(
      pullModel(`${base}/silent.gguf`, { cacheDir: join(dir, "cache"), connectTimeoutMs: 400 }),
    );
    expect((error as Error).message).toMatch(/no response within 0\.4 s \(connection timed out\)/);
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(2_000);
  });
});

describe("pullModel over HTTP", () => {
  const model = buildTinyModel({ seed: 11 });
  const etag = `"${createHash("sha256").update(model).digest("hex").slice(0, 16)}"`;

  it("resumes an interrupted download with a Range request and ends with identical bytes", async () => {
    const ranges: (string | undefined)[] = [];
    let requests = 0;
    const half = Math.floor(model.length / 2);
    const base = await listen((req, res) => {
      requests++;
      ranges.push(req.headers.range);
      const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
      if (range && req.headers["if-range"] === etag) {
        const start = Number(range[1]);
        res.writeHead(206, {
          "content-length": model.length - start,
          "content-range": `bytes ${start}-${model.length - 1}/${model.length}`,
          etag,
        });
        res.end(model.subarray(start));
        return;
      }
      // The first transfer promises the whole file, sends half of it, then drops the connection.
      res.writeHead(200, { "content-length": model.length, etag });
      res.write(model.subarray(0, half), () => res.socket?.end());
    });
    const uri = `${base}/files/tiny-model.gguf`;

    const first = await timed(pullModel(uri, { cacheDir }));
    expect(first.error).toBeInstanceOf(ModelDownloadError);
    expect((first.error as ModelDownloadError).retryable).toBe(true);
    expect((first.error as Error).message).toMatch(
      /transfer stopped after \d+ of \d+ bytes .*Run the pull again to resume/,
    );
    const partial = await stat(join(cacheDir, "tiny-model.gguf.partial"));
    expect(partial.size).toBeGreaterThan(0);
    expect(partial.size).toBeLessThanOrEqual(half);
    expect(await listModels(cacheDir)).toEqual([]);

    const progress: number[] = [];
    const result = await pullModel(uri, { cacheDir, onProgress: (p) => progress.push(p.downloadedBytes) });
    expect(requests).toBe(2);
    expect(ranges[1]).toBe(`bytes=${partial.size}-`);
    expect(result.resumedFromBytes).toBe(partial.size);
    expect(progress[0]).toBe(partial.size);
    expect(progress.at(-1)).toBe(model.length);
    expect((await readFile(result.path)).equals(model)).toBe(true);

    const again = await pullModel(uri, { cacheDir });
    expect(again.alreadyCached).toBe(true);
    expect(requests).toBe(2);
  });

  it("starts over when the file changed since the interrupted attempt", async () => {
    await mkdir(cacheDir, { recursive: true });
    const base = await listen((req, res) => {
      // If-Range carries a stale tag, so a correct server sends the whole current file.
      expect(req.headers["if-range"]).toBe('"old"');
      res.writeHead(200, { "content-length": model.length, etag });
      res.end(model);
    });
    const uri = `${base}/changed.gguf`;
    await writeFile(join(cacheDir, "changed.gguf.partial"), Buffer.alloc(1000, 7));
    await writeFile(
      join(cacheDir, "changed.gguf.partial.json"),
      JSON.stringify({ url: `${uri}`, etag: '"old"', totalBytes: 5000 }),
    );
    const result = await pullModel(uri, { cacheDir });
    expect(result.resumedFromBytes).toBe(0);
    expect((await readFile(result.path)).equals(model)).toBe(true);
  });

  it("explains HTTP errors and refuses content that is not GGUF", async () => {
    const base = await listen((req, res) => {
      if (req.url === "/missing.gguf") {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/html" }).end("<html>captive portal</html>");
    });
    await expect(pullModel(`${base}/missing.gguf`, { cacheDir })).rejects.toThrow(/not found \(HTTP 404 Not Found\)/);
    await expect(pullModel(`${base}/portal.gguf`, { cacheDir })).rejects.toThrow(/not a GGUF model/);
    expect(await listModels(cacheDir)).toEqual([]);
  });

  it("stops when the caller aborts and keeps the partial file for a later resume", async () => {
    const controller = new AbortController();
    const base = await listen((_req, res) => {
      res.writeHead(200, { "content-length": model.length, etag });
      // Send a first slice, then hold the connection open until the caller gives up.
      res.write(model.subarray(0, 4096), () => setTimeout(() => controller.abort(), 100));
    });
    const pending = pullModel(`${base}/slow.gguf`, { cacheDir, signal: controller.signal });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect((await stat(join(cacheDir, "slow.gguf.partial"))).size).toBe(4096);
  });

  it("treats a transfer that goes silent as stalled and keeps what arrived", async () => {
    const base = await listen((_req, res) => {
      res.writeHead(200, { "content-length": model.length, etag });
      res.write(model.subarray(0, 8192));
    });
    const { error, ms } = await timed(pullModel(`${base}/stalled.gguf`, { cacheDir, stallTimeoutMs: 300 }));
    expect((error as Error).message).toMatch(/transfer stopped after 8192 of \d+ bytes \(no data for 0\.3 s\)/);
    expect(ms).toBeLessThan(2_000);
    expect((await stat(join(cacheDir, "stalled.gguf.partial"))).size).toBe(8192);
  });
});

describe("model cache", () => {
  it("lists cached GGUF files with their sizes and resolves references to them", async () => {
    await mkdir(cacheDir, { recursive: true });
    const phi = join(cacheDir, "hf_microsoft_Phi-3-mini-4k-instruct-q4.gguf");
    await writeFile(phi, buildTinyModel({ seed: 2 }));
    await writeFile(join(cacheDir, "other.gguf.partial"), "partial");
    await writeFile(join(cacheDir, "notes.txt"), "x");
    const models = await listModels(cacheDir);
    expect(models.map((m) => [m.fileName, m.sizeBytes])).toEqual([
      ["hf_microsoft_Phi-3-mini-4k-instruct-q4.gguf", (await stat(phi)).size],
    ]);
    expect(await resolveModel(DEFAULT_MODEL_URI, cacheDir)).toBe(phi);
    expect(await resolveModel(phi, join(dir, "elsewhere"))).toBe(phi);
  });

  it("tells the user how to get a model that is not there", async () => {
    const missing = resolveModel(DEFAULT_MODEL_URI, cacheDir);
    await expect(missing).rejects.toBeInstanceOf(ModelNotFoundError);
    await expect(missing).rejects.toThrow(
      /not in the model cache .*Run `leanvibe-server models pull hf:microsoft\/Phi-3-mini-4k-instruct-gguf\/Phi-3-mini-4k-instruct-q4\.gguf`/,
    );
    await expect(resolveModel(join(dir, "nope.gguf"), cacheDir)).rejects.toThrow(/does not exist/);
    expect(await listModels(join(dir, "no-such-dir"))).toEqual([]);
  });
});
