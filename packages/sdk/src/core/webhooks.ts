import { WebhookVerificationError } from "./errors.js";

/** A webhook delivery as the API sends it. */
export interface WebhookEvent<TData = Record<string, unknown>> {
  event_type: string;
  tenant_id?: string;
  timestamp?: string;
  data: TData;
  [key: string]: unknown;
}

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** Oldest accepted signature age, and allowed clock skew, in seconds (default 300). */
  toleranceSeconds?: number;
  /** Current time in unix seconds (for tests and replays). */
  now?: number;
}

export const SIGNATURE_HEADER = "x-leanvibe-signature";

/**
 * Checks `X-LeanVibe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<rawBody>">` and
 * returns the parsed event. Several `v1` entries (and several secrets) are accepted so a secret
 * can be rotated without dropping deliveries. Pass the body exactly as received, before any JSON parsing.
 */
export async function verifyWebhook<T extends WebhookEvent = WebhookEvent>(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Promise<T> {
  const header = readHeader(headers, SIGNATURE_HEADER);
  if (!header) throw new WebhookVerificationError(`Missing ${SIGNATURE_HEADER} header.`);
  const { timestamp, signatures } = parseSignatureHeader(header);
  const tolerance = options.toleranceSeconds ?? 300;
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > tolerance) {
    throw new WebhookVerificationError(`Webhook timestamp is outside the ${tolerance} s tolerance.`);
  }
  const body = typeof rawBody === "string" ? rawBody : new TextDecoder().decode(rawBody);
  const secrets = typeof secret === "string" ? [secret] : secret;
  if (secrets.length === 0 || secrets.some((s) => !s))
    throw new WebhookVerificationError("A webhook secret is required.");
  let matched = false;
  for (const candidate of secrets) {
    const expected = await hmacHex(candidate, `${timestamp}.${body}`);
    // Compare against every entry (no early exit) so timing says nothing about which one matched.
    for (const signature of signatures) matched = timingSafeEqual(expected, signature) || matched;
  }
  if (!matched) throw new WebhookVerificationError("No webhook signature matches the payload.");
  try {
    return JSON.parse(body) as T;
  } catch (cause) {
    throw new WebhookVerificationError("Webhook payload is not valid JSON.", { cause });
  }
}

/** The `X-LeanVibe-Signature` header value for a payload, as the server computes it. */
export async function signWebhookPayload(
  rawBody: string,
  secret: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  return `t=${timestamp},v1=${await hmacHex(secret, `${timestamp}.${rawBody}`)}`;
}

function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t" && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === undefined) throw new WebhookVerificationError("Webhook signature header has no timestamp.");
  if (signatures.length === 0) throw new WebhookVerificationError("Webhook signature header has no v1 signature.");
  return { timestamp, signatures };
}

function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(",") : value;
  }
  return undefined;
}

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new WebhookVerificationError("WebCrypto (crypto.subtle) is not available in this runtime.");
  const key = await subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await subtle.sign("HMAC", key, encoder.encode(message)));
  let hex = "";
  for (const byte of mac) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
