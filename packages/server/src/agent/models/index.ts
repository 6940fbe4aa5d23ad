export { type CachedModel, cachedModelPath, listModels, ModelNotFoundError, resolveModel } from "./cache.js";
export { type GgufValue, readGgufMetadata } from "./gguf.js";
export { ModelDownloadError, type PullOptions, type PullProgress, type PullResult, pullModel } from "./pull.js";
export { DEFAULT_MODEL_URI, type ModelReference, parseModelReference } from "./reference.js";
export {
  buildTinyModel,
  isTinyModel,
  TINY_MODEL_NAME,
  TINY_MODEL_SHAPE,
  type TinyModelOptions,
  writeTinyModel,
} from "./tiny.js";
