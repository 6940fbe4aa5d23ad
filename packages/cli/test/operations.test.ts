import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { OperationEntry } from "../src/command-table.js";
import { handwrittenCommands } from "../src/commands/index.js";
import { readEnvironment } from "../src/config/environment.js";
import { ExitCode } from "../src/exit-codes.js";
import { operations as generated } from "../src/generated/operations.js";
import { buildProgram } from "../src/program.js";
import { ApiServer, apiError } from "./support/api-server.js";
import { fakeIO } from "./support/fake-io.js";
import { runCli, tempConfigDir } from "./support/harness.js";

const sample: readonly OperationEntry[] = [
  {
    operationId: "getWidget",
    tag: "widgets",
    noun: "widgets",
    verb: "get",
    method: "get",
    path: "/v1/widgets/{widget_id}/parts/{part_id}",
    summary: "Get a widget part",
    positionals: ["widget_id", "part_id"],
    params: [
      { name: "include_archived", in: "query", required: false, type: "boolean" },
      { name: "limit", in: "query", required: false, type: "integer" },
      { name: "tags", in: "query", required: false, type: "array" },
      { name: "X-Tenant-Slug", in: "header", required: false, type: "string" },
    ],
    response: "json",
    roles: ["owner"],
  },
  {
    operationId: "createWidget",
    tag: "widgets",
    noun: "widgets",
    verb: "create",
    method: "post",
    path: "/v1/widgets",
    summary: "Create a widget",
    description: "Widgets are made of parts.",
    positionals: [],
    params: [],
    body: {
      contentType: "application/json",
      required: true,
      fields: [
        { name: "name", required: true, type: "string" },
        { name: "size", required: false, type: "string", enum: ["s", "m", "l"] },
        { name: "weight_grams", required: false, type: "number" },
        { name: "settings", required: false, type: "object" },
        { name: "colours", required: false, type: "array" },
        { name: "input", required: false, type: "string" },
      ],
    },
    response: "json",
    roles: ["owner", "admin"],
  },
  {
    operationId: "listWidgets",
    tag: "widgets",
    noun: "widgets",
    verb: "list",
    method: "get",
    path: "/v1/widgets",
    summary: "List widgets",
    positionals: [],
    params: [],
    response: "json",
    roles: ["owner"],
  },
  {
    operationId: "deleteWidget",
    tag: "widgets",
    noun: "widgets",
    verb: "delete",
    method: "delete",
    path: "/v1/widgets/{widget_id}",
    summary: "Delete a widget",
    positionals: ["widget_id"],
    params: [],
    response: "empty",
    roles: ["owner"],
  },
  {
    operationId: "widgetManual",
    tag: "widgets",
    noun: "widgets manuals",
    verb: "download",
    method: "get",
    path: "/v1/widgets/{widget_id}/manual",
    summary: "Download the manual",
    positionals: ["widget_id"],
    params: [],
    response: "binary",
    roles: ["owner"],
  },
  {
    operationId: "getTask",
    tag: "tasks",
    noun: "tasks",
    verb: "get",
    method: "get",
    path: "/v1/tasks/{task_id}",
    summary: "Generated task get (replaced by the hand-written one)",
    positionals: ["task_id"],
    params: [],
    response: "json",
    roles: ["owner"],
  },
];

