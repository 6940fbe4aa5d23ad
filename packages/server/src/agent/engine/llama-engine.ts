import { basename } from "node:path";
import type {
  ChatWrapper,
  Llama,
  LlamaContext,
  LlamaContextSequence,
  LlamaGrammar,
  LlamaModel,
  Token,
} from "node-llama-cpp";
import { TINY_MODEL_NAME } from "../models/index.js";
import { resolveThreadCount } from "./cores.js";
import { ContextOverflowError, GenerationAbortedError, IncompleteJsonError } from "./errors.js";
import { GenerationQueue } from "./queue.js";
import { type GenerationSample, GenerationStats } from "./stats.js";
import { ABORTED, abortPromise, collectStops, firstStop } from "./stops.js";
import type {
  EngineStatus,
  GenerateJsonRequest,
  GenerateRequest,
  GenerationResult,
  JsonGenerationResult,
  LlamaEngineOptions,
  StopReason,
} from "./types.js";

/**
 * Kept to one line on purpose: node-llama-cpp's default system prompt is several hundred tokens,
 * more than a small context can spare.
 */
export const DEFAULT_SYSTEM_PROMPT = "You are LeanVibe's coding agent. Answer concisely and precisely.";

const DEFAULT_CONTEXT_CAP = 4096;

type JsonGrammar = LlamaGrammar & { parse(json: string): unknown };

interface LoadedModel {
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
  sequence: LlamaContextSequence;
  chatWrapper: ChatWrapper;
  nlc: typeof import("node-llama-cpp");
}

interface RunOptions {
  prompt: string;
  systemPrompt: string;
  maxTokens: number;
  signal?: AbortSignal;
  temperature: number;
  seed?: number;
  grammar?: LlamaGrammar;
  onToken?: (generatedTokens: number) => void;
}

/** One local model per process, loaded on first use, serving one generation at a time. */
export class LlamaEngine {
  private readonly options: LlamaEngineOptions;
  private readonly threads: number;
  private readonly queue = new GenerationQueue();
  private readonly stats = new GenerationStats(20);
  private readonly grammars = new Map<string, Promise<JsonGrammar>>();
  private loading: Promise<LoadedModel> | undefined;
  private loaded: LoadedModel | undefined;
  private disposed = false;
  private lastError: string | null = null;

  constructor(options: LlamaEngineOptions) {
    this.options = options;
    this.threads = resolveThreadCount(options.maxThreads);
  }

  /** Loads the model and its context; safe to call repeatedly and concurrently. */
  load(): Promise<void> {
    return this.ensureLoaded().then(() => undefined);
  }

  private ensureLoaded(): Promise<LoadedModel> {
    if (this.disposed) return Promise.reject(new Error("The engine has been disposed"));
    this.loading ??= this.loadModel().then(
      (loaded) => {
        this.loaded = loaded;
        this.lastError = null;
        return loaded;
      },
      (error: unknown) => {
        // Forget the failure so a later call (after the file appears, say) can try again.
        this.loading = undefined;
        this.lastError = error instanceof Error ? error.message : String(error);
        throw error;
      },
    );
    return this.loading;
  }

  private async loadModel(): Promise<LoadedModel> {
    const nlc = await import("node-llama-cpp");
    const { gpu } = this.options;
    const llama = await nlc.getLlama({
      gpu: gpu === false ? false : "auto",
      build: "never",
      maxThreads: this.threads,
      logLevel: nlc.LlamaLogLevel.error,
    });
    try {
      if (gpu === true && llama.gpu === false) throw new Error("gpu: true was requested but no GPU backend is usable");
      const model = await llama.loadModel({ modelPath: this.options.modelPath });
      const contextSize = this.options.contextSize ?? Math.min(model.trainContextSize, DEFAULT_CONTEXT_CAP);
      const context = await model.createContext({ contextSize, sequences: 1, threads: this.threads });
      const chatWrapper = nlc.resolveChatWrapper(model);
      return { llama, model, context, sequence: context.getSequence(), chatWrapper, nlc };
    } catch (error) {
      await llama.dispose().catch(() => undefined);
      throw error;
    }
  }

  generate(request: GenerateRequest): Promise<GenerationResult> {
    return this.enqueue({
      prompt: request.prompt,
      systemPrompt: request.systemPrompt ?? DEFAULT_SYSTEM_PROMPT,
      maxTokens: request.maxTokens,
      signal: request.signal,
      temperature: request.temperature ?? 0,
      seed: request.seed,
      onToken: request.onToken,
    });
  }

  /**
   * Generates under a grammar compiled from the JSON schema, so the output parses and follows the schema's
   * structure. node-llama-cpp's schema subset has no numeric bounds: use `enum` for small integer ranges.
   */
  async generateJson<T = unknown>(request: GenerateJsonRequest): Promise<JsonGenerationResult<T>> {
    const { llama } = await this.ensureLoaded();
    const key = JSON.stringify(request.schema);
    let grammar = this.grammars.get(key);
    if (!grammar) {
      // The schema type is generic over its literal shape; callers pass arbitrary schemas at run time.
      const created: Promise<JsonGrammar> = llama.createGrammarForJsonSchema(request.schema as never);
      grammar = created;
      this.grammars.set(key, created);
      created.catch(() => this.grammars.delete(key));
    }
    const compiled = await grammar;
    const result = await this.enqueue({
      prompt: `${request.prompt}\n\nReply with JSON matching this schema: ${key}`,
      systemPrompt: request.systemPrompt ?? DEFAULT_SYSTEM_PROMPT,
      maxTokens: request.maxTokens,
      signal: request.signal,
      temperature: 0,
      grammar: compiled,
      onToken: request.onToken,
    });
    if (result.stopReason === "maxTokens") throw new IncompleteJsonError(result.text, request.maxTokens);
    return { ...result, value: compiled.parse(result.text) as T };
  }

