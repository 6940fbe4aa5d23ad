import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCode, generateCode } from "../../src/agent/codegen/index.js";
import { LlamaEngine } from "../../src/agent/engine/index.js";
import { writeTinyModel } from "../../src/agent/models/index.js";

let dir: string;
let engine: LlamaEngine;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "leanvibe-codegen-"));
  await writeTinyModel(join(dir, "tiny.gguf"), { seed: 3 });
  engine = new LlamaEngine({ modelPath: join(dir, "tiny.gguf"), gpu: false, maxThreads: 1 });
});

afterAll(async () => {
  await engine?.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe("generateCode", () => {
  it("answers in the API's shape with a measured confidence and flags unusable output for review", async () => {
    const result = await generateCode(engine, {
      component_type: "function",
      specification: { name: "add", inputs: ["a", "b"] },
      language: "typescript",
      max_tokens: 32,
    });
    expect(result.status).toBe("success");
    expect(result.model).toBe("leanvibe-tiny");
    expect(result.tokens).toBeGreaterThan(0);
    expect(result.tokens).toBeLessThanOrEqual(32);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.processing_time_ms).toBeGreaterThanOrEqual(0);
    // Random weights: the text does not parse, so the answer is a marked placeholder that needs review.
    expect(result.response).toMatch(/^\/\/ The model's output could not be used/);
    expect(result.requires_review).toBe(true);
  });

  it("accepts parseable code and rejects noise", () => {
    expect(checkCode("export function add(a: number, b: number) {\n  return a + b;\n}", "typescript").usable).toBe(
      true,
    );
    expect(checkCode("export function add(a: number {\n  return a + ;\n}", "typescript").usable).toBe(false);
    expect(checkCode("def add(a, b):\n    return (a + b)\n", "python").usable).toBe(true);
    expect(checkCode("def add(a, b:\n    return a + b\n", "python").usable).toBe(false);
    expect(checkCode("\u0001\u0002garbage\u0003 tokens ~~~~ and more", "typescript").usable).toBe(false);
  });
});
