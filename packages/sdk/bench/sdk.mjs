// SDK benchmark: per-call overhead against raw fetch on the same local endpoint, and the size of
// the core client. Run: node packages/sdk/bench/sdk.mjs [calls]
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
const calls = Number(process.argv[2] ?? 3000);
const warmup = 300;

// The core client as a user's bundler would ship it: minified, platform neutral, openapi-fetch inside.
async function coreSize() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: "neutral",
    format: "esm",
    target: "es2022",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs);
  return {
    minified: code.byteLength,
    gzipped: gzipSync(code, { level: 9 }).byteLength,
    includesOpenapiFetch: inputs.some((p) => p.includes("openapi-fetch")),
    includesGenerated: inputs.some((p) => p.includes("/generated/")),
  };
}

// The SDK compiled for Node, loaded from a temporary file so the benchmark needs no prior build.
async function loadSdk() {
  const dir = await mkdtemp(join(tmpdir(), "leanvibe-sdk-bench-"));
  const file = join(dir, "sdk.mjs");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  await writeFile(file, result.outputFiles[0].contents);
  const sdk = await import(pathToFileURL(file).href);
  return { sdk, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p99: at(0.99), mean: samples.reduce((s, x) => s + x, 0) / samples.length };
}

// Calls alternate one by one, so both sides see the same machine load (the machine is shared).
async function measurePair(a, b) {
  for (let i = 0; i < warmup; i++) {
    await a.fn();
    await b.fn();
  }
  const samples = [new Array(calls), new Array(calls)];
  for (let i = 0; i < calls; i++) {
    for (const [side, { fn }] of [a, b].entries()) {
      const start = process.hrtime.bigint();
      await fn();
      samples[side][i] = Number(process.hrtime.bigint() - start) / 1e6;
    }
  }
  return [
    { label: a.label, ...stats(samples[0]) },
    { label: b.label, ...stats(samples[1]) },
  ];
}

const body = JSON.stringify({
  id: "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a",
  status: "in_progress",
  progress_percentage: 65,
  current_step: "Writing unit tests",
  deliverables: { files_created: 8, tests_written: 12, api_endpoints: 4 },
});
const server = createServer((_req, res) => {
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": "req_bench",
    "x-ratelimit-limit": "10000",
    "x-ratelimit-remaining": "9999",
    "x-ratelimit-reset": "1642262400",
  });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { sdk, cleanup } = await loadSdk();
const client = new sdk.LeanVibeClient({ apiKey: "lv_bench", baseURL: `${base}/v1` });
const url = `${base}/v1/tasks/3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a`;

const [raw, viaSdk] = await measurePair(
  {
    label: "raw fetch",
    fn: async () => {
      const res = await fetch(url, { headers: { authorization: "Bearer lv_bench", accept: "application/json" } });
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
  },
  { label: "sdk tasks.get", fn: () => client.tasks.get("3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a") },
);
server.close();
await cleanup();

const size = await coreSize();
const fmt = (ms) => `${(ms * 1000).toFixed(0)} µs`;

console.log(
  `SDK per-call overhead (${calls} sequential calls each, alternating, ${warmup} warm-up, node ${process.version})`,
);
for (const r of [raw, viaSdk])
  console.log(`  ${r.label.padEnd(14)} median ${fmt(r.median)}  p99 ${fmt(r.p99)}  mean ${fmt(r.mean)}`);
console.log(
  `  overhead       median +${fmt(viaSdk.median - raw.median)}  ratio ${(viaSdk.median / raw.median).toFixed(2)}x (p99 ratio ${(viaSdk.p99 / raw.p99).toFixed(2)}x)`,
);
console.log("Core client size (src/index.ts, esbuild minify, platform neutral)");
console.log(
  `  minified ${(size.minified / 1024).toFixed(1)} kB, gzipped ${(size.gzipped / 1024).toFixed(1)} kB (budget 12 kB)`,
);
console.log(
  `  openapi-fetch included: ${size.includesOpenapiFetch}; generated code included: ${size.includesGenerated}`,
);
if (size.gzipped > 12 * 1024) process.exitCode = 1;
