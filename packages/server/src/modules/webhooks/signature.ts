import { createHmac, randomBytes } from "node:crypto";

/** The body of every delivery, in the order its fields are serialised. */
export interface WebhookEventBody {
  id: string;
  event_type: string;
  tenant_id: string | null;
  timestamp: string;
  data: Record<string, unknown>;
}

export interface SignedDelivery {
  /** The exact bytes sent; the header's signature covers them. */
  body: string;
  /** `X-LeanVibe-Signature`: `t=<unix seconds>,v1=<hex>` with one v1 per secret. */
  header: string;
}

export const SIGNATURE_HEADER = "X-LeanVibe-Signature";

const hmacHex = (secret: string, message: string) =>
  createHmac("sha256", Buffer.from(secret, "utf8")).update(message, "utf8").digest("hex");

/** A secret for an endpoint created without one: 32 random bytes, shown once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/**
 * Serialises and signs an event. The body carries the documented `signature` field (`sha256=<hex HMAC of the
 * body serialised without that field>`, with the first secret); the header signs `<t>.<body>` with every secret
 * given, so an endpoint can rotate its secret without dropping deliveries. The header is what the SDK's
 * verifyWebhook checks: it also covers the timestamp, which stops replays.
 */
export function signDelivery(event: WebhookEventBody, secrets: readonly string[], unixSeconds: number): SignedDelivery {
  if (secrets.length === 0) throw new Error("A webhook delivery needs at least one secret");
  const unsigned: WebhookEventBody = {
    id: event.id,
    event_type: event.event_type,
    tenant_id: event.tenant_id,
    timestamp: event.timestamp,
    data: event.data,
  };
  const bodySignature = `sha256=${hmacHex(secrets[0]!, JSON.stringify(unsigned))}`;
  const body = JSON.stringify({ ...unsigned, signature: bodySignature });
  const v1 = secrets.map((secret) => `v1=${hmacHex(secret, `${unixSeconds}.${body}`)}`);
  return { body, header: [`t=${unixSeconds}`, ...v1].join(",") };
}
