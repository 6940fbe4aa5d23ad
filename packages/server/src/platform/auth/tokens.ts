import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** API keys: `lv_` + 43 base64url characters (256 random bits). The stored prefix finds the row. */
export const API_KEY_PREFIX = "lv_";
/** Refresh tokens: `lvr_` + 43 base64url characters. */
export const REFRESH_TOKEN_PREFIX = "lvr_";

export function newApiKeySecret(): { secret: string; prefix: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: apiKeyPrefix(secret) };
}

export const apiKeyPrefix = (secret: string) => secret.slice(0, API_KEY_PREFIX.length + 8);

export function newOpaqueToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** High-entropy tokens need no slow hash: SHA-256 makes the stored value useless to a thief. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, "utf8");
  const bb = Buffer.from(b, "utf8");
  if (ab.length !== bb.length) {
    // Still compare, so the time does not reveal the length difference early.
    timingSafeEqual(ab, ab);
    return false;
  }
  return timingSafeEqual(ab, bb);
}
