import { type Database, withPlatform } from "./db/index.js";
import type { PlanSlug } from "./plans.js";

export interface TenantStanding {
  id: string;
  slug: string;
  status: "active" | "suspended" | "trial" | "cancelled";
  plan: PlanSlug;
}

/**
 * A short-lived cache of each tenant's status and plan, read on every request. Changes made by this process
 * take effect at once (`forget`); changes made by another process within `ttlMs`.
 */
export class TenantDirectory {
  private cache = new Map<string, { standing: TenantStanding | null; until: number }>();

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(tenantId: string): Promise<TenantStanding | null> {
    const hit = this.cache.get(tenantId);
    if (hit && hit.until > this.now()) return hit.standing;
    const row = await withPlatform(this.db, "read tenant standing", (trx) =>
      trx.selectFrom("tenants").select(["id", "slug", "status", "plan"]).where("id", "=", tenantId).executeTakeFirst(),
    );
    const standing = row ? { id: row.id, slug: row.slug, status: row.status, plan: row.plan } : null;
    this.cache.set(tenantId, { standing, until: this.now() + this.ttlMs });
    return standing;
  }

  forget(tenantId: string): void {
    this.cache.delete(tenantId);
  }
}
