import type { components } from "../../generated/schema.js";
import type { LlamaEngine } from "../engine/index.js";
import { checkCode, extractCode, normaliseLanguage } from "./usable.js";

export type GenerateCodeRequest = components["schemas"]["GenerateCodeRequest"];
export type GenerateCodeResponse = components["schemas"]["GenerateCodeResponse"];

/** Below this confidence a person should review the code (the API's documented threshold). */
export const REVIEW_THRESHOLD = 0.8;
const DEFAULT_MAX_TOKENS = 512;
const MAX_TOKENS_CAP = 2048;

export interface GenerateCodeOptions {
  signal?: AbortSignal;
}

function prompt(request: GenerateCodeRequest): string {
  const language = request.language ?? "TypeScript";
  return [
    `Write a ${request.component_type.replace("_", " ")} in ${language}.`,
    `Specification (JSON): ${JSON.stringify(request.specification)}`,
    "Reply with the code only, in one fenced code block.",
  ].join("\n");
}

function placeholder(request: GenerateCodeRequest, reason: string): string {
  const language = normaliseLanguage(request.language);
  const comment = language === "python" ? "#" : "//";
  return [
    `${comment} The model's output could not be used (${reason}); this is a placeholder to fill in by hand.`,
    `${comment} Requested: ${request.component_type} — ${JSON.stringify(request.specification)}`,
    "",
  ].join("\n");
}

/**
 * POST /v1/code/generate: one generation; confidence is the engine's per-token confidence, requires_review
 * when it is below 0.8. Output that does not parse as the requested language is replaced by a marked
 * placeholder and always requires review.
 */
export async function generateCode(
  engine: LlamaEngine,
  request: GenerateCodeRequest,
  options: GenerateCodeOptions = {},
): Promise<GenerateCodeResponse> {
  const started = performance.now();
  const maxTokens = Math.min(Math.max(1, Math.floor(request.max_tokens ?? DEFAULT_MAX_TOKENS)), MAX_TOKENS_CAP);
  const result = await engine.generate({ prompt: prompt(request), maxTokens, signal: options.signal });
  const code = extractCode(result.text);
  const check = checkCode(code, normaliseLanguage(request.language ?? "typescript"));
  const confidence = Math.round((result.confidence ?? 0) * 1000) / 1000;
  return {
    status: "success",
    response: check.usable ? code : placeholder(request, check.reason ?? "unusable"),
    confidence,
    requires_review: !check.usable || confidence < REVIEW_THRESHOLD,
    processing_time_ms: Math.round(performance.now() - started),
    model: engine.status().modelName,
    tokens: result.tokens,
  };
}
