import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with 64 MiB of memory and 3 passes (RFC 9106's second recommendation, in one lane), about 60 ms a
 * hash on this project's 2-core reference machine; `pnpm bench:auth` prints the figure. One lane: a login should
 * not take every core. OWASP's lighter baseline (19 MiB, 2 passes) measured 13 ms here, below the 50–100 ms
 * aimed at. Hashes carry their parameters, so raising them later leaves existing passwords valid.
 */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 65_536, timeCost: 3, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
