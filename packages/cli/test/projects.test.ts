import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run as analyze } from "../src/commands/projects/analyze.js";
import { run as create } from "../src/commands/projects/create.js";
import { run as get } from "../src/commands/projects/get.js";
import { run as list } from "../src/commands/projects/list.js";
import { run as update } from "../src/commands/projects/update.js";
import { CliError, ExitCode } from "../src/exit-codes.js";
import { ApiServer, apiError } from "./support/api-server.js";
import { fakeIO } from "./support/fake-io.js";
import { makeDeps } from "./support/harness.js";

const project = {
  id: "p-1",
  name: "E-commerce Platform",
  ai_assistance_level: "full_autonomous",
  tech_stack: ["Python", "React"],
};
const env = { LEANVIBE_API_KEY: "k" };

describe("projects", () => {
  let server: ApiServer;
  beforeEach(async () => {
    server = await new ApiServer().start();
  });
  afterEach(() => server.stop());

  it("create sends name, description, tech stack list and assistance level", async () => {
    server.on("POST", "/v1/projects", { status: 201, json: project });
    const { deps, io } = await makeDeps(server.url, { env, globals: { quiet: true } });
    await create(
      { name: project.name, description: "Shop", techStack: "Python, React", aiAssistanceLevel: "full_autonomous" },
      deps,
    );
    expect(server.requests.at(-1)!.body).toEqual({
      name: project.name,
      description: "Shop",
      tech_stack: ["Python", "React"],
      ai_assistance_level: "full_autonomous",
    });
    expect(io.stdoutText()).toBe("p-1\n");
  });

  it("get and list print tables on a terminal", async () => {
    server.on("GET", "/v1/projects/{id}", { json: project });
    server.on("GET", "/v1/projects", {
      json: { data: [project], pagination: { limit: 20, offset: 0, total: 1, has_more: false } },
    });
    const one = await makeDeps(server.url, { env, io: fakeIO({ stdoutTTY: true }) });
    await get({ projectId: "p-1" }, one.deps);
    expect(one.io.stdoutText()).toMatch(/^Name: +E-commerce Platform$/m);
    const many = await makeDeps(server.url, { env, io: fakeIO({ stdoutTTY: true }) });
    await list({ limit: "20" }, many.deps);
    expect(many.io.stdoutText()).toBe(
      "ID   NAME                 AI ASSISTANCE\np-1  E-commerce Platform  full_autonomous\n",
    );
  });

  it("update nests quality-gate flags and parses booleans and numbers", async () => {
    server.on("PATCH", "/v1/projects/{id}", (request) => ({ json: { ...project, ...(request.body as object) } }));
    const { deps } = await makeDeps(server.url, { env });
    await update(
      {
        projectId: "p-1",
        aiAssistanceLevel: "assisted",
        autoDeployment: "true",
        requireTests: "yes",
        minTestCoverage: "80",
        securityScan: "false",
      },
      deps,
    );
    expect(server.requests.at(-1)!.body).toEqual({
      ai_assistance_level: "assisted",
      auto_deployment: true,
      quality_gates: { require_tests: true, min_test_coverage: 80, security_scan: false },
    });
  });

  it("update without flags, or with a bad boolean, is a usage error", async () => {
    const { deps } = await makeDeps(server.url, { env });
    for (const options of [
      { projectId: "p-1" },
      { projectId: "p-1", autoDeployment: "maybe" },
      { projectId: "p-1", minTestCoverage: "120" },
    ]) {
      const error = await update(options, deps).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(ExitCode.usage);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("analyze posts the analysis type and metrics, and maps a 404", async () => {
    server.on("POST", "/v1/projects/{id}/analyze", { json: { project_id: "p-1", metrics: { complexity: 3.2 } } });
    const { deps, io } = await makeDeps(server.url, { env, globals: { json: true } });
    await analyze({ projectId: "p-1", type: "comprehensive", metrics: "complexity,security" }, deps);
    expect(server.requests.at(-1)!.body).toEqual({
      analysis_type: "comprehensive",
      include_metrics: ["complexity", "security"],
    });
    expect(JSON.parse(io.stdoutText())).toEqual({ project_id: "p-1", metrics: { complexity: 3.2 } });

    server.on("POST", "/v1/projects/{id}/analyze", apiError(404, "not_found", "Project not found"));
    const error = (await analyze({ projectId: "nope" }, deps).catch((e: unknown) => e)) as CliError;
    expect(error.exitCode).toBe(ExitCode.notFound);
  });
});
