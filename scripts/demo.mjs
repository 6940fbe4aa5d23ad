#!/usr/bin/env node
// The end-to-end demo: the reference server on its embedded database, the demo tenant, and a task created and
// watched to completion through the `leanvibe` CLI. `--once` (or CI=true) stops the server afterwards.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const home = resolve(process.env.LEANVIBE_DEMO_HOME ?? join(root, ".leanvibe/demo"));
const once = process.argv.includes("--once") || process.env.CI === "true";
const serverBin = join(root, "packages/server/dist/bin.js");
const cliBin = join(root, "packages/cli/dist/bin.js");
const PHI3 = "hf_microsoft_Phi-3-mini-4k-instruct-q4.gguf";

const env = {
  ...process.env,
  LEANVIBE_DATA_DIR: join(home, "data"),
  LEANVIBE_MODELS_DIR: process.env.LEANVIBE_MODELS_DIR ?? join(root, ".leanvibe/models"),
  LEANVIBE_WORKSPACES_DIR: join(home, "workspaces"),
  LEANVIBE_CONFIG_DIR: join(home, "cli"),
  LEANVIBE_AI_THREADS: process.env.LEANVIBE_AI_THREADS ?? "1",
};
mkdirSync(home, { recursive: true });

const step = (text) => console.log(`\n\u25b6 ${text}`);

function run(bin, args, options = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: "utf8", ...options });
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? "");
    throw new Error(
      `${bin.includes("cli") ? "leanvibe" : "leanvibe-server"} ${args.join(" ")} exited ${result.status}`,
    );
  }
  return result.stdout;
}

function freePort(preferred) {
  return new Promise((done) => {
    const probe = createServer();
    probe.once("error", () => {
      const any = createServer();
      any.listen(0, "127.0.0.1", () => {
        const { port } = any.address();
        any.close(() => done(port));
      });
    });
    probe.listen(preferred, "127.0.0.1", () => probe.close(() => done(preferred)));
  });
}

step("Choosing the model");
if (!process.env.LEANVIBE_MODEL) {
  const phi3 = join(env.LEANVIBE_MODELS_DIR, PHI3);
  if (existsSync(phi3)) {
    env.LEANVIBE_MODEL = phi3;
    console.log(`phi-3-mini found at ${phi3}`);
  } else {
    const tiny = join(env.LEANVIBE_MODELS_DIR, "leanvibe-tiny.gguf");
    run(serverBin, ["models", "tiny", tiny]);
    env.LEANVIBE_MODEL = tiny;
    console.log(
      "phi-3-mini has not been pulled (`node packages/server/dist/bin.js models pull`, about 2.4 GB), so this demo runs\n" +
        "on the TINY TEST MODEL: random weights, so the code it writes is gibberish, but every stage of the pipeline is real.",
    );
  }
}

step("Seeding the demo tenant `acme`");
const creds = JSON.parse(run(serverBin, ["seed-demo", "--json"]));
console.log(
  `tenant ${creds.tenant.slug}, owner ${creds.owner.email}, developer API key ${creds.developer_api_key.secret.slice(0, 11)}…`,
);

step("Starting the reference server on the embedded database");
const port = await freePort(Number(process.env.PORT ?? 8080));
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [serverBin, "start", "--port", String(port)], {
  env: { ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
  stdio: ["ignore", "inherit", "inherit"],
});
const stopServer = () =>
  new Promise((done) => {
    if (server.exitCode !== null) return done();
    server.once("exit", done);
    server.kill("SIGTERM");
  });
process.on("SIGINT", () => stopServer().then(() => process.exit(0)));

try {
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`${baseUrl}/v1/health`);
      if (res.ok) break;
    } catch {
      if (server.exitCode !== null) throw new Error("the server exited during start-up");
      if (i > 240) throw new Error("the server did not start within 2 minutes");
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`listening on ${baseUrl}`);

  const cliEnv = { ...env, LEANVIBE_BASE_URL: baseUrl };
  const cli = (args, options = {}) => run(cliBin, args, { env: cliEnv, ...options });

  step("leanvibe login --with-token (the developer API key on standard input)");
  cli(["login", "--with-token"], { input: creds.developer_api_key.secret });
  console.log(cli(["whoami"]).trim());

  step("leanvibe projects create");
  const project = JSON.parse(
    cli([
      "projects",
      "create",
      "--name",
      "Demo service",
      "--description",
      "A small HTTP service",
      "--tech-stack",
      '["TypeScript","Node.js"]',
      "--json",
    ]),
  );
  console.log(`project ${project.id}`);

  step("leanvibe tasks create --wait (watched live to completion)");
  const task = spawnSync(
    process.execPath,
    [
      cliBin,
      "tasks",
      "create",
      "--project",
      project.id,
      "--title",
      "Add a health check endpoint",
      "--description",
      "GET /health answers {status: ok}",
      "--priority",
      "high",
      "--wait",
    ],
    { env: cliEnv, stdio: "inherit" },
  );
  if (task.status !== 0) throw new Error(`the task did not complete (leanvibe exited ${task.status})`);

  // Say what really ran, from the server's own answers rather than from what this script asked for.
  const [last] = JSON.parse(cli(["tasks", "list", "--project", project.id, "--limit", "1", "--json"])).data;
  const finished = JSON.parse(cli(["tasks", "get", last.id, "--json"]));
  const ai = JSON.parse(cli(["health", "ai", "--json"]));
  const deliverables = Object.entries(finished.deliverables ?? {})
    .map(([name, count]) => `${count} ${name.replace(/_/g, " ")}`)
    .join(", ");
  step("Done");
  console.log(`Task ${finished.id} ${finished.status} (${deliverables}).`);
  console.log(
    ai.tiny_model
      ? `It ran on the TINY TEST MODEL (${ai.model}), not phi-3-mini: the pipeline is real, the generated code is not meaningful.`
      : `It ran on ${ai.model}.`,
  );
  if (once) {
    await stopServer();
    console.log("Server stopped (--once).");
  } else {
    console.log(`The server keeps running at ${baseUrl}. Try:
  LEANVIBE_CONFIG_DIR=${env.LEANVIBE_CONFIG_DIR} LEANVIBE_BASE_URL=${baseUrl} node packages/cli/dist/bin.js tasks list
  open ${baseUrl}/docs for the API reference
Press Ctrl-C to stop the server.`);
  }
} catch (err) {
  console.error(`\ndemo failed: ${err.message}`);
  await stopServer();
  process.exit(1);
}
