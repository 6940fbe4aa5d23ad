import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashToken, newApiKeySecret } from "../../src/platform/auth/tokens.js";
import { withPlatform } from "../../src/platform/db/index.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { startTestServer } from "../support/server.js";

const LIMIT = 100; // the developer plan's requests per minute
const EXTRA = 15;

/** Waits until the current minute has at least `seconds` left, so a burst stays in one window. */
async function awayFromMinuteEdge(seconds = 8) {
  const left = 60 - ((Date.now() / 1000) % 60);
  if (left < seconds) await new Promise((r) => setTimeout(r, (left + 0.5) * 1000));
}

async function burst(urls: string[], key: string, n: number) {
  await awayFromMinuteEdge();
  const statuses = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      fetch(`${urls[i % urls.length]}/v1/tenants/me/info`, { headers: { authorization: `Bearer ${key}` } }).then(
        async (r) => {
          await r.arrayBuffer();
          return { status: r.status, retryAfter: r.headers.get("retry-after") };
        },
      ),
    ),
  );
  return statuses;
}

describe("the per-minute rate limit under concurrency", () => {
  it(`lets exactly ${LIMIT} of ${LIMIT + EXTRA} simultaneous requests through on one embedded server`, async () => {
    const t = await startTestServer("pglite");
    try {
      const tenant = await t.seedTenant({ plan: "developer" });
      const key = await t.apiKey(tenant.id);
      const results = await burst([t.url], key, LIMIT + EXTRA);
      expect(results.filter((r) => r.status === 200)).toHaveLength(LIMIT);
      const refused = results.filter((r) => r.status === 429);
      expect(refused).toHaveLength(EXTRA);
      for (const r of refused) expect(Number(r.retryAfter)).toBeGreaterThan(0);
      const body: any = await (
        await fetch(`${t.url}/v1/tenants/me/info`, { headers: { authorization: `Bearer ${key}` } })
      ).json();
      expect(body.error).toBe("rate_limited");
      expect(body.upgrade_options.map((o: { plan: string }) => o.plan)).toEqual(["team", "enterprise"]);
    } finally {
      await t.close();
    }
  }, 120_000);

  const redisUrl = process.env.LEANVIBE_TEST_REDIS_URL;
  const pgUrl = process.env.LEANVIBE_TEST_DATABASE_URL;
  describe.skipIf(!redisUrl || !pgUrl)("across two server processes sharing PostgreSQL and Redis", () => {
    let database: TestDatabase | undefined;
    const children: ChildProcess[] = [];
    afterAll(async () => {
      for (const c of children) c.kill("SIGTERM");
      await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))));
      await database?.destroy();
    });

    it(`lets exactly ${LIMIT} of ${LIMIT + EXTRA} simultaneous requests through`, async () => {
      database = await createTestDatabase("postgres");
      const url = (database.options as { url: string }).url;
      const key = newApiKeySecret();
      await withPlatform(database.db, "test: seed", async (trx) => {
        const tenant = await trx
          .insertInto("tenants")
          .values({
            slug: "limits",
            organization_name: "Limits",
            display_name: "Limits",
            plan: "developer",
            status: "active",
            configuration: "{}",
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await trx
          .insertInto("api_keys")
          .values({
            tenant_id: tenant.id,
            name: "k",
            prefix: key.prefix,
            secret_hash: hashToken(key.secret),
            scopes: ["*"],
          })
          .execute();
      });
      const bin = join(import.meta.dirname, "../../src/bin.ts");
      const urls = await Promise.all(
        [0, 1].map(
          () =>
            new Promise<string>((resolve, reject) => {
              const child = spawn(process.execPath, ["--import", "tsx", bin, "start", "--port", "0"], {
                env: {
                  ...process.env,
                  DATABASE_URL: url,
                  REDIS_URL: redisUrl,
                  LOG_LEVEL: "info",
                  NODE_ENV: "test",
                  LEANVIBE_MASTER_KEY: Buffer.alloc(32, 7).toString("base64"),
                },
                stdio: ["ignore", "pipe", "pipe"],
              });
              children.push(child);
              let out = "";
              const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
              child.stdout!.on("data", (chunk) => {
                out += chunk;
                const m = /listening on (http:\/\/[^ "]+)/.exec(out);
                if (m) {
                  clearTimeout(timer);
                  resolve(m[1]!.replace(/\)$/, ""));
                }
              });
              child.stderr!.on("data", (chunk) => {
                out += chunk;
              });
              child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
            }),
        ),
      );
      expect(new Set(urls).size).toBe(2);
      const results = await burst(urls, key.secret, LIMIT + EXTRA);
      expect(results.filter((r) => r.status === 200)).toHaveLength(LIMIT);
      expect(results.filter((r) => r.status === 429)).toHaveLength(EXTRA);
    }, 180_000);
  });
});
