import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDestination, isPrivateAddress } from "../../src/modules/webhooks/index.js";
import { withPlatform } from "../../src/platform/db/index.js";
import { testDatabases } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";

describe.each(testDatabases())("webhook endpoints on %s", (kind) => {
  let t: TestServer;
  let tenantId: string;
  let owner: string;
  let admin: string;
  let developer: string;

  beforeAll(async () => {
    t = await startTestServer(kind);
    tenantId = (await t.seedTenant()).id;
    owner = await t.userToken(await t.seedUser(tenantId, "owner"), tenantId, "owner");
    admin = await t.userToken(await t.seedUser(tenantId, "admin"), tenantId, "admin");
    developer = await t.userToken(await t.seedUser(tenantId, "developer"), tenantId, "developer");
  }, 60_000);
  afterAll(() => t?.close());

  it("creates an endpoint with a generated secret shown once, then reads, lists, updates and deletes it", async () => {
    const created = await t.request("POST", "/v1/admin/webhooks", {
      token: owner,
      body: { url: "https://hooks.example.com/leanvibe", events: ["task.completed", "project.created"] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      url: "https://hooks.example.com/leanvibe",
      events: ["task.completed", "project.created"],
      enabled: true,
      description: null,
    });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const id = created.body.id as string;

    const got = await t.request("GET", `/v1/admin/webhooks/${id}`, { token: admin });
    expect(got.status).toBe(200);
    expect(got.body.id).toBe(id);
    expect(got.body).not.toHaveProperty("secret");

    const list = await t.request("GET", "/v1/admin/webhooks?limit=10", { token: owner });
    expect(list.status).toBe(200);
    expect(list.body.data.map((e: { id: string }) => e.id)).toContain(id);
    expect(list.body.data.every((e: object) => !("secret" in e))).toBe(true);
    expect(list.body.pagination).toMatchObject({ limit: 10, offset: 0 });

    const updated = await t.request("PATCH", `/v1/admin/webhooks/${id}`, {
      token: admin,
      body: { enabled: false, description: "paused", events: ["invoice.paid"] },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ enabled: false, description: "paused", events: ["invoice.paid"] });

    expect((await t.request("DELETE", `/v1/admin/webhooks/${id}`, { token: owner })).status).toBe(204);
    expect((await t.request("GET", `/v1/admin/webhooks/${id}`, { token: owner })).status).toBe(404);
    expect((await t.request("DELETE", `/v1/admin/webhooks/${id}`, { token: owner })).status).toBe(404);
  });

  it("keeps a given secret, and stores it sealed rather than in plain text", async () => {
    const secret = "a-secret-of-enough-length-123";
    const created = await t.request("POST", "/v1/admin/webhooks", {
      token: owner,
      body: { url: "https://hooks.example.com/sealed", events: ["user.created"], secret },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toBe(secret);
    const row = await withPlatform(t.server.services.db, "test: read endpoint row", (trx) =>
      trx.selectFrom("webhook_endpoints").selectAll().where("id", "=", created.body.id).executeTakeFirstOrThrow(),
    );
    expect(row.secret_sealed).not.toContain(secret);
    expect(row.secret_sealed).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(t.server.services.box.open(row.secret_sealed)).toBe(secret);
  });

  it("refuses bad input: non-http schemes, short secrets, unknown events, empty event lists and credentials", async () => {
    const attempts: Array<[object, string | undefined]> = [
      [{ url: "ftp://hooks.example.com/x", events: ["user.created"] }, "url"],
      [{ url: "file:///etc/passwd", events: ["user.created"] }, "url"],
      [{ url: "https://user:pass@hooks.example.com/x", events: ["user.created"] }, "url"],
      [{ url: "not a url", events: ["user.created"] }, undefined],
      [{ url: "https://hooks.example.com/x", events: ["user.created"], secret: "short" }, undefined],
      [{ url: "https://hooks.example.com/x", events: ["no.such_event"] }, undefined],
      [{ url: "https://hooks.example.com/x", events: [] }, undefined],
      [{ url: "https://hooks.example.com/x" }, undefined],
    ];
    for (const [body, field] of attempts) {
      const res = await t.request("POST", "/v1/admin/webhooks", { token: owner, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (field) expect(res.body.details.field).toBe(field);
    }
    const patch = await t.request("PATCH", "/v1/admin/webhooks/00000000-0000-4000-8000-000000000000", {
      token: owner,
      body: {},
    });
    expect(patch.status).toBe(400);
  });

  it("lets only owners and admins manage endpoints", async () => {
    const res = await t.request("POST", "/v1/admin/webhooks", {
      token: developer,
      body: { url: "https://hooks.example.com/dev", events: ["user.created"] },
    });
    expect(res.status).toBe(403);
    expect((await t.request("GET", "/v1/admin/webhooks", { token: developer })).status).toBe(403);
  });

  it("hides one tenant's endpoints from another, which gets 404 for every operation on them", async () => {
    const created = await t.request("POST", "/v1/admin/webhooks", {
      token: owner,
      body: { url: "https://hooks.example.com/mine", events: ["user.created"] },
    });
    const id = created.body.id as string;
    const other = (await t.seedTenant()).id;
    const stranger = await t.userToken(await t.seedUser(other, "owner"), other, "owner");
    const list = await t.request("GET", "/v1/admin/webhooks", { token: stranger });
    expect(list.body.data).toEqual([]);
    expect(list.body.pagination.total).toBe(0);
    for (const [method, path, body] of [
      ["GET", `/v1/admin/webhooks/${id}`, undefined],
      ["PATCH", `/v1/admin/webhooks/${id}`, { enabled: false }],
      ["POST", `/v1/admin/webhooks/${id}/test`, undefined],
      ["GET", `/v1/admin/webhooks/${id}/deliveries`, undefined],
      ["DELETE", `/v1/admin/webhooks/${id}`, undefined],
    ] as const) {
      const res = await t.request(method, path, { token: stranger, body });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await t.request("GET", `/v1/admin/webhooks/${id}`, { token: owner })).body.enabled).toBe(true);
  });
});

describe("webhook destinations when private networks are refused (production)", () => {
  let t: TestServer;
  let owner: string;

  beforeAll(async () => {
    t = await startTestServer("pglite", {}, { webhooks: { allowPrivateNetworks: false } });
    const tenantId = (await t.seedTenant()).id;
    owner = await t.userToken(await t.seedUser(tenantId, "owner"), tenantId, "owner");
  }, 60_000);
  afterAll(() => t?.close());

  it("refuses loopback, private, link-local and metadata addresses, by literal or by name", async () => {
    for (const url of [
      "http://127.0.0.1:8080/x",
      "http://localhost/x",
      "http://10.1.2.3/x",
      "http://192.168.1.1/x",
      "http://172.16.0.5/x",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/x",
      "http://[::ffff:127.0.0.1]/x",
      "http://[fd00::1]/x",
      "http://0.0.0.0/x",
    ]) {
      const res = await t.request("POST", "/v1/admin/webhooks", {
        token: owner,
        body: { url, events: ["user.created"] },
      });
      expect(res.status, url).toBe(400);
      expect(res.body.details.field).toBe("url");
    }
  });

  it("accepts a public address", async () => {
    const res = await t.request("POST", "/v1/admin/webhooks", {
      token: owner,
      body: { url: "https://93.184.215.14/hooks", events: ["user.created"] },
    });
    expect(res.status).toBe(201);
  });

  it("classifies addresses and checks destinations without the HTTP layer", async () => {
    expect(isPrivateAddress("8.8.8.8")).toBe(false);
    expect(isPrivateAddress("2606:4700::1111")).toBe(false);
    expect(isPrivateAddress("100.64.0.1")).toBe(true);
    expect(isPrivateAddress("fe80::1")).toBe(true);
    await expect(checkDestination("http://127.0.0.1/x", true)).resolves.toBe("http://127.0.0.1/x");
    await expect(checkDestination("http://127.0.0.1/x", false)).rejects.toThrow(/private/);
  });
});
