import { audit } from "../platform/audit.js";
import { hashPassword } from "../platform/auth/passwords.js";
import { hashToken, newApiKeySecret } from "../platform/auth/tokens.js";
import { type Database, withPlatform } from "../platform/db/index.js";

export interface DemoCredentials {
  platform_admin: { email: string; password: string };
  tenant: { id: string; slug: string; organization_name: string };
  owner: { id: string; email: string; password: string };
  developer_api_key: { id: string; name: string; secret: string; scopes: string[] };
}

export const DEMO = {
  adminEmail: "admin@leanvibe.local",
  adminPassword: "leanvibe-admin-demo",
  slug: "acme",
  organization: "Acme Corp",
  ownerEmail: "owner@acme.example",
  ownerPassword: "acme-owner-demo",
  keyName: "demo-developer-key",
} as const;

/**
 * Creates, or finds, the demo platform admin, the `acme` tenant and its owner, and issues a fresh developer
 * API key (the previous demo key is revoked: a secret can only be shown when it is created). Running it
 * again leaves one admin, one tenant, one owner and one live demo key.
 */
export async function seedDemo(db: Database): Promise<DemoCredentials> {
  const adminHash = await hashPassword(DEMO.adminPassword);
  const ownerHash = await hashPassword(DEMO.ownerPassword);
  const key = newApiKeySecret();
  return withPlatform(db, "seed demo data", async (trx) => {
    await trx
      .insertInto("platform_admins")
      .values({ email: DEMO.adminEmail, name: "Platform admin", password_hash: adminHash })
      .onConflict((oc) => oc.column("email").doNothing())
      .execute();
    let tenant = await trx
      .selectFrom("tenants")
      .select(["id", "slug", "organization_name"])
      .where("slug", "=", DEMO.slug)
      .executeTakeFirst();
    if (!tenant) {
      tenant = await trx
        .insertInto("tenants")
        .values({
          slug: DEMO.slug,
          organization_name: DEMO.organization,
          display_name: DEMO.organization,
          status: "active",
          plan: "team",
          data_residency: "us",
          configuration: "{}",
        })
        .returning(["id", "slug", "organization_name"])
        .executeTakeFirstOrThrow();
    }
    let owner = await trx
      .selectFrom("users")
      .select(["id", "email"])
      .where("tenant_id", "=", tenant.id)
      .where("email", "=", DEMO.ownerEmail)
      .executeTakeFirst();
    if (!owner) {
      owner = await trx
        .insertInto("users")
        .values({
          tenant_id: tenant.id,
          email: DEMO.ownerEmail,
          name: "Acme owner",
          password_hash: ownerHash,
          role: "owner",
          status: "active",
        })
        .returning(["id", "email"])
        .executeTakeFirstOrThrow();
    }
    await trx
      .updateTable("api_keys")
      .set({ revoked_at: new Date() })
      .where("tenant_id", "=", tenant.id)
      .where("name", "=", DEMO.keyName)
      .where("revoked_at", "is", null)
      .execute();
    const apiKey = await trx
      .insertInto("api_keys")
      .values({
        tenant_id: tenant.id,
        name: DEMO.keyName,
        prefix: key.prefix,
        secret_hash: hashToken(key.secret),
        scopes: ["*"],
        role: "developer",
        created_by: owner.id,
      })
      .returning(["id"])
      .executeTakeFirstOrThrow();
    await audit(trx, {
      tenantId: tenant.id,
      actorType: "system",
      action: "api_key.created",
      category: "auth",
      targetType: "api_key",
      targetId: apiKey.id,
      result: "success",
      details: { name: DEMO.keyName, source: "seed-demo" },
    });
    return {
      platform_admin: { email: DEMO.adminEmail, password: DEMO.adminPassword },
      tenant,
      owner: { id: owner.id, email: owner.email, password: DEMO.ownerPassword },
      developer_api_key: { id: apiKey.id, name: DEMO.keyName, secret: key.secret, scopes: ["*"] },
    };
  });
}
