import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseModelReference } from "./reference.js";

export interface PullProgress {
  downloadedBytes: number;
  /** Null when the server does not say how large the file is. */
  totalBytes: number | null;
  /** Bytes already on disk from an earlier, interrupted pull. */
  resumedFromBytes: number;
}

export interface PullOptions {
  cacheDir: string;
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
  /** How long to wait for the server's response headers before giving up. */
  connectTimeoutMs?: number;
  /** How long the body may go without a byte before the download counts as stalled. */
  stallTimeoutMs?: number;
  /** Bearer token, for gated Hugging Face repositories. */
  token?: string;
}

export interface PullResult {
  path: string;
  sizeBytes: number;
  resumedFromBytes: number;
  alreadyCached: boolean;
}

/** A pull that failed; `retryable` says whether running it again can help (it resumes from the partial file). */
export class ModelDownloadError extends Error {
  override readonly name = "ModelDownloadError";

  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

interface PartialInfo {
  url: string;
  etag: string | null;
  totalBytes: number | null;
}

const OFFLINE_HINT = "Pull the model on a machine with internet access or set LEANVIBE_MODEL to a local .gguf file.";
const PROGRESS_INTERVAL_MS = 250;

/**
 * Downloads a model into the cache. Bytes land in `<file>.partial` first; an interrupted pull leaves them
 * there, and the next pull asks only for the rest (Range + If-Range, so a changed file starts over).
 */
export async function pullModel(uri: string, options: PullOptions): Promise<PullResult> {
  const ref = parseModelReference(uri);
  if (ref.kind === "local") throw new Error(`"${uri}" is a local path; only hf: and http(s) models can be pulled`);
  const { cacheDir, signal } = options;
  const target = join(cacheDir, ref.fileName);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isFile()) {
    return { path: target, sizeBytes: existing.size, resumedFromBytes: 0, alreadyCached: true };
  }
  await mkdir(cacheDir, { recursive: true });
  const partialPath = `${target}.partial`;
  const infoPath = `${partialPath}.json`;

  let info = await readPartialInfo(infoPath);
  let offset = 0;
  if (info?.url === ref.url) offset = (await stat(partialPath).catch(() => undefined))?.size ?? 0;
  else info = null;

  const headers: Record<string, string> = { "user-agent": "leanvibe-server" };
  if (offset > 0) {
    headers.range = `bytes=${offset}-`;
    if (info?.etag) headers["if-range"] = info.etag;
  }
  if (options.token && ref.huggingFace) headers.authorization = `Bearer ${options.token}`;

  const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
  const timeout = new AbortController();
  const requestSignal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  const connectTimer = setTimeout(() => timeout.abort(new Error("connect timeout")), connectTimeoutMs);
  let response: Response;
  try {
    response = await fetch(ref.url, { headers, signal: requestSignal, redirect: "follow" });
  } catch (error) {
    if (signal?.aborted) throw abortError(signal.reason);
    if (timeout.signal.aborted) {
      throw new ModelDownloadError(
        `Could not download ${uri}: no response within ${connectTimeoutMs / 1000} s (connection timed out). ${OFFLINE_HINT}`,
        true,
        { cause: error },
      );
    }
    throw new ModelDownloadError(`Could not download ${uri}: ${describeNetworkError(error)}. ${OFFLINE_HINT}`, true, {
      cause: error,
    });
  } finally {
    clearTimeout(connectTimer);
  }

  if (response.status === 416 && info?.totalBytes === offset) {
    // An earlier pull received every byte but stopped before renaming the file.
    await response.body?.cancel();
    return finish(partialPath, infoPath, target, offset);
  }
  if (response.status !== 200 && response.status !== 206) {
    await response.body?.cancel();
    throw httpError(uri, response);
  }
  if (response.status === 206) {
    const start = /^bytes (\d+)-/.exec(response.headers.get("content-range") ?? "")?.[1];
    if (Number(start) !== offset) {
      await response.body?.cancel();
      await rm(partialPath, { force: true });
      throw new ModelDownloadError(`Could not download ${uri}: the server resumed at the wrong offset; retry`, true);
    }
  } else {
    offset = 0; // A full response: the server ignored our range, or the file changed since the last attempt.
  }

  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  const totalBytes = Number.isFinite(length) ? offset + length : null;
  info = { url: ref.url, etag: response.headers.get("etag"), totalBytes };
  await writeFile(infoPath, JSON.stringify(info));

