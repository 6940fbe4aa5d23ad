import { sql } from "kysely";
import type { RevocationCheck } from "../../platform/auth/authenticator.js";
import { type Database, type Tx, withPlatform } from "../../platform/db/index.js";
import type { Logger } from "../../platform/logger.js";

export interface Revocation {
  tenantId: string;
  /** `token`: one access token by its jti; `session`: every access token of a session (sid). */
  kind: "token" | "session";
  value: string;
  expiresAt: Date;
}

/**
 * The access tokens and sessions ended before their time. Checked on every authenticated request, so it is
 * held in memory: a revocation made by this process counts at once (`remember` after the commit); one made by
 * another process is read by the next check after `syncMs` (one query a second at most, however busy the
 * server). Rows are re-read with an overlap, so one committed late by a slow transaction is not missed.
 */
export class RevocationList implements RevocationCheck {
  private revoked = new Map<string, number>();
  private lastSync = 0;
  private watermark: Date | undefined;
  private syncing: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly now: () => number,
    private readonly logger: Logger,
    private readonly syncMs = 1_000,
    private readonly overlapMs = 30_000,
  ) {}

  async isRevoked(claims: { jti: string; sid: string }): Promise<boolean> {
    if (Date.now() - this.lastSync >= this.syncMs) await this.sync();
    const now = this.now();
    return this.live(`token:${claims.jti}`, now) || this.live(`session:${claims.sid}`, now);
  }

  /** Writes revocations in the caller's transaction (tenant or platform). Call `remember` once it commits. */
  async record(trx: Tx, entries: readonly Revocation[]): Promise<void> {
    if (entries.length === 0) return;
    await trx
      .insertInto("auth_revocations")
      .values(entries.map((e) => ({ tenant_id: e.tenantId, kind: e.kind, value: e.value, expires_at: e.expiresAt })))
      .execute();
  }

  remember(entries: readonly Revocation[]): void {
    for (const e of entries) this.revoked.set(`${e.kind}:${e.value}`, e.expiresAt.getTime());
  }

  private live(key: string, now: number): boolean {
    const until = this.revoked.get(key);
    return until !== undefined && until > now;
  }

  private sync(): Promise<void> {
    this.syncing ??= this.read()
      .catch((err) => {
        // Keep answering from what is known; the next check tries again.
        this.logger.error({ err }, "could not read token revocations");
      })
      .finally(() => {
        this.syncing = undefined;
      });
    return this.syncing;
  }

  private async read(): Promise<void> {
    const now = this.now();
    const since = this.watermark ? new Date(this.watermark.getTime() - this.overlapMs) : undefined;
    const { rows, dbNow } = await withPlatform(this.db, "read token revocations", async (trx) => {
      let q = trx
        .selectFrom("auth_revocations")
        .select(["kind", "value", "expires_at"])
        .where("expires_at", ">", new Date(now));
      if (since) q = q.where("created_at", ">", since);
      const rows = await q.execute();
      const clock = await sql<{ now: Date }>`select now() as now`.execute(trx);
      return { rows, dbNow: clock.rows[0]?.now };
    });
    for (const row of rows) this.revoked.set(`${row.kind}:${row.value}`, row.expires_at.getTime());
    for (const [key, until] of this.revoked) if (until <= now) this.revoked.delete(key);
    // The database's clock, not ours: created_at is written by the database.
    this.watermark = dbNow ? new Date(dbNow) : this.watermark;
    this.lastSync = Date.now();
  }

  /** Deletes rows whose tokens have all expired. */
  async prune(): Promise<number> {
    const res = await withPlatform(this.db, "prune token revocations", (trx) =>
      trx.deleteFrom("auth_revocations").where("expires_at", "<=", new Date(this.now())).executeTakeFirst(),
    );
    return Number(res.numDeletedRows);
  }
}
