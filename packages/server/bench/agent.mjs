// The agent's figures: engine tokens/s against node-llama-cpp used directly (bench/agent-engine.mjs), the time
// from task creation to its first progress event, and the duration of whole tasks on the tiny model.
// Run: pnpm bench:agent (or node packages/server/bench/agent.mjs). BENCH_TASKS (default 5) tasks are timed.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");

// The sources are TypeScript: without the tsx loader, run again under it.
if (!process.execArgv.some((arg) => arg.includes("tsx"))) {
  const result = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
    cwd: root,
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

console.log("── engine: tokens per second (bench/agent-engine.mjs) ──");
const engineBench = spawnSync(process.execPath, ["--import", "tsx", join(here, "agent-engine.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, BENCH_RUNS: process.env.BENCH_RUNS ?? "3" },
});
if (engineBench.status !== 0) console.log(`(the engine benchmark exited with ${engineBench.status})`);

const { LlamaEngine } = await import("../src/agent/engine/index.ts");
const { writeTinyModel } = await import("../src/agent/models/index.ts");
const { startWorker, TaskUpdates } = await import("../src/agent/pipeline/index.ts");
const { createProject } = await import("../src/agent/projects-service.ts");
const { createTask } = await import("../src/agent/tasks-service.ts");
const { migrate, openDatabase, withPlatform } = await import("../src/platform/db/index.ts");

const tasks = Number(process.env.BENCH_TASKS ?? 5);
const dir = await mkdtemp(join(tmpdir(), "leanvibe-bench-agent-"));
const db = await openDatabase({ kind: "pglite" });
const engine = new LlamaEngine({ modelPath: join(dir, "tiny.gguf"), gpu: false, maxThreads: 1 });
let worker;
try {
  await writeTinyModel(join(dir, "tiny.gguf"), { seed: 7 });
  await engine.load();
  await migrate(db);
  const tenant = await withPlatform(db, "benchmark setup", (trx) =>
    trx
      .insertInto("tenants")
      .values({ slug: "bench", organization_name: "Bench", display_name: "Bench" })
      .returning("id")
      .executeTakeFirstOrThrow(),
  );
  const workspacesDir = join(dir, "workspaces");
  const project = await createProject(
    db,
    tenant.id,
    { name: "Bench", tech_stack: ["JavaScript"], test_command: "node --test test/" },
    { workspacesDir, maxProjects: 10 },
  );
  worker = await startWorker({ db, engine, workspacesDir, pollIntervalMs: 1000, fileMaxTokens: 128 });
  const updates = new TaskUpdates({ db });
  const urls = { appUrl: "http://localhost", publicUrl: "http://localhost" };
  const firstProgress = [];
  const whole = [];
  const outcomes = [];
  for (let i = 0; i < tasks; i++) {
    const started = performance.now();
    const created = await createTask(db, tenant.id, { project_id: project.id, title: `Add orders API ${i}` }, urls);
    let first;
    await new Promise((resolve) => {
      const subscription = updates.subscribe(tenant.id, created.id, 1, (message) => {
        if (first === undefined && message.type === "progress") first = performance.now() - started;
        if (message.type !== "progress") {
          outcomes.push(message.status);
          subscription.then((stop) => stop());
          resolve();
        }
      });
    });
    firstProgress.push(first ?? Number.NaN);
    whole.push(performance.now() - started);
  }
  console.log("\n── tasks on the tiny model (PGlite in memory, worker in-process, 1 thread) ──");
  console.log(`  tasks: ${tasks}, outcomes: ${outcomes.join(", ")}`);
  console.log(
    `  creation → first progress event: median ${median(firstProgress).toFixed(1)} ms (min ${Math.min(...firstProgress).toFixed(1)}, max ${Math.max(...firstProgress).toFixed(1)})`,
  );
  console.log(
    `  whole task (plan, code, tests, node --test, security scan, commit): median ${median(whole).toFixed(0)} ms (min ${Math.min(...whole).toFixed(0)}, max ${Math.max(...whole).toFixed(0)})`,
  );
} finally {
  await worker?.stop();
  await engine.dispose();
  await db.close();
  await rm(dir, { recursive: true, force: true });
}
