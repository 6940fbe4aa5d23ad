#!/usr/bin/env node
// Cold-start benchmark of the built CLI against a bare `node -e 0`, measured in the same run.
//
//   node packages/cli/bench/cli.mjs                    # --version and --help
//   LEANVIBE_BENCH_TASK_ID=<id> LEANVIBE_BASE_URL=… LEANVIBE_API_KEY=… node packages/cli/bench/cli.mjs
//                                                      # also `tasks get <id> --json` against a running server
//   LEANVIBE_BENCH_RUNS=30 …                           # runs per command (default 20)
//
// Commands are interleaved run by run so a busy machine slows them all alike.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
if (!existsSync(bin)) {
  console.error(`${bin} is missing: run \`pnpm --filter @leanvibe/cli build\` first.`);
  process.exit(1);
}
const runs = Number(process.env.LEANVIBE_BENCH_RUNS ?? 20);
const taskId = process.env.LEANVIBE_BENCH_TASK_ID;

const cases = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "leanvibe --version", args: [bin, "--version"] },
  { name: "leanvibe --help", args: [bin, "--help"] },
];
if (taskId) cases.push({ name: `leanvibe tasks get <id> --json`, args: [bin, "tasks", "get", taskId, "--json"] });

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr.trim()}`);
  }
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

for (const c of cases) once(c.args); // warm the file system cache
const samples = new Map(cases.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) for (const c of cases) samples.get(c.name).push(once(c.args));

const baseline = median(samples.get("node -e 0"));
console.log(`cold start, ${runs} runs each, node ${process.version}`);
console.log(`${"command".padEnd(34)}${"median".padStart(10)}${"min".padStart(10)}${"ratio".padStart(8)}`);
for (const [name, values] of samples) {
  const m = median(values);
  console.log(
    `${name.padEnd(34)}${`${m.toFixed(1)} ms`.padStart(10)}${`${Math.min(...values).toFixed(1)} ms`.padStart(10)}${`${(m / baseline).toFixed(2)}×`.padStart(8)}`,
  );
}
if (!taskId) console.log("(set LEANVIBE_BENCH_TASK_ID with a running server to time `tasks get <id> --json`)");
