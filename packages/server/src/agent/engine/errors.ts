/** Thrown when a generation is cancelled through its AbortSignal, before or during evaluation. */
export class GenerationAbortedError extends Error {
  override readonly name = "AbortError";

  constructor(reason?: unknown) {
    super("The generation was aborted", reason === undefined ? undefined : { cause: reason });
  }
}

/** Thrown when a request cannot fit the context window (prompt plus maxTokens). */
export class ContextOverflowError extends Error {
  override readonly name = "ContextOverflowError";
}

/** Thrown when a structured generation ran out of tokens before the JSON was complete. */
export class IncompleteJsonError extends Error {
  override readonly name = "IncompleteJsonError";

  constructor(
    readonly text: string,
    maxTokens: number,
  ) {
    super(`The model did not complete the JSON within maxTokens (${maxTokens}); raise maxTokens`);
  }
}
