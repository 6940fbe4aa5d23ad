import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import { ApiServer } from "./support/api-server.js";
import { runCli, tempConfigDir } from "./support/harness.js";

describe("health", () => {
  let server: ApiServer;
  beforeEach(async () => {
    server = await new ApiServer().start();
  });
  afterEach(() => server.stop());

  it("needs no login and prints the status and services", async () => {
    server.on("GET", "/v1/health", {
      json: { status: "healthy", version: "1.0.0", services: { database: { status: "healthy" }, agent: "degraded" } },
    });
    const result = await runCli(["health"], {
      env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: tempConfigDir() },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("Status\thealthy\nVersion\t1.0.0\ndatabase\thealthy\nagent\tdegraded\n");
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it("exits 1 when the server is not healthy", async () => {
    server.on("GET", "/v1/health", { json: { status: "unhealthy" } });
    const result = await runCli(["health"], {
      env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: tempConfigDir() },
    });
    expect(result.code).toBe(ExitCode.error);
    expect(result.stderr).toContain('reports status "unhealthy"');
  });
});
