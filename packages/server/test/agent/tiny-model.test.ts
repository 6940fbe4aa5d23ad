import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readGgufFileInfo } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGguf } from "../../src/agent/models/gguf.js";
import { isTinyModel, readGgufMetadata, TINY_MODEL_NAME, writeTinyModel } from "../../src/agent/models/index.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "leanvibe-tiny-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeTinyModel", () => {
  it("writes the same bytes for the same seed and different bytes for another seed", async () => {
    const a = join(dir, "a.gguf");
    const b = join(dir, "b.gguf");
    const c = join(dir, "c.gguf");
    await writeTinyModel(a, { seed: 42 });
    await writeTinyModel(b, { seed: 42 });
    await writeTinyModel(c, { seed: 43 });
    const [bytesA, bytesB, bytesC] = await Promise.all([readFile(a), readFile(b), readFile(c)]);
    expect(bytesA.equals(bytesB)).toBe(true);
    expect(bytesA.equals(bytesC)).toBe(false);
    expect(bytesA.length).toBe(bytesC.length);
  });

  it("produces a GGUF v3 file of a few hundred kilobytes with 32-byte aligned tensors", async () => {
    const path = join(dir, "layout.gguf");
    const size = await writeTinyModel(path, { seed: 1 });
    expect(size).toBeGreaterThan(100_000);
    expect(size).toBeLessThan(1_000_000);
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("GGUF");
    expect(bytes.readUInt32LE(4)).toBe(3);

    const info = await readGgufFileInfo(path, { readTensorInfo: true });
    expect(info.metadata.general.architecture).toBe("llama");
    const tensors = info.fullTensorInfo ?? [];
    expect(tensors.map((t) => t.name)).toEqual(
      expect.arrayContaining(["token_embd.weight", "output_norm.weight", "output.weight", "blk.1.ffn_down.weight"]),
    );
    expect(Number(info.tensorCount)).toBe(3 + 2 * 9);
    for (const tensor of tensors) expect(Number(tensor.offset) % 32).toBe(0);
    // Tensor data starts at the first 32-byte boundary after the header and runs to the end of the file.
    const dataStart = Math.ceil((info.infoEndOffset ?? 0) / 32) * 32;
    const last = tensors.reduce((a, b) => (Number(a.offset) > Number(b.offset) ? a : b));
    const lastBytes = last.dimensions.reduce((a: number, b) => a * Number(b), 1) * 4;
    expect(dataStart + Number(last.offset) + lastBytes).toBe(bytes.length);
  });

  it("records the llama metadata and byte-level vocabulary llama.cpp needs", async () => {
    const path = join(dir, "meta.gguf");
    await writeTinyModel(path, { seed: 5 });
    const metadata = await readGgufMetadata(path);
    expect(metadata.get("general.name")).toBe(TINY_MODEL_NAME);
    expect(metadata.get("tokenizer.ggml.model")).toBe("llama");
    const tokens = metadata.get("tokenizer.ggml.tokens") as string[];
    expect(tokens.slice(0, 3)).toEqual(["<unk>", "<s>", "</s>"]);
    expect(tokens).toContain("<0x00>");
    expect(tokens).toContain("<0xFF>");
    expect((metadata.get("tokenizer.ggml.scores") as number[]).length).toBe(tokens.length);
    expect((metadata.get("tokenizer.ggml.token_type") as number[]).length).toBe(tokens.length);
    expect(metadata.get("llama.embedding_length")).toBe(64);
  });
});

describe("isTinyModel", () => {
  it("recognises the generated model by its name marker and nothing else", async () => {
    const tiny = join(dir, "marker.gguf");
    await writeTinyModel(tiny, { seed: 3 });
    const other = join(dir, "other.gguf");
    await writeFile(other, encodeGguf([["general.name", { type: "string", value: "phi3" }]], []));
    expect(await isTinyModel(tiny)).toBe(true);
    expect(await isTinyModel(other)).toBe(false);
  });

  it("rejects a file that is not GGUF", async () => {
    const path = join(dir, "not.gguf");
    await writeFile(path, "<html>proxy error</html>");
    await expect(isTinyModel(path)).rejects.toThrow(/not a GGUF file/);
  });
});
