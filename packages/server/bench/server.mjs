// `pnpm bench:server`: requests per second, p50 and p99 of GET /v1/tenants/me/info through the whole stack (JWT,
// tenant standing, rate limit and quota, validation, a tenant transaction under row-level security) against a bare
// Express JSON route, in the same run, each served by its own process while autocannon loads it from this one.
// On PGlite always; on a PostgreSQL server too when LEANVIBE_BENCH_DATABASE_URL (or LEANVIBE_TEST_DATABASE_URL)
// names one (a scratch database is created and dropped). BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 10).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";

const here = dirname(fileURLToPath(import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const adminUrl = process.env.LEANVIBE_BENCH_DATABASE_URL ?? process.env.LEANVIBE_TEST_DATABASE_URL;

function startTarget(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(here, "server-target.mjs"), ...args], {
      cwd: join(here, ".."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    createInterface({ input: child.stdout }).once("line", (line) => resolve({ child, ...JSON.parse(line) }));
    child.once("exit", (code) => reject(new Error(`target ${args[0]} exited ${code}`)));
  });
}

async function load(url, headers) {
  // Warm up (JIT, caches, connection pools), then measure.
  await autocannon({ url: `${url}/v1/tenants/me/info`, headers, connections, duration: 2 });
  const r = await autocannon({ url: `${url}/v1/tenants/me/info`, headers, connections, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

async function measure(label, databaseUrl) {
  const bare = await startTarget(["bare"]);
  const full = await startTarget(["full", ...(databaseUrl ? [databaseUrl] : [])]);
  try {
    const b = await load(bare.url, {});
    const f = await load(full.url, { authorization: `Bearer ${full.token}` });
    const row = (name, x) =>
      `${name.padEnd(34)} ${x.rps.toFixed(0).padStart(8)} req/s   p50 ${String(x.p50).padStart(4)} ms   p99 ${String(x.p99).padStart(4)} ms   non-2xx ${x.non2xx}, errors ${x.errors}`;
    console.log(`\n── ${label} (${connections} connections, ${seconds} s) ──`);
    console.log(row("bare Express JSON route", b));
    console.log(row("full stack GET /v1/tenants/me/info", f));
    console.log(`full stack / bare: ${((f.rps / b.rps) * 100).toFixed(1)} % of the requests per second`);
  } finally {
    bare.child.kill("SIGKILL");
    full.child.kill("SIGKILL");
  }
}

await measure("embedded PGlite");
if (adminUrl) {
  const name = `leanvibe_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await measure("PostgreSQL server", url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
