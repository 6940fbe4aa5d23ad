import type { Database } from "../../platform/db/index.js";
import { withPlatform } from "../../platform/db/index.js";

export interface LockoutPolicy {
  /** Failures for one e-mail address within `windowMs` that lock it. */
  accountFailures: number;
  /** Failures from one source address within `windowMs` that lock it. */
  addressFailures: number;
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = {
  accountFailures: 5,
  addressFailures: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export interface Lock {
  key: "account" | "address";
  until: Date;
}

/**
 * Failed logins counted per e-mail typed and per source address, in the database so that every server process
 * shares them. Keyed by the e-mail rather than by an account, so an unknown address locks exactly like a real one.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Database,
    private readonly policy: LockoutPolicy,
  ) {}

  private keys(email: string, ip: string | undefined) {
    return { account: `account:${email}`, address: `address:${ip ?? "unknown"}` };
  }

  /** The lock in force for this e-mail or address, if any. */
  async lockFor(email: string, ip: string | undefined, now: Date): Promise<Lock | undefined> {
    const k = this.keys(email, ip);
    const rows = await withPlatform(this.db, "check login throttle", (trx) =>
      trx
        .selectFrom("login_throttles")
        .select(["key", "locked_until"])
        .where("key", "in", [k.account, k.address])
        .where("locked_until", ">", now)
        .execute(),
    );
    const row = rows.sort((a, b) => b.locked_until!.getTime() - a.locked_until!.getTime())[0];
    if (!row) return undefined;
    return { key: row.key === k.account ? "account" : "address", until: row.locked_until! };
  }

  /** Counts a failure against both keys; answers the lock it caused, if it reached a threshold. */
  async fail(email: string, ip: string | undefined, now: Date): Promise<Lock | undefined> {
    const k = this.keys(email, ip);
    const limits = { [k.account]: this.policy.accountFailures, [k.address]: this.policy.addressFailures };
    return withPlatform(this.db, "count failed login", async (trx) => {
      let lock: Lock | undefined;
      for (const key of [k.account, k.address]) {
        await trx
          .insertInto("login_throttles")
          .values({ key, failures: 0, window_started_at: now })
          .onConflict((oc) => oc.column("key").doNothing())
          .execute();
        const row = await trx
          .selectFrom("login_throttles")
          .selectAll()
          .where("key", "=", key)
          .forUpdate()
          .executeTakeFirstOrThrow();
        const fresh = now.getTime() - row.window_started_at.getTime() > this.policy.windowMs;
        const failures = (fresh ? 0 : row.failures) + 1;
        const locks = failures >= limits[key]!;
        const until = new Date(now.getTime() + this.policy.lockMs);
        await trx
          .updateTable("login_throttles")
          .set({
            failures: locks ? 0 : failures,
            window_started_at: fresh || locks ? now : row.window_started_at,
            ...(locks ? { locked_until: until } : {}),
          })
          .where("key", "=", key)
          .execute();
        if (locks) lock = { key: key === k.account ? "account" : "address", until };
      }
      return lock;
    });
  }

  /** A successful login clears the e-mail's count; the address keeps its own. */
  async succeed(email: string): Promise<void> {
    const { account } = this.keys(email, undefined);
    await withPlatform(this.db, "clear login throttle", (trx) =>
      trx.deleteFrom("login_throttles").where("key", "=", account).execute(),
    );
  }
}
