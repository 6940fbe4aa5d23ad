import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Encrypts secrets at rest (signing keys, TOTP secrets) with AES-256-GCM under the server's master key.
 * The output is `v1.<iv>.<tag>.<ciphertext>` in base64url, so a value written by one process opens in another
 * that shares the key.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error("The master key must be 32 bytes");
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return ["v1", iv, cipher.getAuthTag(), data]
      .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
      .join(".");
  }

  /**
   * A keyed hash (HMAC-SHA256 under a key derived from the master key for this purpose) of a low-entropy
   * secret such as a backup code: without the master key, a stolen database does not let anyone test guesses.
   */
  mac(purpose: string, data: string): string {
    const key = Buffer.from(hkdfSync("sha256", this.key, Buffer.alloc(0), `leanvibe:${purpose}`, 32));
    return createHmac("sha256", key).update(data, "utf8").digest("hex");
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split(".");
    if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("Not a sealed secret");
    const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  }
}