  private enqueue(options: RunOptions): Promise<GenerationResult> {
    if (!Number.isInteger(options.maxTokens) || options.maxTokens < 1) {
      return Promise.reject(new RangeError("maxTokens must be a positive integer"));
    }
    return this.queue.run(async (hold) => {
      const loaded = await this.ensureLoaded();
      if (options.signal?.aborted) throw new GenerationAbortedError(options.signal.reason);
      const result = await this.evaluate(loaded, options, hold);
      this.stats.record({ tokens: result.tokens, durationMs: result.durationMs } satisfies GenerationSample);
      return result;
    }, options.signal);
  }

  private async evaluate(
    loaded: LoadedModel,
    options: RunOptions,
    hold: (work: Promise<unknown>) => void,
  ): Promise<GenerationResult> {
    const { model, sequence, chatWrapper, nlc } = loaded;
    const started = performance.now();
    const { contextText, stopGenerationTriggers } = chatWrapper.generateContextState({
      chatHistory: [
        { type: "system", text: options.systemPrompt },
        { type: "user", text: options.prompt },
        { type: "model", response: [] },
      ],
    });
    const promptTokens = contextText.tokenize(model.tokenizer);
    const contextSize = sequence.contextSize;
    if (promptTokens.length + options.maxTokens > contextSize) {
      throw new ContextOverflowError(
        `The prompt (${promptTokens.length} tokens) plus maxTokens (${options.maxTokens}) exceeds the context size (${contextSize})`,
      );
    }

    // Keep whatever prefix the sequence already holds (the system prompt, typically) and evaluate the rest;
    // at least one token must be evaluated to get logits for the first generated token.
    const reused = Math.min(sequence.compareContextTokens(promptTokens).firstDifferentIndex, promptTokens.length - 1);
    if (reused < sequence.nextTokenIndex) {
      await sequence.eraseContextTokenRanges([{ start: reused, end: sequence.nextTokenIndex }]);
    }

    const { textStops, tokenStops } = collectStops(model, [
      ...stopGenerationTriggers,
      ...(options.grammar?.stopGenerationTriggers ?? []),
    ]);

    const grammarEvaluationState = options.grammar
      ? new nlc.LlamaGrammarEvaluationState({ model, grammar: options.grammar })
      : undefined;
    const iterator = sequence.evaluateWithMetadata(
      promptTokens.slice(reused),
      { confidence: true },
      { temperature: options.temperature, seed: options.seed, grammarEvaluationState },
    );

    const generated: Token[] = [];
    // Sum of log-probabilities: the confidence is their geometric mean, the probability of the whole text per token.
    let logConfidenceSum = 0;
    let text = "";
    let stopReason: StopReason = "endOfGeneration";
    const abort = abortPromise(options.signal);
    let abandoned = false;
    try {
      while (true) {
        const step = iterator.next();
        const outcome = await Promise.race([step, abort.promise]);
        if (outcome === ABORTED) {
          // The caller hears about the abort now; the queue keeps the sequence until native work settles.
          abandoned = true;
          hold(
            step
              .then(
                () => iterator.return(),
                () => undefined,
              )
              .catch(() => undefined),
          );
          throw new GenerationAbortedError(options.signal?.reason);
        }
        if (outcome.done) break;
        const { token, confidence } = outcome.value;
        if (tokenStops.has(token)) {
          stopReason = "stopTrigger";
          break;
        }
        generated.push(token);
        logConfidenceSum += Math.log(Math.max(confidence, Number.MIN_VALUE));
        options.onToken?.(generated.length);
        if (textStops.length > 0) {
          text = model.detokenize(generated);
          const cut = firstStop(text, textStops);
          if (cut >= 0) {
            text = text.slice(0, cut);
            stopReason = "stopTrigger";
            break;
          }
        }
        if (generated.length >= options.maxTokens) {
          stopReason = "maxTokens";
          break;
        }
      }
    } finally {
      abort.dispose();
      if (!abandoned) await iterator.return();
    }

    if (stopReason !== "stopTrigger") text = model.detokenize(generated);
    if (options.grammar?.trimWhitespaceSuffix) text = text.trimEnd();
    const durationMs = performance.now() - started;
    return {
      text,
      tokens: generated.length,
      promptTokens: promptTokens.length,
      durationMs,
      tokensPerSecond: durationMs > 0 ? (generated.length * 1000) / durationMs : 0,
      confidence: generated.length > 0 ? Math.exp(logConfidenceSum / generated.length) : null,
      stopReason,
    };
  }

  status(): EngineStatus {
    const loaded = this.loaded;
    const name = loaded?.model.fileInfo.metadata.general?.name;
    return {
      modelName: typeof name === "string" && name.length > 0 ? name : basename(this.options.modelPath),
      modelPath: this.options.modelPath,
      tiny: name === TINY_MODEL_NAME,
      loaded: loaded !== undefined,
      ready: loaded !== undefined && !this.disposed,
      busy: this.queue.busy,
      queued: this.queue.waiting,
      threads: this.threads,
      gpu: loaded ? loaded.llama.gpu : null,
      contextSize: loaded ? loaded.context.contextSize : null,
      lastInferenceMs: this.stats.lastDurationMs,
      averageTokensPerSecond: this.stats.averageTokensPerSecond,
      generations: this.stats.count,
      lastError: this.lastError,
    };
  }

  /** Lets the running generation finish (requests still waiting are refused), then frees the model. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.queue.run(async () => undefined).catch(() => undefined);
    const loading = this.loading;
    this.loaded = undefined;
    this.loading = undefined;
    const loaded = await loading?.catch(() => undefined);
    await loaded?.llama.dispose();
  }
}
