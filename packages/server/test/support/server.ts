import { randomUUID } from "node:crypto";
import { hashPassword } from "../../src/platform/auth/passwords.js";
import { hashToken, newApiKeySecret, newOpaqueToken } from "../../src/platform/auth/tokens.js";
import { loadConfig, type ServerConfig } from "../../src/platform/config.js";
import type { TenantRoleName } from "../../src/platform/context.js";
import { withPlatform } from "../../src/platform/db/index.js";
import type { PlanSlug } from "../../src/platform/plans.js";
import { type RunningServer, type StartOptions, startServer } from "../../src/server.js";
import { createTestDatabase, type EngineKind, type TestDatabase } from "./database.js";

export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestServer {
  kind: EngineKind;
  url: string;
  server: RunningServer;
  database: TestDatabase;
  config: ServerConfig;
  /** A tenant straight in the database (no API), with the given plan. */
  seedTenant(options?: {
    slug?: string;
    plan?: PlanSlug;
    parentTenantId?: string;
  }): Promise<{ id: string; slug: string }>;
  seedUser(
    tenantId: string,
    role: TenantRoleName,
    options?: { email?: string; password?: string },
  ): Promise<{ id: string; email: string }>;
  seedPlatformAdmin(): Promise<{ id: string; email: string }>;
  /** An API key secret for the tenant. */
  apiKey(tenantId: string, options?: { role?: TenantRoleName; scopes?: string[] }): Promise<string>;
  /** A signed access token for a user, with a real session row behind it. */
  userToken(user: { id: string; email: string }, tenantId: string, role: TenantRoleName): Promise<string>;
  platformToken(admin: { id: string; email: string }): Promise<string>;
  request<T = any>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<TestResponse<T>>;
  close(): Promise<void>;
}

/** A real reference server on 127.0.0.1 (a free port) over a fresh test database of the given engine. */
export async function startTestServer(
  kind: EngineKind = "pglite",
  env: Record<string, string> = {},
  options: Omit<StartOptions, "db"> = {},
): Promise<TestServer> {
  const database = await createTestDatabase(kind);
  const config = loadConfig({ NODE_ENV: "test", LEANVIBE_DATA_DIR: "memory://", PORT: "0", HOST: "127.0.0.1", ...env });
  const server = await startServer(config, { ...options, db: database.db });
  const db = database.db;
  let n = 0;

  const t: TestServer = {
    kind,
    url: server.url,
    server,
    database,
    config,
    async seedTenant(o = {}) {
      const slug = o.slug ?? `t-${randomUUID().slice(0, 8)}`;
      return withPlatform(db, "test: seed tenant", (trx) =>
        trx
          .insertInto("tenants")
          .values({
            slug,
            organization_name: `Org ${slug}`,
            display_name: `Org ${slug}`,
            status: "active",
            plan: o.plan ?? "team",
            data_residency: "us",
            parent_tenant_id: o.parentTenantId ?? null,
            configuration: "{}",
          })
          .returning(["id", "slug"])
          .executeTakeFirstOrThrow(),
      );
    },
    async seedUser(tenantId, role, o = {}) {
      const email = o.email ?? `user${++n}-${randomUUID().slice(0, 6)}@example.test`;
      const passwordHash = o.password ? await hashPassword(o.password) : null;
      return withPlatform(db, "test: seed user", (trx) =>
        trx
          .insertInto("users")
          .values({ tenant_id: tenantId, email, role, status: "active", password_hash: passwordHash })
          .returning(["id", "email"])
          .executeTakeFirstOrThrow(),
      );
    },
    async seedPlatformAdmin() {
      const email = `admin${++n}-${randomUUID().slice(0, 6)}@platform.test`;
      return withPlatform(db, "test: seed platform admin", (trx) =>
        trx.insertInto("platform_admins").values({ email }).returning(["id", "email"]).executeTakeFirstOrThrow(),
      );
    },
    async apiKey(tenantId, o = {}) {
      const key = newApiKeySecret();
      await withPlatform(db, "test: seed api key", (trx) =>
        trx
          .insertInto("api_keys")
          .values({
            tenant_id: tenantId,
            name: `key-${++n}`,
            prefix: key.prefix,
            secret_hash: hashToken(key.secret),
            scopes: o.scopes ?? ["*"],
            role: o.role ?? "developer",
          })
          .execute(),
      );
      return key.secret;
    },
    async userToken(user, tenantId, role) {
      // The sid of an access token is its session's refresh-token family, as the server issues it.
      const sid = randomUUID();
      await withPlatform(db, "test: seed session", (trx) =>
        trx
          .insertInto("sessions")
          .values({
            tenant_id: tenantId,
            user_id: user.id,
            refresh_token_hash: hashToken(newOpaqueToken("lvr_")),
            family_id: sid,
            expires_at: new Date(Date.now() + 86_400_000),
          })
          .execute(),
      );
      return server.services.keys.sign(
        { sub: user.id, tenant_id: tenantId, role, sid, jti: randomUUID(), email: user.email },
        3600,
      );
    },
    async platformToken(admin) {
      return server.services.keys.sign(
        {
          sub: admin.id,
          tenant_id: null,
          role: "platform_admin",
          sid: randomUUID(),
          jti: randomUUID(),
          email: admin.email,
        },
        3600,
      );
    },
    async request(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      let body: string | undefined;
      if (o.body !== undefined) {
        body = typeof o.body === "string" ? o.body : JSON.stringify(o.body);
        headers["content-type"] ??= "application/json";
      }
      const res = await fetch(`${server.url}${path}`, { method, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, headers: res.headers, body: parsed as any };
    },
    async close() {
      await server.close();
      await database.destroy().catch(() => {});
    },
  };
  return t;
}
