// Logins (argon2id) per second and access-token verifications per second, against a real server on
// in-memory PGlite. Run: pnpm bench:auth   Options (environment): BENCH_LOGINS (default 60), BENCH_SECONDS (default 3).
import { randomUUID } from "node:crypto";
import { register } from "tsx/esm/api";

register();
const { hash, verify } = await import("@node-rs/argon2");
const { ARGON2_OPTIONS, hashPassword } = await import("../src/platform/auth/passwords.ts");
const { loadConfig } = await import("../src/platform/config.ts");
const { openDatabase, withPlatform } = await import("../src/platform/db/index.ts");
const { startServer } = await import("../src/server.ts");

const LOGINS = Number(process.env.BENCH_LOGINS ?? 60);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const PASSWORD = "correct-horse-battery-staple";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. The hash itself.
const hashMs = [];
const verifyMs = [];
const stored = await hash(PASSWORD, ARGON2_OPTIONS);
for (let i = 0; i < 10; i++) {
  let t0 = performance.now();
  await hash(PASSWORD, ARGON2_OPTIONS);
  hashMs.push(performance.now() - t0);
  t0 = performance.now();
  await verify(stored, PASSWORD);
  verifyMs.push(performance.now() - t0);
}
const { memoryCost, timeCost, parallelism } = ARGON2_OPTIONS;
console.log(`argon2id m=${memoryCost} KiB (${(memoryCost / 1024).toFixed(0)} MiB), t=${timeCost}, p=${parallelism}`);
console.log(`  hash:   median ${median(hashMs).toFixed(1)} ms`);
console.log(`  verify: median ${median(verifyMs).toFixed(1)} ms`);

// 2. Through the server.
const config = loadConfig({
  NODE_ENV: "test",
  LEANVIBE_DATA_DIR: "memory://",
  PORT: "0",
  HOST: "127.0.0.1",
  LEANVIBE_ANONYMOUS_RATE_LIMIT: "1000000",
});
const db = await openDatabase({ kind: "pglite" });
const server = await startServer(config, { db });
try {
  const email = `bench-${randomUUID().slice(0, 8)}@example.test`;
  const passwordHash = await hashPassword(PASSWORD);
  await withPlatform(db, "bench setup", async (trx) => {
    const tenant = await trx
      .insertInto("tenants")
      .values({
        slug: "bench",
        organization_name: "Bench",
        display_name: "Bench",
        status: "active",
        plan: "enterprise",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("users")
      .values({ tenant_id: tenant.id, email, role: "owner", status: "active", password_hash: passwordHash })
      .execute();
  });
  const login = async () => {
    const res = await fetch(`${server.url}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
    return res.json();
  };
  const { access_token: token } = await login(); // warm-up
  // The enterprise plan allows 100 concurrent sessions; stay under it.
  const n = Math.min(LOGINS, 90);
  let t0 = performance.now();
  for (let i = 0; i < n; i += 2) await Promise.all([login(), login()]);
  const loginSeconds = (performance.now() - t0) / 1000;
  console.log(`logins over HTTP (2 at a time): ${(n / loginSeconds).toFixed(1)} per second (${n} logins)`);

  // In-process verification: signature, claims, expiry.
  let verified = 0;
  t0 = performance.now();
  while (performance.now() - t0 < SECONDS * 1000) {
    for (let i = 0; i < 100; i++) await server.services.keys.verify(token);
    verified += 100;
  }
  const perSecond = verified / ((performance.now() - t0) / 1000);
  console.log(`token verifications (KeyRing.verify, ES256): ${Math.round(perSecond)} per second`);

  // End to end: an authenticated request (verification + revocation check + handler) over HTTP.
  let requests = 0;
  t0 = performance.now();
  const worker = async () => {
    while (performance.now() - t0 < SECONDS * 1000) {
      const res = await fetch(`${server.url}/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`GET /v1/auth/me answered ${res.status}`);
      await res.arrayBuffer();
      requests++;
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  console.log(
    `authenticated GET /v1/auth/me over HTTP: ${Math.round(requests / ((performance.now() - t0) / 1000))} per second`,
  );
} finally {
  await server.close();
}
