import type { LlamaModel, LlamaText, Token } from "node-llama-cpp";

export const ABORTED = Symbol("aborted");

export function abortPromise(signal?: AbortSignal): { promise: Promise<typeof ABORTED>; dispose: () => void } {
  if (!signal) return { promise: new Promise(() => undefined), dispose: () => undefined };
  let listener: (() => void) | undefined;
  const promise = new Promise<typeof ABORTED>((resolve) => {
    if (signal.aborted) return resolve(ABORTED);
    listener = () => resolve(ABORTED);
    signal.addEventListener("abort", listener, { once: true });
  });
  return { promise, dispose: () => listener && signal.removeEventListener("abort", listener) };
}

type StopTrigger = LlamaText | string | readonly (string | Token)[];

/** Splits stop triggers into plain text (matched on the decoded output) and single special tokens. */
export function collectStops(model: LlamaModel, triggers: readonly StopTrigger[]) {
  const textStops: string[] = [];
  const tokenStops = new Set<Token>();
  for (const trigger of triggers) {
    const values: readonly unknown[] =
      typeof trigger === "string" ? [trigger] : Array.isArray(trigger) ? trigger : (trigger as LlamaText).values;
    if (values.every((value) => typeof value === "string")) {
      const text = values.join("");
      if (text.length > 0) textStops.push(text);
    } else if (values.length === 1 && typeof values[0] === "number") {
      tokenStops.add(values[0] as Token);
    } else if (!Array.isArray(trigger) && typeof trigger !== "string") {
      const tokens = (trigger as LlamaText).tokenize(model.tokenizer);
      if (tokens.length === 1 && tokens[0] !== undefined) tokenStops.add(tokens[0]);
    }
  }
  return { textStops, tokenStops };
}

export function firstStop(text: string, stops: string[]): number {
  let first = -1;
  for (const stop of stops) {
    const index = text.indexOf(stop);
    if (index >= 0 && (first < 0 || index < first)) first = index;
  }
  return first;
}
