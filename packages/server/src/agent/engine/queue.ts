import { GenerationAbortedError } from "./errors.js";

interface Waiter {
  start: () => void;
}

/**
 * One generation at a time, first come first served. A waiter whose signal aborts leaves the line
 * at once; a running task may `hold` the slot past its own settlement when native work it started
 * is still finishing, so the next task never shares the sequence with it.
 */
export class GenerationQueue {
  private readonly waiters: Waiter[] = [];
  private running = false;

  get busy(): boolean {
    return this.running;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  run<T>(task: (hold: (work: Promise<unknown>) => void) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new GenerationAbortedError(signal.reason));
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) {
          this.waiters.splice(index, 1);
          reject(new GenerationAbortedError(signal?.reason));
        }
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener("abort", onAbort);
          const held: Promise<unknown>[] = [];
          let outcome: Promise<T>;
          try {
            outcome = task((work) => held.push(work));
          } catch (error) {
            outcome = Promise.reject(error);
          }
          // Release before settling when nothing is held, so `busy` is already false when the caller resumes.
          const settle = (deliver: () => void) => {
            if (held.length === 0) {
              this.next();
              deliver();
            } else {
              deliver();
              void Promise.allSettled(held).then(() => this.next());
            }
          };
          outcome.then(
            (value) => settle(() => resolve(value)),
            (error: unknown) => settle(() => reject(error)),
          );
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(waiter);
      if (!this.running) this.next();
    });
  }

  private next(): void {
    const waiter = this.waiters.shift();
    this.running = waiter !== undefined;
    waiter?.start();
  }
}
