import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startServer, type TestServer } from "../helpers/http-server.js";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("../..", import.meta.url));

let project: string;
let server: TestServer;

/**
 * Packs the SDK the way it is published, installs the tarball into an empty project with npm and
 * uses it from ESM and CommonJS against a local server — what a user's first five minutes look like.
 */
beforeAll(async () => {
  if (!existsSync(join(packageDir, "dist/index.js"))) {
    await run("npx", ["tsup"], { cwd: packageDir });
  }
  project = await mkdtemp(join(tmpdir(), "leanvibe-sdk-pack-"));
  await run("npx", ["-y", "pnpm@10.34.8", "pack", "--pack-destination", project], { cwd: packageDir });
  const tarball = (await readdir(project)).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack produced no tarball");
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  await run("npm", ["install", join(project, tarball), "--prefer-offline", "--no-audit", "--no-fund"], {
    cwd: project,
  });
  server = await startServer((req, res) => sendJson(res, 200, { path: req.url, auth: req.headers.authorization }));
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

async function node(file: string, source: string): Promise<unknown> {
  await writeFile(join(project, file), source);
  const { stdout } = await run("node", [file], { cwd: project });
  return JSON.parse(stdout);
}

describe("the packed package", () => {
  it("works with import", async () => {
    const result = await node(
      "esm.mjs",
      `import { LeanVibeClient, NotFoundError, verifyWebhook } from "@leanvibe/enterprise-sdk";
       const client = new LeanVibeClient({ apiKey: "lv_esm", baseURL: "${server.url}/v1" });
       const data = await client.tasks.get("task-uuid");
       console.log(JSON.stringify({ data, errors: typeof NotFoundError, verify: typeof verifyWebhook }));`,
    );
    expect(result).toEqual({
      data: { path: "/v1/tasks/task-uuid", auth: "Bearer lv_esm" },
      errors: "function",
      verify: "function",
    });
  });

  it("works with require, including the ./node entry", async () => {
    const result = await node(
      "cjs.cjs",
      `const { LeanVibeClient } = require("@leanvibe/enterprise-sdk");
       const { createNodeFetch, nodeWebSocket } = require("@leanvibe/enterprise-sdk/node");
       const client = new LeanVibeClient({ apiKey: "lv_cjs", baseURL: "${server.url}", fetch: createNodeFetch() });
       client.tenants.me.quotaCheck("api_calls", { amount: 100 }).then((data) => {
         console.log(JSON.stringify({ data, ws: typeof nodeWebSocket.factory }));
         process.exit(0);
       });`,
    );
    expect(result).toEqual({
      data: { path: "/v1/tenants/me/quota-check/api_calls?amount=100", auth: "Bearer lv_cjs" },
      ws: "function",
    });
  });
});
