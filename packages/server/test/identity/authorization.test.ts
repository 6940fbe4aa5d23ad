import { randomUUID } from "node:crypto";
import { generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import openapi from "../../src/generated/openapi.json" with { type: "json" };
import { operations } from "../../src/generated/operations.js";
import { RevocationList } from "../../src/modules/identity/revocations.js";
import { KeyRing } from "../../src/platform/auth/signing-keys.js";
import type { TenantRoleName } from "../../src/platform/context.js";
import { testDatabases } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";

const ROLES = ["platform_admin", "owner", "admin", "billing_admin", "developer", "viewer"] as const;
type Role = (typeof ROLES)[number];

describe("the permission table", () => {
  it("is the spec's x-required-roles, operation for operation", () => {
    const fromSpec = new Map<string, string[]>();
    for (const item of Object.values(openapi.paths as Record<string, Record<string, unknown>>)) {
      for (const op of Object.values(item)) {
        const o = op as { operationId?: string; "x-required-roles"?: string[] };
        if (o?.operationId) fromSpec.set(o.operationId, o["x-required-roles"] ?? []);
      }
    }
    expect(operations.length).toBe(fromSpec.size);
    for (const op of operations)
      expect([...op.roles].sort(), op.operationId).toEqual([...fromSpec.get(op.operationId)!].sort());
  });
});

describe.each(testDatabases())("authorisation and access tokens (%s)", (kind) => {
  let t: TestServer;
  let tenantId: string;
  let users: Record<TenantRoleName, { id: string; email: string }>;
  let admin: { id: string; email: string };

  beforeAll(async () => {
    t = await startTestServer(kind);
    const tenant = await t.seedTenant({ plan: "enterprise" });
    tenantId = tenant.id;
    users = {} as typeof users;
    for (const role of ROLES.slice(1) as TenantRoleName[]) users[role] = await t.seedUser(tenantId, role);
    admin = await t.seedPlatformAdmin();
  }, 60_000);
  afterAll(() => t?.close());

  const tokenFor = (role: Role) =>
    role === "platform_admin" ? t.platformToken(admin) : t.userToken(users[role], tenantId, role);

  it("allows exactly the spec's roles on every operation and refuses the others with 403", async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      // An otherwise invalid request: any id, a body that fails validation. Only 403 or not-403 matters here.
      const path = op.path.replace(/\{[^}]+\}/g, randomUUID());
      const body = ["post", "put", "patch"].includes(op.method) ? { __not_a_field: true } : undefined;
      for (const role of ROLES) {
        const res = await t.request(op.method.toUpperCase(), path, { token: await tokenFor(role), body });
        const allowed = op.roles.length === 0 || (op.roles as readonly string[]).includes(role);
        if ((res.status === 403) === allowed) wrong.push(`${op.operationId} as ${role}: ${res.status}`);
        if (res.status === 403 && !allowed) {
          expect(res.body.details.required_roles).toEqual([...op.roles]);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  describe("tampered tokens", () => {
    const me = (token: string) => t.request("GET", "/v1/auth/me", { token });
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const claims = () => ({
      sub: users.owner.id,
      tenant_id: tenantId,
      role: "owner",
      sid: randomUUID(),
      jti: randomUUID(),
      iss: t.config.jwtIssuer,
      aud: t.config.jwtAudience,
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 600,
    });

    it("accepts a genuine token", async () => {
      expect((await me(await tokenFor("owner"))).status).toBe(200);
    });

    it("refuses alg none", async () => {
      const token = `${b64({ alg: "none", typ: "JWT" })}.${b64(claims())}.`;
      expect((await me(token)).status).toBe(401);
    });

    it("refuses a token signed by another key under the server's kid", async () => {
      const kid = (t.server.services.keys.jwks().keys.at(-1) as { kid: string }).kid;
      const { privateKey } = await generateKeyPair("ES256");
      const token = await new SignJWT(claims()).setProtectedHeader({ alg: "ES256", kid }).sign(privateKey);
      expect((await me(token)).status).toBe(401);
    });

    it("refuses an HMAC token keyed with the public key", async () => {
      const jwk = t.server.services.keys.jwks().keys.at(-1) as { kid: string };
      const secret = new TextEncoder().encode(JSON.stringify(jwk));
      const token = await new SignJWT(claims()).setProtectedHeader({ alg: "HS256", kid: jwk.kid }).sign(secret);
      expect((await me(token)).status).toBe(401);
    });

    it("refuses edited claims", async () => {
      const viewer = await tokenFor("viewer");
      const [h, p, s] = viewer.split(".");
      const payload = JSON.parse(Buffer.from(p!, "base64url").toString());
      const edited = `${h}.${b64({ ...payload, role: "owner" })}.${s}`;
      expect((await me(edited)).status).toBe(401);
      expect((await t.request("GET", "/v1/users", { token: edited })).status).toBe(401);
    });

    it("refuses an expired token with token_expired", async () => {
      const token = await t.server.services.keys.sign(
        { sub: users.owner.id, tenant_id: tenantId, role: "owner", sid: randomUUID(), jti: randomUUID() },
        60,
        new Date(Date.now() - 2 * 3600_000),
      );
      const res = await me(token);
      expect(res.status).toBe(401);
      expect(res.body.error).toBe("token_expired");
    });

    it("refuses the wrong issuer and the wrong audience", async () => {
      const { db, box } = t.server.services;
      for (const [iss, aud] of [
        ["https://evil.example", t.config.jwtAudience],
        [t.config.jwtIssuer, "another-api"],
      ] as const) {
        const ring = new KeyRing(db, box, iss, aud);
        await ring.load();
        const token = await ring.sign(
          { sub: users.owner.id, tenant_id: tenantId, role: "owner", sid: randomUUID(), jti: randomUUID() },
          600,
        );
        expect((await me(token)).status).toBe(401);
      }
    });
  });

  it("a logout made by one process reaches another within a couple of seconds", async () => {
    const other = new RevocationList(t.server.services.db, Date.now, t.server.services.logger, 500);
    const token = await tokenFor("developer");
    const [, p] = token.split(".");
    const c = JSON.parse(Buffer.from(p!, "base64url").toString()) as { jti: string; sid: string };
    expect(await other.isRevoked(c)).toBe(false);
    expect((await t.request("POST", "/v1/auth/logout", { token })).status).toBe(200);
    const started = Date.now();
    while (!(await other.isRevoked(c))) {
      expect(Date.now() - started).toBeLessThan(2_000);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});
