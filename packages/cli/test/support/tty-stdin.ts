import { EventEmitter } from "node:events";

/** A terminal stdin that Ink can put in raw mode; `type` delivers keystrokes the way a terminal does. */
export class TerminalStdin extends EventEmitter {
  isTTY = true;
  #pending: string[] = [];
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read(): string | null {
    return this.#pending.shift() ?? null;
  }
  type(text: string): void {
    this.#pending.push(text);
    this.emit("readable");
  }
}
