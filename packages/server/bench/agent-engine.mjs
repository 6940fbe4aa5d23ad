// Tokens per second through LlamaEngine versus node-llama-cpp used directly, same model, prompt and maxTokens.
// Run: node --import tsx packages/server/bench/agent-engine.mjs
// Options (environment): LEANVIBE_MODEL=<path to a phi-3 .gguf> also benchmarks that model;
// BENCH_THREADS (default: physical cores), BENCH_RUNS (default 5).
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getLlama, LlamaChatSession, LlamaLogLevel } from "node-llama-cpp";
import { DEFAULT_SYSTEM_PROMPT, LlamaEngine, resolveThreadCount } from "../src/agent/engine/index.ts";
import { writeTinyModel } from "../src/agent/models/index.ts";

const threads = resolveThreadCount(process.env.BENCH_THREADS ? Number(process.env.BENCH_THREADS) : undefined);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const prompt = "Write a TypeScript function that returns the sum of an array of numbers.";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function benchEngine(modelPath, contextSize, maxTokens) {
  const engine = new LlamaEngine({ modelPath, gpu: false, maxThreads: threads, contextSize });
  const loadStart = performance.now();
  await engine.load();
  const loadMs = performance.now() - loadStart;
  await engine.generate({ prompt, maxTokens }); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const result = await engine.generate({ prompt, maxTokens });
    samples.push({ tokens: result.tokens, ms: result.durationMs, confidence: result.confidence });
  }
  const status = engine.status();
  await engine.dispose();
  return { loadMs, samples, statusTokensPerSecond: status.averageTokensPerSecond };
}

async function benchDirect(modelPath, contextSize, maxTokens) {
  const loadStart = performance.now();
  const llama = await getLlama({ gpu: false, build: "never", maxThreads: threads, logLevel: LlamaLogLevel.error });
  const model = await llama.loadModel({ modelPath });
  const context = await model.createContext({ contextSize, threads });
  const session = new LlamaChatSession({ contextSequence: context.getSequence(), systemPrompt: DEFAULT_SYSTEM_PROMPT });
  const loadMs = performance.now() - loadStart;
  const once = async () => {
    session.resetChatHistory();
    let tokens = 0;
    const started = performance.now();
    await session.prompt(prompt, { maxTokens, temperature: 0, onToken: (chunk) => (tokens += chunk.length) });
    return { tokens, ms: performance.now() - started };
  };
  await once(); // warm-up
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  await llama.dispose();
  return { loadMs, samples };
}

function summarise(label, result) {
  const rates = result.samples.map((s) => (s.tokens * 1000) / s.ms);
  const tokens = result.samples.map((s) => s.tokens);
  return {
    label,
    loadMs: result.loadMs,
    tokensPerSecond: median(rates),
    tokens: median(tokens),
    ms: median(result.samples.map((s) => s.ms)),
  };
}

async function compare(name, modelPath, contextSize, maxTokens) {
  console.log(`\n${name}: ${modelPath}`);
  console.log(
    `threads ${threads}, context ${contextSize}, maxTokens ${maxTokens}, ${runs} runs after a warm-up (median)`,
  );
  const engine = await benchEngine(modelPath, contextSize, maxTokens);
  const direct = await benchDirect(modelPath, contextSize, maxTokens);
  const rows = [summarise("LlamaEngine", engine), summarise("node-llama-cpp (LlamaChatSession)", direct)];
  for (const row of rows) {
    console.log(
      `  ${row.label.padEnd(36)} ${row.tokensPerSecond.toFixed(1).padStart(9)} tok/s   ${String(row.tokens).padStart(4)} tokens in ${row.ms.toFixed(1).padStart(8)} ms   load ${row.loadMs.toFixed(0)} ms`,
    );
  }
  const confidences = engine.samples.map((s) => s.confidence).filter((c) => c !== null);
  console.log(`  engine status averageTokensPerSecond: ${engine.statusTokensPerSecond?.toFixed(1)}`);
  if (confidences.length) console.log(`  engine mean token probability: ${median(confidences).toFixed(3)}`);
  console.log(`  ratio LlamaEngine / direct: ${(rows[0].tokensPerSecond / rows[1].tokensPerSecond).toFixed(3)}`);
}

const dir = await mkdtemp(join(tmpdir(), "leanvibe-bench-"));
try {
  const tinyPath = join(dir, "tiny.gguf");
  await writeTinyModel(tinyPath, { seed: 7 });
  await compare("tiny model (random weights)", tinyPath, 2048, 256);
  const phi = process.env.LEANVIBE_MODEL;
  if (phi && existsSync(phi)) await compare("LEANVIBE_MODEL", phi, 2048, 64);
  else console.log("\nLEANVIBE_MODEL is not set to an existing .gguf file: skipping the real-model comparison.");
} finally {
  await rm(dir, { recursive: true, force: true });
}
