import type { GbnfJsonSchema } from "node-llama-cpp";

export interface LlamaEngineOptions {
  modelPath: string;
  /** `"auto"` uses a GPU when one is found; `true` insists on one; `false` stays on the CPU. */
  gpu: boolean | "auto";
  /** Defaults to, and is capped at, the number of physical cores. */
  maxThreads?: number;
  /** Defaults to the model's training context, capped at 4096 tokens. */
  contextSize?: number;
}

export interface GenerateRequest {
  prompt: string;
  systemPrompt?: string;
  maxTokens: number;
  signal?: AbortSignal;
  /** 0 (the default) decodes greedily, so the same request gives the same text. */
  temperature?: number;
  seed?: number;
  /** Called after each generated token with the running count, for progress reporting. */
  onToken?: (generatedTokens: number) => void;
}

export interface GenerateJsonRequest {
  prompt: string;
  schema: GbnfJsonSchema;
  systemPrompt?: string;
  maxTokens: number;
  signal?: AbortSignal;
  onToken?: (generatedTokens: number) => void;
}

export type StopReason = "endOfGeneration" | "stopTrigger" | "maxTokens";

export interface GenerationResult {
  text: string;
  /** Tokens generated (the end-of-generation token is not counted). */
  tokens: number;
  promptTokens: number;
  durationMs: number;
  tokensPerSecond: number;
  /** Geometric mean of the probabilities the model gave each token it emitted; null when nothing was generated. */
  confidence: number | null;
  stopReason: StopReason;
}

export interface JsonGenerationResult<T = unknown> extends GenerationResult {
  value: T;
}

export interface EngineStatus {
  modelName: string;
  modelPath: string;
  tiny: boolean;
  loaded: boolean;
  /** Loaded and not disposed: a generation can start without loading first. */
  ready: boolean;
  busy: boolean;
  queued: number;
  threads: number;
  gpu: string | false | null;
  contextSize: number | null;
  lastInferenceMs: number | null;
  averageTokensPerSecond: number | null;
  generations: number;
  lastError: string | null;
}
