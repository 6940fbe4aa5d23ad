import { request as httpRequest, type IncomingMessage } from "node:http";
import { Readable } from "node:stream";

/**
 * A fetch-compatible function on `node:http`, handed to the SDK client. Node's own fetch compiles undici and
 * its WebAssembly HTTP parser on first use, about 25–45 ms of every short command; a CLI process makes one or
 * two requests and exits, so it gains nothing from undici. Anything this transport does not handle (bodies
 * other than text or bytes, protocols other than http and https) goes to the global fetch.
 */
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

type SimpleBody = string | Uint8Array | undefined;

function simpleBody(body: RequestInit["body"]): SimpleBody | null {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return null;
}

function headerRecord(headers: RequestInit["headers"]): Record<string, string> {
  const record: Record<string, string> = {};
  if (!headers) return record;
  if (Array.isArray(headers)) {
    for (const [name, value] of headers) record[name!.toLowerCase()] = value!;
  } else if (typeof (headers as Headers).forEach === "function") {
    (headers as Headers).forEach((value, name) => {
      record[name] = value;
    });
  } else {
    for (const [name, value] of Object.entries(headers)) record[name.toLowerCase()] = String(value);
  }
  return record;
}

/** The failure fetch reports for a socket-level error, so callers that look at `cause.code` see the same. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError("fetch failed", { cause });
}

async function readBytes(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function decoded(message: IncomingMessage): Promise<NodeJS.ReadableStream> {
  const encoding = String(message.headers["content-encoding"] ?? "").toLowerCase();
  if (!encoding || encoding === "identity") return message;
  const zlib = await import("node:zlib");
  if (encoding === "gzip" || encoding === "x-gzip") return message.pipe(zlib.createGunzip());
  if (encoding === "deflate") return message.pipe(zlib.createInflate());
  if (encoding === "br") return message.pipe(zlib.createBrotliDecompress());
  return message;
}

/** The part of `Response` the SDK reads, without constructing undici's Response. */
function responseFrom(message: IncomingMessage, url: string, redirected: boolean): Response {
  const headers = new Headers();
  const raw = message.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  let used = false;
  const take = async (): Promise<Buffer> => {
    if (used) throw new TypeError("Body is unusable: Body has already been read");
    used = true;
    return readBytes((await decoded(message)) as IncomingMessage);
  };
  let stream: ReadableStream<Uint8Array> | undefined;
  const status = message.statusCode ?? 0;
  const response = {
    status,
    statusText: message.statusMessage ?? "",
    ok: status >= 200 && status < 300,
    url,
    redirected,
    type: "basic",
    headers,
    get bodyUsed() {
      return used;
    },
    get body(): ReadableStream<Uint8Array> | null {
      if (stream) return stream;
      if (used) return null;
      used = true;
      // Created on demand: only streaming downloads need a web stream.
      stream = Readable.toWeb(message) as ReadableStream<Uint8Array>;
      return stream;
    },
    text: async () => (await take()).toString("utf8"),
    json: async () => JSON.parse((await take()).toString("utf8")),
    arrayBuffer: async () => {
      const bytes = await take();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    bytes: async () => new Uint8Array(await take()),
    blob: async () => new Blob([await take()], { type: headers.get("content-type") ?? "" }),
    clone: () => {
      throw new TypeError("clone() is not supported by the CLI's HTTP transport");
    },
  };
  return response as unknown as Response;
}

function requestOnce(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: SimpleBody,
  signal: AbortSignal | null | undefined,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    (async () => {
      const request = url.protocol === "https:" ? (await import("node:https")).request : httpRequest;
      if (signal?.aborted) return reject(signal.reason);
      const outgoing = { ...headers };
      if (body !== undefined) outgoing["content-length"] = String(Buffer.byteLength(body));
      const outgoingRequest = request(url, { method, headers: outgoing }, resolve);
      const onAbort = () => {
        outgoingRequest.destroy();
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      outgoingRequest.once("close", () => signal?.removeEventListener("abort", onAbort));
      outgoingRequest.once("error", (error) => reject(signal?.aborted ? signal.reason : fetchFailed(error)));
      outgoingRequest.end(body);
    })().catch(reject);
  });
}

export const httpFetch: FetchFunction = async (input, init = {}) => {
  if (typeof input !== "string" && !(input instanceof URL)) return globalThis.fetch(input, init);
  let url = new URL(input);
  let body = simpleBody(init.body);
  if (body === null || (url.protocol !== "http:" && url.protocol !== "https:")) return globalThis.fetch(input, init);
  let method = (init.method ?? "GET").toUpperCase();
  const headers = headerRecord(init.headers);
  for (let redirects = 0; ; redirects++) {
    const message = await requestOnce(url, method, headers, body, init.signal);
    const location = message.headers.location;
    if (!REDIRECTS.has(message.statusCode ?? 0) || !location || init.redirect === "manual") {
      return responseFrom(message, url.href, redirects > 0);
    }
    message.resume();
    if (init.redirect === "error" || redirects >= MAX_REDIRECTS) throw fetchFailed(new Error("redirect not allowed"));
    const next = new URL(location, url);
    // As fetch does: 303 (and 301/302 after a POST) continue as a GET without the body.
    if (
      message.statusCode === 303 ||
      ((message.statusCode === 301 || message.statusCode === 302) && method === "POST")
    ) {
      method = "GET";
      body = undefined;
      delete headers["content-type"];
    }
    // Credentials are for the origin they were given to.
    if (next.origin !== url.origin) delete headers.authorization;
    url = next;
  }
};
