import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import { ApiServer, apiError } from "./support/api-server.js";
import { runCli, tempConfigDir } from "./support/harness.js";

describe("api", () => {
  let server: ApiServer;
  let env: Record<string, string>;
  beforeEach(async () => {
    server = await new ApiServer().start();
    env = { LEANVIBE_BASE_URL: server.url, LEANVIBE_API_KEY: "k", LEANVIBE_CONFIG_DIR: tempConfigDir() };
  });
  afterEach(() => server.stop());

  it("GET sends -f fields as the query and prints the JSON response", async () => {
    server.on("GET", "/v1/tenants/me/quota-check/{type}", { json: { allowed: true, remaining: 900 } });
    const result = await runCli(["api", "get", "/v1/tenants/me/quota-check/api_calls", "-f", "amount=100"], { env });
    expect(result.code).toBe(0);
    expect(server.requests.at(-1)!.query).toEqual({ amount: "100" });
    expect(JSON.parse(result.stdout)).toEqual({ allowed: true, remaining: 900 });
  });

  it("POST sends typed -F fields (nested with brackets) and -f strings as the JSON body, with headers", async () => {
    server.on("PATCH", "/v1/projects/{id}", (request) => ({ json: request.body }));
    const spec = join(env.LEANVIBE_CONFIG_DIR!, "desc.txt");
    writeFileSync(spec, "from a file\n");
    const result = await runCli(
      [
        "api",
        "PATCH",
        "projects/p-1",
        "-F",
        "auto_deployment=true",
        "-F",
        "quality_gates[min_test_coverage]=80",
        "-F",
        "quality_gates[require_tests]=false",
        "-F",
        `description=@${spec}`,
        "-f",
        "name=007",
        "-H",
        "X-Tenant-Slug: acme",
      ],
      { env },
    );
    expect(result.code).toBe(0);
    const request = server.requests.at(-1)!;
    expect(request.path).toBe("/v1/projects/p-1");
    expect(request.headers["x-tenant-slug"]).toBe("acme");
    expect(request.body).toEqual({
      auto_deployment: true,
      quality_gates: { min_test_coverage: 80, require_tests: false },
      description: "from a file",
      name: "007",
    });
  });

  it("takes the body from --input and exits with the mapped code on an error, printing the error body", async () => {
    server.on("POST", "/v1/tasks", apiError(402, "payment_required", "Subscription payment required"));
    const file = join(env.LEANVIBE_CONFIG_DIR!, "task.json");
    writeFileSync(file, JSON.stringify({ project_id: "p", title: "t" }));
    const result = await runCli(["api", "POST", "/v1/tasks", "--input", file], { env });
    expect(server.requests.at(-1)!.body).toEqual({ project_id: "p", title: "t" });
    expect(result.code).toBe(ExitCode.quota);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: "payment_required" });
    expect(result.stderr).toContain("Subscription payment required");
  });

  it("a 404 exits 5 and a bad method exits 2", async () => {
    expect((await runCli(["api", "GET", "/v1/nothing"], { env })).code).toBe(ExitCode.notFound);
    expect((await runCli(["api", "FETCH", "/v1/tasks"], { env })).code).toBe(ExitCode.usage);
    expect((await runCli(["api", "POST", "/v1/tasks", "-F", "novalue"], { env })).code).toBe(ExitCode.usage);
  });
});
