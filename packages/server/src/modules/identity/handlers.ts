import { type Tx, withPlatform, withTenant } from "../../platform/db/index.js";
import { ApiError } from "../../platform/errors.js";
import type { Handlers, Schemas } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";

type IdentityHandlers = Pick<Handlers, "getJwks" | "getCurrentIdentity">;

export function identityHandlers(s: PlatformServices): IdentityHandlers {
  return {
    getJwks: async () => ({ status: 200, body: s.keys.jwks() }),

    async getCurrentIdentity(req) {
      const p = req.principal;
      if (p.kind === "platform_admin") {
        const body: Schemas["Identity"] = {
          type: "platform_admin",
          role: "platform_admin",
          scopes: ["*"],
          user: { id: p.adminId, email: p.email, role: "platform_admin", tenant_id: null },
          tenant: null,
        };
        return { status: 200, body };
      }
      if (p.kind !== "user" && p.kind !== "api_key") throw new ApiError("unauthorized", "Authentication required");
      const tenant = async (trx: Tx) =>
        trx
          .selectFrom("tenants")
          .select(["id", "slug", "organization_name"])
          .where("id", "=", p.tenantId)
          .executeTakeFirst();
      if (p.kind === "api_key") {
        const t = await withTenant(s.db, p.tenantId, tenant);
        return {
          status: 200,
          body: { type: "api_key", role: p.role, scopes: [...p.scopes], api_key_id: p.keyId, tenant: t ?? null },
        };
      }
      const { t, user } = await withTenant(s.db, p.tenantId, async (trx) => ({
        t: await tenant(trx),
        user: await trx
          .selectFrom("users")
          .select(["id", "email", "role"])
          .where("id", "=", p.userId)
          .executeTakeFirst(),
      }));
      if (!user) throw new ApiError("unauthorized", "The user of this session no longer exists");
      return {
        status: 200,
        body: {
          type: "user",
          role: user.role,
          scopes: ["*"],
          user: { id: user.id, email: user.email, role: user.role, tenant_id: p.tenantId },
          tenant: t ?? null,
        },
      };
    },
  };
}

/** Platform administrators by id, for code that must confirm one still exists. */
export async function platformAdminExists(s: PlatformServices, id: string): Promise<boolean> {
  const row = await withPlatform(s.db, "check platform admin", (trx) =>
    trx
      .selectFrom("platform_admins")
      .select("id")
      .where("id", "=", id)
      .where("status", "=", "active")
      .executeTakeFirst(),
  );
  return Boolean(row);
}
