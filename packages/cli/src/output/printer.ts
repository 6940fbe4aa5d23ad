import type { Writable } from "node:stream";
import { type Column, cellText, field, table, tsv } from "./table.js";

export type OutputMode = "json" | "quiet" | "table" | "tsv";

export interface ListPage {
  data: Record<string, unknown>[];
  pagination: Record<string, unknown>;
}

/**
 * Reads a list response whatever its envelope: a bare array, `{ data, pagination }`, or an object whose one
 * array property holds the items (`{ invoices: [...], total }`). The rest becomes the pagination record.
 */
export function toListPage(body: unknown): ListPage {
  if (Array.isArray(body)) return { data: body as Record<string, unknown>[], pagination: {} };
  if (body === null || typeof body !== "object") return { data: [], pagination: {} };
  const record = body as Record<string, unknown>;
  const key = Array.isArray(record.data) ? "data" : Object.keys(record).find((name) => Array.isArray(record[name]));
  if (!key) return { data: [], pagination: {} };
  const { [key]: items, pagination, ...rest } = record;
  const extra = pagination && typeof pagination === "object" ? (pagination as Record<string, unknown>) : {};
  return { data: items as Record<string, unknown>[], pagination: { ...rest, ...extra } };
}

/** Columns for a list when the command did not choose any: the scalar fields of the first item, up to six. */
export function guessColumns(items: readonly Record<string, unknown>[]): Column[] {
  const first = items[0] ?? {};
  const scalar = Object.keys(first).filter((key) => first[key] === null || typeof first[key] !== "object");
  const ordered = scalar.includes("id") ? ["id", ...scalar.filter((key) => key !== "id")] : scalar;
  return ordered.slice(0, 6).map((key) => field(key, key));
}

/**
 * Prints results the way the caller asked: `--json` keeps the API's JSON (lists as `{ data, pagination }`),
 * `--quiet` prints ids only, a terminal gets aligned tables, a pipe gets tab-separated values.
 */
export class Printer {
  readonly mode: OutputMode;
  readonly #out: Writable;
  readonly #err: Writable;
  readonly #width: number;

  constructor(options: { json: boolean; quiet: boolean; tty: boolean; out: Writable; err: Writable; width?: number }) {
    this.mode = options.json ? "json" : options.quiet ? "quiet" : options.tty ? "table" : "tsv";
    this.#out = options.out;
    this.#err = options.err;
    this.#width = options.width ?? 120;
  }

  json(value: unknown): void {
    this.#out.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** One API object. `fields` picks and orders what humans see; `--json` always prints the whole object. */
  object(value: unknown, fields?: readonly Column[]): void {
    if (this.mode === "json") {
      this.json(value);
      return;
    }
    const record = (value ?? {}) as Record<string, unknown>;
    if (this.mode === "quiet") {
      if (record.id !== undefined) this.#out.write(`${cellText(record.id)}\n`);
      return;
    }
    const columns = fields ?? Object.keys(record).map((key) => field(key, key));
    const pairs = columns.map((column) => ({ key: column.header, value: column.value(record) }));
    const shown = pairs.filter((pair) => pair.value !== undefined);
    if (this.mode === "tsv") {
      for (const pair of shown) this.#out.write(`${pair.key}\t${cellText(pair.value).replace(/[\t\n\r]+/g, " ")}\n`);
      return;
    }
    const width = Math.max(0, ...shown.map((pair) => pair.key.length));
    for (const pair of shown) this.#out.write(`${`${pair.key}:`.padEnd(width + 2)}${cellText(pair.value)}\n`);
  }

  list(page: ListPage, columns?: readonly Column[]): void {
    if (this.mode === "json") {
      this.json({ data: page.data, pagination: page.pagination });
      return;
    }
    if (this.mode === "quiet") {
      for (const item of page.data) if (item.id !== undefined) this.#out.write(`${cellText(item.id)}\n`);
      return;
    }
    const chosen = columns ?? guessColumns(page.data);
    if (this.mode === "tsv") this.#out.write(tsv(page.data, chosen));
    else if (page.data.length === 0) this.#err.write("No results.\n");
    else this.#out.write(table(page.data, chosen, this.#width));
  }

  /** A human confirmation ("Logged in as …"). Goes to stderr so stdout stays data only; silent with --quiet/--json. */
  status(message: string): void {
    if (this.mode === "quiet" || this.mode === "json") return;
    this.#err.write(`${message}\n`);
  }
}
