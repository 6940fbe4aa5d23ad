import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with 19 MiB of memory and 2 passes (OWASP's baseline), about 50–100 ms a hash on a 2-core machine;
 * `pnpm bench:auth` prints the figure. One lane: a login should not take every core.
 */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
