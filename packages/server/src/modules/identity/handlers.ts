import type { Principal } from "../../platform/context.js";
import { type Tx, withPlatform, withTenant } from "../../platform/db/index.js";
import { ApiError, forbidden } from "../../platform/errors.js";
import type { Handlers, Schemas } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";
import { identityOf } from "./runtime.js";
import type { TenantPrincipal } from "./users.js";

type IdentityHandlers = Pick<
  Handlers,
  | "getJwks"
  | "getCurrentIdentity"
  | "registerTenant"
  | "login"
  | "setupMfa"
  | "verifyMfa"
  | "listMfaMethods"
  | "disableMfa"
  | "refreshToken"
  | "logout"
  | "acceptInvitation"
  | "listUsers"
  | "inviteUser"
  | "getUser"
  | "updateUserRole"
  | "removeUser"
  | "createApiKey"
  | "listApiKeys"
  | "revokeApiKey"
  | "startSso"
  | "completeSso"
  | "samlSso"
>;

/** A person with a session: multi-factor methods and logout belong to people, not to keys. */
function person(p: Principal): Extract<Principal, { kind: "user" }> {
  if (p.kind === "user") return p;
  if (p.kind === "anonymous") throw new ApiError("unauthorized", "Authentication required");
  throw forbidden("This operation needs a user's session (an access token from /v1/auth/login), not an API key");
}

function member(p: Principal): TenantPrincipal {
  if (p.kind === "user" || p.kind === "api_key") return p;
  if (p.kind === "anonymous") throw new ApiError("unauthorized", "Authentication required");
  throw forbidden("This operation acts on the caller's own tenant; platform administrators have none");
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function identityHandlers(s: PlatformServices): IdentityHandlers {
  const id = identityOf(s);
  return {
    registerTenant: async (req) => ({ status: 201, body: await id.login.register(req.body) }),

    login: async (req) => ({
      status: 200,
      body: await id.login.login(req.body, header(req.headers["x-tenant-slug"])?.trim() || undefined, req.ip),
    }),

    startSso: async (req) => ({
      status: 200,
      body: await id.oidc.start(
        req.path.provider,
        header(req.headers["x-tenant-slug"])?.trim() ?? "",
        req.query.redirect_uri,
      ),
    }),
    async completeSso(req) {
      const { code, error, error_description: description } = req.query;
      if (error) {
        throw new ApiError("unauthorized", `The identity provider refused the sign-in: ${description ?? error}`, {
          provider_error: error,
        });
      }
      if (!code) throw new ApiError("invalid_request", "The callback has no code", { field: "code" });
      return { status: 200, body: await id.oidc.complete(req.path.provider, code, req.query.state) };
    },
    samlSso: async (req) => ({ status: 200, body: await id.saml.consume(req.body) }),

    async refreshToken(req) {
      const fromHeader = /^Bearer\s+(\S+)\s*$/i.exec(header(req.headers.authorization) ?? "")?.[1];
      const token = req.body?.refresh_token ?? fromHeader;
      if (!token) throw new ApiError("unauthorized", "Send the refresh token as Authorization: Bearer <token>");
      return { status: 200, body: await id.sessions.refresh(token) };
    },

    async logout(req) {
      await id.sessions.logout(person(req.principal));
      return { status: 200, body: { success: true, message: "Logged out: the session and its tokens have ended" } };
    },

    setupMfa: async (req) => ({ status: 200, body: await id.mfa.setup(person(req.principal), req.body.method) }),

    async verifyMfa(req) {
      const method = req.body.method ?? "totp";
      if (method !== "totp") {
        throw new ApiError("not_implemented", `Multi-factor authentication by ${method} is not available yet`);
      }
      if (req.body.mfa_token)
        return { status: 200, body: await id.mfa.completeLogin(req.body.mfa_token, req.body.code) };
      if (req.principal.kind === "anonymous") {
        throw new ApiError("unauthorized", "Send the mfa_token from the login answer, or an access token");
      }
      return { status: 200, body: await id.mfa.verifyWithSession(person(req.principal), req.body.code) };
    },

    listMfaMethods: async (req) => ({ status: 200, body: await id.mfa.list(person(req.principal)) }),

    disableMfa: async (req) => ({
      status: 200,
      body: await id.mfa.disable(person(req.principal), req.body.method, req.body.code),
    }),

    acceptInvitation: async (req) => ({ status: 200, body: await id.users.accept(req.body) }),

    listUsers: async (req) => ({ status: 200, body: await id.users.list(member(req.principal), req.query) }),
    inviteUser: async (req) => ({ status: 201, body: await id.users.invite(member(req.principal), req.body) }),
    getUser: async (req) => ({ status: 200, body: await id.users.get(member(req.principal), req.path.user_id) }),
    updateUserRole: async (req) => ({
      status: 200,
      body: await id.users.changeRole(member(req.principal), req.path.user_id, req.body.role),
    }),
    async removeUser(req) {
      await id.users.remove(member(req.principal), req.path.user_id);
      return { status: 204 };
    },

    createApiKey: async (req) => ({ status: 201, body: await id.apiKeys.create(member(req.principal), req.body) }),
    listApiKeys: async (req) => ({ status: 200, body: await id.apiKeys.list(member(req.principal), req.query) }),
    revokeApiKey: async (req) => ({
      status: 200,
      body: await id.apiKeys.revoke(member(req.principal), req.path.key_id),
    }),

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
