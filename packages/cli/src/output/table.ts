/** A column of a human or tab-separated listing: a header and how to read the cell from a row. */
export interface Column {
  header: string;
  value: (row: Record<string, unknown>) => unknown;
}

export function field(header: string, key: string): Column {
  return { header, value: (row) => readPath(row, key) };
}

export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Tab-separated cells, one line per row, no header: the shape `cut`, `awk` and `while read` expect. */
export function tsv(rows: readonly Record<string, unknown>[], columns: readonly Column[]): string {
  return rows
    .map((row) => columns.map((column) => cellText(column.value(row)).replace(/[\t\n\r]+/g, " ")).join("\t"))
    .map((line) => `${line}\n`)
    .join("");
}

/** Aligned columns under upper-case headers, cut to the terminal width. */
export function table(rows: readonly Record<string, unknown>[], columns: readonly Column[], width = 120): string {
  const cells = rows.map((row) => columns.map((column) => cellText(column.value(row)).replace(/\s+/g, " ")));
  const headers = columns.map((column) => column.header.toUpperCase());
  const widths = headers.map((header, index) => Math.max(header.length, ...cells.map((line) => line[index]!.length)));
  const render = (line: readonly string[]) => {
    const text = line.map((cell, index) => (index === line.length - 1 ? cell : cell.padEnd(widths[index]!))).join("  ");
    return text.length > width ? `${text.slice(0, Math.max(1, width - 1))}…` : text;
  };
  return [headers, ...cells].map((line) => `${render(line).trimEnd()}\n`).join("");
}
