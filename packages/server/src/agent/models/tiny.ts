import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { encodeGguf, type GgufEntry, type GgufTensor, readGgufMetadata } from "./gguf.js";

/** Marker written to `general.name`, so the server can say loudly that it runs on random weights. */
export const TINY_MODEL_NAME = "leanvibe-tiny";

export interface TinyModelOptions {
  /** Seeds the weight generator: the same seed always yields the same bytes. */
  seed?: number;
}

/**
 * Shape of the tiny model: a real llama graph (grouped-query attention, SwiGLU feed-forward, RoPE),
 * small enough that the file stays around half a megabyte and a token costs well under a millisecond.
 */
export const TINY_MODEL_SHAPE = {
  embedding: 64,
  layers: 2,
  heads: 4,
  kvHeads: 2,
  feedForward: 128,
  contextLength: 2048,
} as const;

// SentencePiece token types as llama.cpp numbers them.
const TokenType = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;

// A handful of merges so common English does not cost one token per letter; everything else falls back to bytes.
const MERGES = ["th", "he", "in", "er", "an", "on", "re", "▁t", "▁a", "▁s", "▁w", "▁c"];

interface Vocabulary {
  tokens: string[];
  scores: number[];
  types: number[];
}

function buildVocabulary(): Vocabulary {
  const tokens = ["<unk>", "<s>", "</s>"];
  const types: number[] = [TokenType.unknown, TokenType.control, TokenType.control];
  for (let byte = 0; byte < 256; byte++) {
    tokens.push(`<0x${byte.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(TokenType.byte);
  }
  // "▁" is SentencePiece's word boundary; printable ASCII as single-character pieces.
  const pieces = ["▁"];
  for (let code = 0x21; code <= 0x7e; code++) pieces.push(String.fromCharCode(code));
  pieces.push(...MERGES);
  for (const piece of pieces) {
    tokens.push(piece);
    types.push(TokenType.normal);
  }
  // SentencePiece merges prefer higher scores: longer pieces win over their parts.
  const scores = tokens.map((token, i) => (types[i] === TokenType.normal ? token.length * 10 - i / 1000 : 0));
  return { tokens, scores, types };
}

/** mulberry32: a tiny, well-distributed 32-bit PRNG; enough for reproducible random weights. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTensor(random: () => number, name: string, dims: number[], std: number): GgufTensor {
  const count = dims.reduce((a, b) => a * b, 1);
  const data = new Float32Array(count);
  // Uniform on [-a, a] has standard deviation a / sqrt(3).
  const amplitude = std * Math.sqrt(3);
  for (let i = 0; i < count; i++) data[i] = (random() * 2 - 1) * amplitude;
  return { name, dims, data };
}

function onesTensor(name: string, length: number): GgufTensor {
  return { name, dims: [length], data: new Float32Array(length).fill(1) };
}

/** Builds the tiny model's GGUF bytes in memory. */
export function buildTinyModel(options: TinyModelOptions = {}): Buffer {
  const random = createRandom(options.seed ?? 1);
  const { embedding, layers, heads, kvHeads, feedForward, contextLength } = TINY_MODEL_SHAPE;
  const headDim = embedding / heads;
  const kvDim = headDim * kvHeads;
  const vocabulary = buildVocabulary();
  const vocabSize = vocabulary.tokens.length;

  const metadata: [string, GgufEntry][] = [
    ["general.architecture", { type: "string", value: "llama" }],
    ["general.name", { type: "string", value: TINY_MODEL_NAME }],
    ["general.file_type", { type: "uint32", value: 0 }],
    ["general.alignment", { type: "uint32", value: 32 }],
    ["llama.context_length", { type: "uint32", value: contextLength }],
    ["llama.embedding_length", { type: "uint32", value: embedding }],
    ["llama.block_count", { type: "uint32", value: layers }],
    ["llama.feed_forward_length", { type: "uint32", value: feedForward }],
    ["llama.attention.head_count", { type: "uint32", value: heads }],
    ["llama.attention.head_count_kv", { type: "uint32", value: kvHeads }],
    ["llama.rope.dimension_count", { type: "uint32", value: headDim }],
    ["llama.rope.freq_base", { type: "float32", value: 10000 }],
    ["llama.attention.layer_norm_rms_epsilon", { type: "float32", value: 1e-5 }],
    ["llama.vocab_size", { type: "uint32", value: vocabSize }],
    ["tokenizer.ggml.model", { type: "string", value: "llama" }],
    ["tokenizer.ggml.tokens", { type: "array", elementType: "string", value: vocabulary.tokens }],
    ["tokenizer.ggml.scores", { type: "array", elementType: "float32", value: vocabulary.scores }],
    ["tokenizer.ggml.token_type", { type: "array", elementType: "int32", value: vocabulary.types }],
    ["tokenizer.ggml.unknown_token_id", { type: "uint32", value: 0 }],
    ["tokenizer.ggml.bos_token_id", { type: "uint32", value: 1 }],
    ["tokenizer.ggml.eos_token_id", { type: "uint32", value: 2 }],
    ["tokenizer.ggml.add_bos_token", { type: "bool", value: true }],
    ["tokenizer.ggml.add_eos_token", { type: "bool", value: false }],
  ];

  // Standard deviations chosen so activations stay O(1) and output logits spread over a few units,
  // which gives the sampler non-trivial probabilities to report.
  const projection = 1 / Math.sqrt(embedding);
  const tensors: GgufTensor[] = [
    randomTensor(random, "token_embd.weight", [embedding, vocabSize], 1),
    onesTensor("output_norm.weight", embedding),
    randomTensor(random, "output.weight", [embedding, vocabSize], 0.4),
  ];
  for (let layer = 0; layer < layers; layer++) {
    const blk = `blk.${layer}`;
    tensors.push(
      onesTensor(`${blk}.attn_norm.weight`, embedding),
      randomTensor(random, `${blk}.attn_q.weight`, [embedding, embedding], projection),
      randomTensor(random, `${blk}.attn_k.weight`, [embedding, kvDim], projection),
      randomTensor(random, `${blk}.attn_v.weight`, [embedding, kvDim], projection),
      randomTensor(random, `${blk}.attn_output.weight`, [embedding, embedding], projection),
      onesTensor(`${blk}.ffn_norm.weight`, embedding),
      randomTensor(random, `${blk}.ffn_gate.weight`, [embedding, feedForward], projection),
      randomTensor(random, `${blk}.ffn_up.weight`, [embedding, feedForward], projection),
      randomTensor(random, `${blk}.ffn_down.weight`, [feedForward, embedding], 1 / Math.sqrt(feedForward)),
    );
  }
  return encodeGguf(metadata, tensors);
}

/** Writes the tiny model to `path` (creating its folder) and returns the number of bytes written. */
export async function writeTinyModel(path: string, options: TinyModelOptions = {}): Promise<number> {
  const bytes = buildTinyModel(options);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return bytes.length;
}

/** True when the GGUF file at `path` is the generated random-weight model. */
export async function isTinyModel(path: string): Promise<boolean> {
  const metadata = await readGgufMetadata(path);
  return metadata.get("general.name") === TINY_MODEL_NAME;
}
