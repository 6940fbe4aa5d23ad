export interface GenerationSample {
  tokens: number;
  durationMs: number;
}

/** Rolling throughput over the last few generations, so the figure follows the machine's current load. */
export class GenerationStats {
  private readonly window: GenerationSample[] = [];
  private total = 0;

  constructor(private readonly size: number) {}

  record(sample: GenerationSample): void {
    this.total++;
    this.window.push(sample);
    if (this.window.length > this.size) this.window.shift();
  }

  get count(): number {
    return this.total;
  }

  get lastDurationMs(): number | null {
    return this.window.at(-1)?.durationMs ?? null;
  }

  /** Tokens over time across the window, so long generations weigh as much as they cost. */
  get averageTokensPerSecond(): number | null {
    if (this.window.length === 0) return null;
    let tokens = 0;
    let ms = 0;
    for (const sample of this.window) {
      tokens += sample.tokens;
      ms += sample.durationMs;
    }
    return ms > 0 ? (tokens * 1000) / ms : null;
  }
}
