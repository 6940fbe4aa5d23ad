import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from "jose";
import type { Database } from "../db/index.js";
import { withPlatform } from "../db/index.js";
import type { SecretBox } from "./secret-box.js";

const ALG = "ES256";

type KeyObjectLike = Awaited<ReturnType<typeof importJWK>>;

interface LoadedKey {
  kid: string;
  publicJwk: JWK;
  publicKey: KeyObjectLike;
  privateKey?: KeyObjectLike;
  retired: boolean;
}

export interface AccessClaims extends JWTPayload {
  sub: string;
  tenant_id: string | null;
  role: string;
  sid: string;
  jti: string;
}

/**
 * The keys that sign access tokens: created at first start, stored in the database (private halves sealed),
 * rotatable; the public keys are served at /.well-known/jwks.json. Verification accepts ES256 only, so
 * `alg: none` and HMAC tokens made with a public key are refused by construction.
 */
/** Verified tokens kept to skip the signature check on their next use; the expiry is still checked each time. */
const VERIFIED_CACHE_SIZE = 10_000;

export class KeyRing {
  private keys = new Map<string, LoadedKey>();
  private activeKid: string | undefined;
  private verified = new Map<string, AccessClaims>();

  constructor(
    private readonly db: Database,
    private readonly box: SecretBox,
    private readonly issuer: string,
    private readonly audience: string,
  ) {}

  async load(): Promise<void> {
    const rows = await withPlatform(this.db, "load signing keys", (trx) =>
      trx.selectFrom("signing_keys").selectAll().orderBy("created_at", "asc").execute(),
    );
    this.keys.clear();
    for (const row of rows) {
      const publicJwk = row.public_jwk as JWK;
      const privateJwk = JSON.parse(this.box.open(row.private_jwk_sealed)) as JWK;
      this.keys.set(row.kid, {
        kid: row.kid,
        publicJwk,
        publicKey: await importJWK(publicJwk, ALG),
        privateKey: row.retired_at ? undefined : await importJWK(privateJwk, ALG),
        retired: row.retired_at !== null,
      });
    }
    const active = [...this.keys.values()].filter((k) => !k.retired).at(-1);
    if (active) this.activeKid = active.kid;
    else await this.rotate();
  }

  /** Adds a new signing key and retires the others (they still verify until their tokens expire). */
  async rotate(): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true });
    const kid = `key-${randomUUID()}`;
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: "sig" };
    const privateJwk = await exportJWK(privateKey);
    await withPlatform(this.db, "rotate signing key", async (trx) => {
      await trx.updateTable("signing_keys").set({ retired_at: new Date() }).where("retired_at", "is", null).execute();
      await trx
        .insertInto("signing_keys")
        .values({
          kid,
          alg: ALG,
          public_jwk: JSON.stringify(publicJwk),
          private_jwk_sealed: this.box.seal(JSON.stringify(privateJwk)),
        })
        .execute();
    });
    await this.load();
    return kid;
  }

  jwks(): { keys: JWK[] } {
    return { keys: [...this.keys.values()].map((k) => k.publicJwk) };
  }

  async sign(
    claims: Omit<AccessClaims, "iss" | "aud" | "iat" | "exp">,
    ttlSeconds: number,
    now = new Date(),
  ): Promise<string> {
    const key = this.activeKid ? this.keys.get(this.activeKid) : undefined;
    if (!key?.privateKey) throw new Error("No active signing key");
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: ALG, kid: key.kid, typ: "JWT" })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
      .sign(key.privateKey);
  }

  /** Throws on a bad signature, unknown key, wrong issuer or audience, or expiry. */
  async verify(token: string, now = new Date()): Promise<AccessClaims> {
    const hit = this.verified.get(token);
    if (hit && (hit.exp ?? 0) * 1000 > now.getTime()) return hit;
    const claims = await this.verifySignature(token, now);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, claims);
    return claims;
  }

  private async verifySignature(token: string, now: Date): Promise<AccessClaims> {
    const { payload } = await jwtVerify(
      token,
      async (header) => {
        let key = header.kid ? this.keys.get(header.kid) : undefined;
        if (!key && header.kid) {
          // Another process may have rotated.
          await this.load();
          key = this.keys.get(header.kid);
        }
        if (!key) throw new Error("Unknown signing key");
        return key.publicKey;
      },
      {
        algorithms: [ALG],
        issuer: this.issuer,
        audience: this.audience,
        currentDate: now,
        requiredClaims: ["sub", "jti", "exp"],
      },
    );
    return payload as AccessClaims;
  }
}
