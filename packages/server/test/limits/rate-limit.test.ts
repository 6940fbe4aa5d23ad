import type { ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { exitOf, startServerProcess } from "../support/process.js";
import { seedTenantWithKey } from "../support/seed.js";
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
      await Promise.all(children.map(exitOf));
      await database?.destroy();
    });

    it(`lets exactly ${LIMIT} of ${LIMIT + EXTRA} simultaneous requests through`, async () => {
      database = await createTestDatabase("postgres");
      const url = (database.options as { url: string }).url;
      const { secret } = await seedTenantWithKey(database.db, { slug: "limits", plan: "developer", role: "developer" });
      const urls = await Promise.all(
        [0, 1].map(async () => {
          const server = await startServerProcess([], {
            DATABASE_URL: url,
            REDIS_URL: redisUrl,
            LEANVIBE_MASTER_KEY: Buffer.alloc(32, 7).toString("base64"),
          });
          children.push(server.child);
          return server.url;
        }),
      );
      expect(new Set(urls).size).toBe(2);
      const results = await burst(urls, secret, LIMIT + EXTRA);
      expect(results.filter((r) => r.status === 200)).toHaveLength(LIMIT);
      expect(results.filter((r) => r.status === 429)).toHaveLength(EXTRA);
    }, 180_000);
  });
});
