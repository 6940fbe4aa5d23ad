import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ContextOverflowError,
  LlamaEngine,
  physicalCoreCount,
  resolveThreadCount,
} from "../../src/agent/engine/index.js";
import { writeTinyModel } from "../../src/agent/models/index.js";

let dir: string;
let modelPath: string;
let engine: LlamaEngine;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "leanvibe-engine-"));
  modelPath = join(dir, "tiny.gguf");
  await writeTinyModel(modelPath, { seed: 7 });
  engine = new LlamaEngine({ modelPath, gpu: false, maxThreads: 1 });
});

afterAll(async () => {
  await engine?.dispose();
  await rm(dir, { recursive: true, force: true });
});

const planSchema = {
  type: "object",
  properties: {
    risk: { enum: ["low", "medium", "high"] },
    needsTests: { type: "boolean" },
    steps: { enum: [1, 2, 3, 4, 5] },
  },
  required: ["risk", "needsTests", "steps"],
} as const;

describe("LlamaEngine", () => {
  it("loads the model lazily and reports it as the tiny model", async () => {
    const before = engine.status();
    expect(before.loaded).toBe(false);
    expect(before.generations).toBe(0);
    expect(before.averageTokensPerSecond).toBeNull();
    await engine.load();
    const after = engine.status();
    expect(after).toMatchObject({ loaded: true, ready: true, tiny: true, modelName: "leanvibe-tiny", threads: 1 });
    expect(after.gpu).toBe(false);
  });

  it("generates tokens within maxTokens with a real confidence figure", async () => {
    const result = await engine.generate({ prompt: "Write a function that adds two numbers.", maxTokens: 24 });
    expect(result.tokens).toBeGreaterThan(0);
    expect(result.tokens).toBeLessThanOrEqual(24);
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.promptTokens).toBeGreaterThan(10);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it("decodes greedily by default, so the same request gives the same text", async () => {
    const request = { prompt: "List three colours.", maxTokens: 16 };
    const first = await engine.generate(request);
    const second = await engine.generate(request);
    expect(second.text).toBe(first.text);
    expect(second.tokens).toBe(first.tokens);
  });

  it("returns JSON that conforms to the schema", async () => {
    const result = await engine.generateJson<{ risk: string; needsTests: boolean; steps: number }>({
      prompt: "Plan the task: add a health endpoint.",
      schema: planSchema,
      maxTokens: 120,
    });
    expect(JSON.parse(result.text)).toEqual(result.value);
    expect(Object.keys(result.value).sort()).toEqual(["needsTests", "risk", "steps"]);
    expect(["low", "medium", "high"]).toContain(result.value.risk);
    expect(typeof result.value.needsTests).toBe("boolean");
    expect([1, 2, 3, 4, 5]).toContain(result.value.steps);
    expect(result.stopReason).not.toBe("maxTokens");
  });

  it("stops promptly with an AbortError when aborted mid-generation, then serves the next request", async () => {
    const controller = new AbortController();
    let tokensAtAbort = 0;
    let abortedAt = 0;
    const pending = engine.generate({
      prompt: "Tell a long story.",
      maxTokens: 1500,
      signal: controller.signal,
      onToken: (count) => {
        if (count === 10) {
          tokensAtAbort = count;
          abortedAt = performance.now();
          controller.abort();
        }
      },
    });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(tokensAtAbort).toBe(10);
    expect(performance.now() - abortedAt).toBeLessThan(250);
    const generations = engine.status().generations;

    const next = await engine.generate({ prompt: "Still there?", maxTokens: 8 });
    expect(next.tokens).toBeGreaterThan(0);
    expect(engine.status().generations).toBe(generations + 1);
  });

  it("rejects at once a request aborted before it starts", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(engine.generate({ prompt: "x", maxTokens: 4, signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("runs concurrent generations one at a time, in arrival order", async () => {
    const events: string[] = [];
    let queuedWhileFirstRan = -1;
    const first = engine.generate({
      prompt: "First request.",
      maxTokens: 40,
      onToken: (n) => {
        events.push("a");
        if (n === 1) queuedWhileFirstRan = engine.status().queued;
      },
    });
    const second = engine.generate({ prompt: "Second request.", maxTokens: 40, onToken: () => events.push("b") });
    const [a, b] = await Promise.all([first, second]);
    expect(queuedWhileFirstRan).toBe(1);
    expect(events.join("")).toBe("a".repeat(a.tokens) + "b".repeat(b.tokens));
  });

  it("lets a waiting request leave the queue when aborted without disturbing the running one", async () => {
    const controller = new AbortController();
    const running = engine.generate({ prompt: "Running request.", maxTokens: 60 });
    const waiting = engine.generate({ prompt: "Waiting request.", maxTokens: 60, signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: "AbortError" });
    expect((await running).tokens).toBeGreaterThan(0);
  });

  it("reports measured throughput and timing after generations", async () => {
    const status = engine.status();
    expect(status.generations).toBeGreaterThanOrEqual(5);
    expect(status.averageTokensPerSecond).toBeGreaterThan(0);
    expect(status.lastInferenceMs).toBeGreaterThan(0);
    expect(status.busy).toBe(false);
  });

  it("requires maxTokens and refuses requests that cannot fit the context", async () => {
    await expect(engine.generate({ prompt: "x", maxTokens: 0 })).rejects.toThrow(RangeError);
    await expect(engine.generate({ prompt: "x", maxTokens: 5000 })).rejects.toThrow(ContextOverflowError);
  });
});

describe("thread count", () => {
  it("never exceeds the physical cores and defaults to them", () => {
    expect(resolveThreadCount(undefined, 2)).toBe(2);
    expect(resolveThreadCount(8, 2)).toBe(2);
    expect(resolveThreadCount(1, 2)).toBe(1);
  });

  it("counts physical cores, not hyper-threads, from cpuinfo", () => {
    const cpu = (n: number, core: number) => `processor\t: ${n}\nphysical id\t: 0\ncore id\t\t: ${core}\n`;
    const hyperThreaded = [cpu(0, 0), cpu(1, 1), cpu(2, 0), cpu(3, 1)].join("\n");
    expect(physicalCoreCount(hyperThreaded)).toBe(Math.min(2, availableParallelism()));
    expect(physicalCoreCount("processor\t: 0\n")).toBe(availableParallelism());
  });
});

describe("LlamaEngine lifecycle", () => {
  it("finishes the running generation before disposing and refuses work afterwards", async () => {
    const local = new LlamaEngine({ modelPath, gpu: false, maxThreads: 1 });
    const running = local.generate({ prompt: "Last words.", maxTokens: 30 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await local.dispose();
    expect((await running).tokens).toBeGreaterThan(0);
    await expect(local.generate({ prompt: "x", maxTokens: 4 })).rejects.toThrow(/disposed/);
    expect(local.status().loaded).toBe(false);
  });

  it("explains a missing model file and refuses work after dispose", async () => {
    const missing = new LlamaEngine({ modelPath: join(dir, "missing.gguf"), gpu: false, maxThreads: 1 });
    await expect(missing.generate({ prompt: "x", maxTokens: 4 })).rejects.toThrow();
    expect(missing.status().lastError).not.toBeNull();
    await missing.dispose();
    await expect(missing.load()).rejects.toThrow(/disposed/);
  });
});
