import { hashToken, newApiKeySecret } from "../../src/platform/auth/tokens.js";
import type { TenantRoleName } from "../../src/platform/context.js";
import { type Database, withPlatform } from "../../src/platform/db/index.js";
import type { PlanSlug } from "../../src/platform/plans.js";

/** A tenant and an API key for it, written straight into a database (for servers started in another process). */
export async function seedTenantWithKey(
  db: Database,
  options: { slug: string; plan?: PlanSlug; role?: TenantRoleName },
): Promise<{ tenantId: string; secret: string }> {
  const key = newApiKeySecret();
  const tenantId = await withPlatform(db, "test: seed tenant and key", async (trx) => {
    const tenant = await trx
      .insertInto("tenants")
      .values({
        slug: options.slug,
        organization_name: options.slug,
        display_name: options.slug,
        status: "active",
        plan: options.plan ?? "enterprise",
        configuration: "{}",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("api_keys")
      .values({
        tenant_id: tenant.id,
        name: `${options.slug}-key`,
        prefix: key.prefix,
        secret_hash: hashToken(key.secret),
        scopes: ["*"],
        role: options.role ?? "owner",
      })
      .execute();
    return tenant.id;
  });
  return { tenantId, secret: key.secret };
}
