import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../src/generated/openapi.json" with { type: "json" };
import { operations } from "../../src/generated/operations.js";
import { withPlatform } from "../../src/platform/db/index.js";
import { testDatabases } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";

/**
 * Tenant B tries every tenant-scoped operation that names a resource on tenant A's resources: the answer is
 * 403 or 404 (or 501 while the operation has not landed), never A's data.
 */
/** The spec's example body of an operation, so that validation passes and the lookup itself is what answers. */
function exampleBody(op: (typeof operations)[number]): string | undefined {
  if (op.method === "get" || op.method === "delete") return undefined;
  const media = (spec as any).paths[op.path][op.method].requestBody?.content?.["application/json"];
  return JSON.stringify(media?.example ?? {});
}

const scoped = operations.filter((op) => /\{\w+_id\}/.test(op.path) && op.roles.some((r) => r !== "platform_admin"));

describe.each(testDatabases())("tenant isolation on %s", (kind) => {
  let t: TestServer;
  const a: Record<string, string> = {};
  let tokenB = "";
  let keyB = "";
  let secretsOfA: string[] = [];

  beforeAll(async () => {
    t = await startTestServer(kind);
    const tenantA = await t.seedTenant({ slug: `victim-${randomUUID().slice(0, 6)}`, plan: "enterprise" });
    const tenantB = await t.seedTenant({ plan: "enterprise" });
    const userA = await t.seedUser(tenantA.id, "developer", {
      email: `secret-${randomUUID().slice(0, 6)}@victim.test`,
    });
    const ownerB = await t.seedUser(tenantB.id, "owner");
    tokenB = await t.userToken(ownerB, tenantB.id, "owner");
    keyB = await t.apiKey(tenantB.id, { role: "admin" });
    await t.apiKey(tenantA.id);
    const ids = await withPlatform(t.database.db, "test: seed tenant A", async (trx) => {
      const project = await trx
        .insertInto("projects")
        .values({ tenant_id: tenantA.id, name: "Victim project secret-name", quality_gates: "{}" })
        .returning("id")
        .executeTakeFirstOrThrow();
      const task = await trx
        .insertInto("tasks")
        .values({
          tenant_id: tenantA.id,
          project_id: project.id,
          title: "Victim task secret-title",
          requirements: "{}",
          deliverables: "{}",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const key = await trx
        .selectFrom("api_keys")
        .select("id")
        .where("tenant_id", "=", tenantA.id)
        .executeTakeFirstOrThrow();
      return { project_id: project.id, task_id: task.id, key_id: key.id };
    });
    Object.assign(a, { tenant_id: tenantA.id, user_id: userA.id, ...ids });
    secretsOfA = [tenantA.slug, userA.email, "secret-name", "secret-title"];
  }, 60_000);
  afterAll(() => t?.close());

  it("has tenant A's resources to aim at", () => {
    expect(Object.keys(a).sort()).toEqual(["key_id", "project_id", "task_id", "tenant_id", "user_id"]);
  });

  it.each(scoped.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op]))(
    "%s by tenant B on tenant A's resource is refused without data",
    async (_name, op) => {
      const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => a[name] ?? randomUUID());
      const body = exampleBody(op);
      for (const credential of [tokenB, keyB]) {
        const res = await fetch(`${t.url}${path}`, {
          method: op.method.toUpperCase(),
          headers: { authorization: `Bearer ${credential}`, ...(body ? { "content-type": "application/json" } : {}) },
          body,
        });
        const text = await res.text();
        expect([403, 404, 426, 501], `${res.status} ${text}`).toContain(res.status);
        for (const secret of secretsOfA) expect(text).not.toContain(secret);
      }
    },
  );

  it("does not let tenant B read tenant A's audit log or tenant list entry", async () => {
    const audit = await t.request("GET", `/v1/admin/audit/auth?tenant_id=${a.tenant_id}`, { token: tokenB });
    expect(audit.status).toBe(403);
    const list = await t.request("GET", "/v1/tenants", { token: tokenB });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(a.tenant_id);
  });
});
