import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { guardedLookup, isPrivateAddress } from "./destination.js";
import { SIGNATURE_HEADER, type SignedDelivery } from "./signature.js";

/** What one attempt came to: `status` is the receiver's HTTP status, or null when none arrived. */
export interface AttemptOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivateNetworks: boolean;
  userAgent: string;
}

/** Most of an answer is of no interest; reading a little lets the connection be reused and names the failure. */
const MAX_ANSWER_BYTES = 512;

/**
 * POSTs one signed delivery. Redirects are not followed (a 3xx is a failure): following them would let a
 * receiver point the server anywhere, around the private-address check. Any 2xx succeeds.
 */
export function sendDelivery(
  url: string,
  delivery: SignedDelivery,
  eventId: string,
  options: SendOptions,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const done = (status: number | null, error: string | null): AttemptOutcome => ({
    ok: status !== null && status >= 200 && status < 300 && error === null,
    status,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(done(null, "the endpoint URL is not valid"));
      return;
    }
    const host = target.hostname.replace(/^\[|\]$/g, "");
    // A literal address never goes through the lookup, so it is checked here.
    if (!options.allowPrivateNetworks && isIP(host) && isPrivateAddress(host)) {
      resolve(done(null, `refused to connect to a private address (${host})`));
      return;
    }
    const send = target.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(target, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(delivery.body),
        "user-agent": options.userAgent,
        [SIGNATURE_HEADER]: delivery.header,
        "X-LeanVibe-Event-Id": eventId,
      },
      lookup: guardedLookup(options.allowPrivateNetworks),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    req.on("response", (res) => {
      const status = res.statusCode ?? null;
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
        size += chunk.length;
      });
      res.on("end", () => {
        if (status !== null && status >= 200 && status < 300) return resolve(done(status, null));
        const answer = Buffer.concat(chunks).toString("utf8").slice(0, MAX_ANSWER_BYTES).trim();
        resolve(done(status, `the endpoint answered ${status}${answer ? `: ${answer}` : ""}`));
      });
      res.on("error", (err) => resolve(done(status, `the answer broke off: ${err.message}`)));
      // A timeout while the answer streams in closes it without "end"; the first resolve wins.
      res.on("close", () => resolve(done(status, `the answer broke off after ${options.timeoutMs} ms at most`)));
    });
    req.on("error", (err: NodeJS.ErrnoException) => {
      const timedOut = err.name === "AbortError" || err.name === "TimeoutError";
      resolve(
        done(null, timedOut ? `no answer within ${options.timeoutMs} ms` : `${err.code ?? "error"}: ${err.message}`),
      );
    });
    req.end(delivery.body);
  });
}
