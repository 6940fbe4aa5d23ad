/**
 * The server's notion of now. In reference mode it can be moved forward (the test clock), so that trials,
 * billing periods and retries come due without waiting; it never moves back.
 */
export class Clock {
  private offsetMs = 0;

  constructor(private readonly real: () => number = Date.now) {}

  now(): Date {
    return new Date(this.real() + this.offsetMs);
  }

  nowMs(): number {
    return this.real() + this.offsetMs;
  }

  get offsetSeconds(): number {
    return Math.round(this.offsetMs / 1000);
  }

  advance(ms: number): Date {
    if (ms < 0) throw new RangeError("The clock only moves forward");
    this.offsetMs += ms;
    return this.now();
  }
}
