export { physicalCoreCount, resolveThreadCount } from "./cores.js";
export { ContextOverflowError, GenerationAbortedError, IncompleteJsonError } from "./errors.js";
export { DEFAULT_SYSTEM_PROMPT, LlamaEngine } from "./llama-engine.js";
export { GenerationQueue } from "./queue.js";
export type {
  EngineStatus,
  GenerateJsonRequest,
  GenerateRequest,
  GenerationResult,
  JsonGenerationResult,
  LlamaEngineOptions,
  StopReason,
} from "./types.js";