  const resumedFromBytes = offset;
  let downloaded = offset;
  let lastReport = 0;
  const report = (force: boolean) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastReport < PROGRESS_INTERVAL_MS)) return;
    lastReport = now;
    options.onProgress({ downloadedBytes: downloaded, totalBytes, resumedFromBytes });
  };
  report(true);

  const stallTimeoutMs = options.stallTimeoutMs ?? 30_000;
  const file = createWriteStream(partialPath, { flags: offset > 0 ? "a" : "w" });
  const reader = response.body?.getReader();
  let stallTimer: NodeJS.Timeout | undefined;
  const armStallTimer = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => timeout.abort(new Error("stalled")), stallTimeoutMs);
  };
  try {
    if (!reader) throw new Error("empty response body");
    armStallTimer();
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      armStallTimer();
      if (!file.write(value)) await new Promise<void>((resolve) => file.once("drain", () => resolve()));
      downloaded += value.byteLength;
      report(false);
    }
  } catch (error) {
    if (signal?.aborted) throw abortError(signal.reason);
    const reason = timeout.signal.aborted ? `no data for ${stallTimeoutMs / 1000} s` : describeNetworkError(error);
    throw new ModelDownloadError(
      `Could not download ${uri}: the transfer stopped after ${downloaded} of ${totalBytes ?? "?"} bytes (${reason}). ` +
        "Run the pull again to resume.",
      true,
      { cause: error },
    );
  } finally {
    clearTimeout(stallTimer);
    await new Promise<void>((resolve, reject) =>
      file.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
  report(true);

  if (totalBytes !== null && downloaded !== totalBytes) {
    throw new ModelDownloadError(
      `Could not download ${uri}: received ${downloaded} of ${totalBytes} bytes. Run the pull again to resume.`,
      true,
    );
  }
  const result = await finish(partialPath, infoPath, target, downloaded);
  return { ...result, resumedFromBytes };
}

async function finish(partialPath: string, infoPath: string, target: string, size: number): Promise<PullResult> {
  // A proxy's error page or a wrong URL must not end up in the cache posing as a model.
  const handle = await open(partialPath, "r");
  const magic = Buffer.alloc(4);
  await handle.read(magic, 0, 4, 0);
  await handle.close();
  if (magic.toString("latin1") !== "GGUF") {
    await rm(partialPath, { force: true });
    await rm(infoPath, { force: true });
    throw new ModelDownloadError(`The downloaded file is not a GGUF model (it does not start with "GGUF")`, false);
  }
  await rename(partialPath, target);
  await rm(infoPath, { force: true });
  return { path: target, sizeBytes: size, resumedFromBytes: 0, alreadyCached: false };
}

async function readPartialInfo(path: string): Promise<PartialInfo | null> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as PartialInfo;
  } catch {
    return null;
  }
}

function httpError(uri: string, response: Response): ModelDownloadError {
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
  if (response.status === 401 || response.status === 403) {
    return new ModelDownloadError(
      `Could not download ${uri}: access denied (${status}); the repository may be gated and need a token`,
      false,
    );
  }
  if (response.status === 404) {
    return new ModelDownloadError(`Could not download ${uri}: not found (${status}); check the file name`, false);
  }
  return new ModelDownloadError(`Could not download ${uri}: the server answered ${status}`, response.status >= 500);
}

/** Names the failure in words a user can act on, keeping the system's own message in brackets. */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException)?.code;
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ENETUNREACH":
    case "EHOSTUNREACH":
      return `network unreachable (${detail})`;
    case "ECONNREFUSED":
      return `connection refused (${detail})`;
    case "ETIMEDOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return `connection timed out (${detail})`;
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
      return `connection dropped (${detail})`;
    default:
      return detail;
  }
}

function abortError(reason: unknown): Error {
  const error = new Error("The model download was aborted", { cause: reason });
  error.name = "AbortError";
  return error;
}