describe("commands generated from the command table", () => {
  let server: ApiServer;
  let env: Record<string, string>;
  beforeEach(async () => {
    server = await new ApiServer().start();
    env = { LEANVIBE_BASE_URL: server.url, LEANVIBE_API_KEY: "k", LEANVIBE_CONFIG_DIR: tempConfigDir() };
  });
  afterEach(() => server.stop());

  it("maps positionals to the path and flags to typed query parameters and headers", async () => {
    server.on("GET", "/v1/widgets/{id}/parts/{part}", { json: { id: "part-9", name: "bolt" } });
    const result = await runCli(
      [
        "--json",
        "widgets",
        "get",
        "w-1",
        "part-9",
        "--include-archived",
        "--limit",
        "5",
        "--tags",
        "a",
        "--tags",
        "b",
        "--x-tenant-slug",
        "acme",
      ],
      { env, operations: sample },
    );
    expect(result.code).toBe(0);
    const request = server.requests.at(-1)!;
    expect(request.path).toBe("/v1/widgets/w-1/parts/part-9");
    expect(request.query).toEqual({ include_archived: "true", limit: "5", tags: ["a", "b"] });
    expect(request.headers["x-tenant-slug"]).toBe("acme");
    expect(JSON.parse(result.stdout)).toEqual({ id: "part-9", name: "bolt" });
  });

  it("builds the body from flags, parsing numbers, JSON objects and lists, over an --input file", async () => {
    server.on("POST", "/v1/widgets", (request) => ({ status: 201, json: { id: "w-2", ...(request.body as object) } }));
    const file = join(env.LEANVIBE_CONFIG_DIR!, "body.json");
    writeFileSync(file, JSON.stringify({ name: "from file", size: "s", extra: true }));
    const result = await runCli(
      [
        "-q",
        "widgets",
        "create",
        "--input",
        file,
        "--size",
        "l",
        "--weight-grams",
        "12.5",
        "--settings",
        '{"a":1}',
        "--colours",
        "red,blue",
        "--param-input",
        "x",
      ],
      { env, operations: sample },
    );
    expect(result.code).toBe(0);
    expect(server.requests.at(-1)!.body).toEqual({
      name: "from file",
      extra: true,
      size: "l",
      weight_grams: 12.5,
      settings: { a: 1 },
      colours: ["red", "blue"],
      input: "x",
    });
    expect(result.stdout).toBe("w-2\n");
  });

  it("says which required body flags are missing, and which flag holds a bad value", async () => {
    const missing = await runCli(["widgets", "create", "--size", "m"], { env, operations: sample });
    expect(missing.code).toBe(ExitCode.usage);
    expect(missing.stderr).toContain("missing required flag: --name");
    const badNumber = await runCli(["widgets", "create", "--name", "n", "--weight-grams", "heavy"], {
      env,
      operations: sample,
    });
    expect(badNumber.code).toBe(ExitCode.usage);
    expect(badNumber.stderr).toContain('--weight-grams must be a number, got "heavy"');
    const badChoice = await runCli(["widgets", "create", "--name", "n", "--size", "xl"], { env, operations: sample });
    expect(badChoice.code).toBe(ExitCode.usage);
    expect(server.requests).toHaveLength(0);
  });

  it("maps a server validation error on a body field back to its flag", async () => {
    server.on(
      "POST",
      "/v1/widgets",
      apiError(400, "invalid_request", "Request validation failed", {
        details: { errors: [{ path: "/body/weight_grams", message: "must be >= 0" }] },
      }),
    );
    const result = await runCli(["widgets", "create", "--name", "n", "--weight-grams", "-1"], {
      env,
      operations: sample,
    });
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("--weight-grams: must be >= 0");
  });

  it("prints lists in { data, pagination } form with --json and says Done for empty responses", async () => {
    server.on("GET", "/v1/widgets", {
      json: { data: [{ id: "w-1" }], pagination: { limit: 20, offset: 0, total: 1, has_more: false } },
    });
    server.on("DELETE", "/v1/widgets/{id}", { status: 204 });
    const list = await runCli(["--json", "widgets", "list"], { env, operations: sample });
    expect(JSON.parse(list.stdout)).toEqual({
      data: [{ id: "w-1" }],
      pagination: { limit: 20, offset: 0, total: 1, has_more: false },
    });
    const deleted = await runCli(["widgets", "delete", "w-1"], { env, operations: sample });
    expect(deleted.code).toBe(0);
    expect(deleted.stderr).toBe("Done.\n");
    expect(server.requests.at(-1)!.method).toBe("DELETE");
  });

  it("writes binary responses to --out, under nested nouns", async () => {
    server.on("GET", "/v1/widgets/{id}/manual", { bytes: Buffer.from([1, 2, 3, 255]), contentType: "application/pdf" });
    const out = join(env.LEANVIBE_CONFIG_DIR!, "manual.bin");
    const result = await runCli(["widgets", "manuals", "download", "w-1", "--out", out], { env, operations: sample });
    expect(result.code).toBe(0);
    const { readFileSync } = await import("node:fs");
    expect([...readFileSync(out)]).toEqual([1, 2, 3, 255]);
  });

  it("a hand-written command replaces the generated one with the same noun and verb", async () => {
    server.on("GET", "/v1/tasks/{id}", { json: { id: "t-1", status: "queued", title: "x" } });
    const result = await runCli(["tasks", "get", "t-1"], { env, operations: sample });
    expect(result.stdout).toContain("Status\tqueued");
    const help = await runCli(["tasks", "get", "--help"], { env, operations: sample });
    expect(help.stdout).toContain("Show a task's status");
    expect(help.stdout).not.toContain("Generated task get");
  });

  it("registers every operation of the real command table and shows roles in help", async () => {
    const help = await runCli(["--help"], { env, operations: generated });
    expect(help.code).toBe(0);
    for (const noun of new Set(generated.map((entry) => entry.noun.split(" ")[0]!)))
      expect(help.stdout).toContain(noun);
    const users = await runCli(["users", "list", "--help"], { env, operations: generated });
    expect(users.stdout).toContain("Requires role: owner, admin");
    const invoices = await runCli(["billing", "invoices", "--help"], { env, operations: generated });
    expect(invoices.stdout).toContain("download");
    expect(invoices.stdout).toContain("--limit");
  });

  it("gives every operation of the spec a command: its generated one, a hand-written one of the same name, or the one that replaces it", () => {
    const { command: root } = buildProgram({
      io: fakeIO(),
      env: readEnvironment({}),
      version: "0.0.0",
      operations: generated,
    });
    const replaced = new Map<string, string>();
    for (const module of handwrittenCommands) for (const key of module.replaces ?? []) replaced.set(key, module.key);
    const find = (path: readonly string[]) =>
      path.reduce<typeof root | undefined>((at, name) => at?.commands.find((c) => c.name() === name), root);
    const missing: string[] = [];
    for (const entry of generated) {
      const key = `${entry.noun} ${entry.verb}`;
      const target = replaced.get(key) ?? key;
      if (!find(target.split(" "))) missing.push(`${entry.operationId} (${key})`);
    }
    expect(missing).toEqual([]);
    expect(generated.length).toBeGreaterThan(40);
  });
});
