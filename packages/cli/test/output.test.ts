import { describe, expect, it } from "vitest";
import { toCliError } from "../src/error-report.js";
import { ExitCode } from "../src/exit-codes.js";
import { field, Printer, table, toListPage, tsv } from "../src/output/index.js";
import { fakeIO } from "./support/fake-io.js";

function printer(options: { json?: boolean; quiet?: boolean; tty?: boolean }) {
  const io = fakeIO();
  const p = new Printer({
    json: options.json ?? false,
    quiet: options.quiet ?? false,
    tty: options.tty ?? false,
    out: io.stdout,
    err: io.stderr,
    width: 40,
  });
  return { p, io };
}

describe("output", () => {
  const rows = [
    { id: "a", title: "First\ttask", count: 3, tags: ["x"] },
    { id: "bb", title: "Second", count: null },
  ];

  it("tables align columns under upper-case headers and cut to the width", () => {
    const columns = [field("ID", "id"), field("Title", "title"), field("Count", "count")];
    expect(table(rows, columns)).toBe("ID  TITLE       COUNT\na   First task  3\nbb  Second\n");
    expect(table([{ id: "x".repeat(50) }], [field("ID", "id")], 10)).toBe("ID\nxxxxxxxxx…\n");
  });

  it("tab-separated output has no header and no tabs inside cells", () => {
    expect(tsv(rows, [field("ID", "id"), field("Title", "title"), field("Tags", "tags")])).toBe(
      'a\tFirst task\t["x"]\nbb\tSecond\t\n',
    );
  });

  it("reads list envelopes of every shape into data and pagination", () => {
    expect(toListPage([{ id: 1 }])).toEqual({ data: [{ id: 1 }], pagination: {} });
    expect(toListPage({ data: [{ id: 1 }], pagination: { total: 1 } })).toEqual({
      data: [{ id: 1 }],
      pagination: { total: 1 },
    });
    expect(toListPage({ invoices: [{ id: 1 }], total: 9, limit: 1 })).toEqual({
      data: [{ id: 1 }],
      pagination: { total: 9, limit: 1 },
    });
  });

  it("--json keeps objects as the API sent them and wraps lists", () => {
    const one = printer({ json: true });
    one.p.object({ id: "a", nested: { x: 1 } }, [field("ID", "id")]);
    expect(JSON.parse(one.io.stdoutText())).toEqual({ id: "a", nested: { x: 1 } });
    const many = printer({ json: true });
    many.p.list({ data: [{ id: "a" }], pagination: { total: 1 } });
    expect(JSON.parse(many.io.stdoutText())).toEqual({ data: [{ id: "a" }], pagination: { total: 1 } });
  });

  it("--quiet prints ids only and no status messages", () => {
    const { p, io } = printer({ quiet: true });
    p.object({ id: "a", name: "n" });
    p.list({ data: [{ id: "b" }, { id: "c" }], pagination: {} });
    p.status("Done.");
    expect(io.stdoutText()).toBe("a\nb\nc\n");
    expect(io.stderrText()).toBe("");
  });

  it("an empty list on a terminal says so on stderr", () => {
    const { p, io } = printer({ tty: true });
    p.list({ data: [], pagination: {} });
    expect(io.stdoutText()).toBe("");
    expect(io.stderrText()).toBe("No results.\n");
  });
});

describe("error messages and exit codes", () => {
  const apiError = (status: number, body: Record<string, unknown>) =>
    Object.assign(new Error(`${status} x`), {
      name: "APIError",
      status,
      code: body.error,
      details: body.details,
      body,
      requestId: "req_1",
    });

  it("maps statuses to the documented exit codes", () => {
    expect(toCliError(apiError(401, { message: "no" })).exitCode).toBe(ExitCode.auth);
    expect(toCliError(apiError(403, { message: "no" })).exitCode).toBe(ExitCode.auth);
    expect(toCliError(apiError(404, { message: "no" })).exitCode).toBe(ExitCode.notFound);
    expect(toCliError(apiError(429, { message: "slow down" })).exitCode).toBe(ExitCode.quota);
    expect(toCliError(apiError(422, { message: "bad" })).exitCode).toBe(ExitCode.usage);
    expect(toCliError(apiError(500, { message: "boom" })).exitCode).toBe(ExitCode.error);
    expect(
      toCliError(Object.assign(new Error("Connection error."), { name: "ConnectionError" }), { baseUrl: "http://x" })
        .message,
    ).toBe("Network error: could not reach the LeanVibe server at http://x.");
    expect(toCliError(new Error("plain")).exitCode).toBe(ExitCode.error);
  });

  it("names flags for body fields, using a command's own flag names first", () => {
    const error = toCliError(
      apiError(400, { message: "Invalid", details: { field: "project_id", validation_errors: ["is required"] } }),
      {
        flagNames: { project_id: "--project" },
      },
    );
    expect(error.hints).toEqual(["--project: is required", "Request id: req_1"]);
    const generic = toCliError(apiError(400, { message: "Invalid", details: { field: "repositoryUrl" } }));
    expect(generic.hints[0]).toBe("--repository-url: invalid value");
  });
});
