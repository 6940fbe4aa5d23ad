import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run as generate } from "../src/commands/code/generate.js";
import { ExitCode } from "../src/exit-codes.js";
import { ApiServer } from "./support/api-server.js";
import { makeDeps, tempConfigDir } from "./support/harness.js";

const result = {
  status: "success",
  response: "from fastapi import APIRouter\nrouter = APIRouter()",
  confidence: 0.95,
  requires_review: true,
  processing_time_ms: 340,
};

describe("code generate", () => {
  let server: ApiServer;
  beforeEach(async () => {
    server = await new ApiServer().start();
    server.on("POST", "/v1/code/generate", { json: result });
  });
  afterEach(() => server.stop());

  it("sends the specification and prints the code, noting when it needs review", async () => {
    const { deps, io } = await makeDeps(server.url, { env: { LEANVIBE_API_KEY: "k" } });
    await generate(
      { project: "p-1", componentType: "api_endpoint", spec: '{"endpoint":"/api/users","methods":["GET"]}' },
      deps,
    );
    expect(server.requests.at(-1)!.body).toEqual({
      project_id: "p-1",
      component_type: "api_endpoint",
      specification: { endpoint: "/api/users", methods: ["GET"] },
    });
    expect(io.stdoutText()).toBe(`${result.response}\n`);
    expect(io.stderrText()).toContain("flagged this code for review");
  });

  it("--out writes the code to a file; --spec-file reads the specification", async () => {
    const dir = tempConfigDir();
    const specFile = join(dir, "spec.json");
    writeFileSync(specFile, JSON.stringify({ endpoint: "/x" }));
    const out = join(dir, "router.py");
    const { deps, io } = await makeDeps(server.url, { env: { LEANVIBE_API_KEY: "k" } });
    await generate({ project: "p-1", componentType: "api_endpoint", specFile, out }, deps);
    expect(readFileSync(out, "utf8")).toBe(`${result.response}\n`);
    expect((server.requests.at(-1)!.body as { specification: unknown }).specification).toEqual({ endpoint: "/x" });
    expect(io.stdoutText()).toBe("");
    expect(io.stderrText()).toContain(`Wrote ${out}`);
  });

  it("rejects a --spec that is not JSON", async () => {
    const { deps } = await makeDeps(server.url, { env: { LEANVIBE_API_KEY: "k" } });
    const error = await generate({ project: "p", componentType: "x", spec: "{oops" }, deps).catch(
      (e: { exitCode: number }) => e,
    );
    expect((error as { exitCode: number }).exitCode).toBe(ExitCode.usage);
  });
});
