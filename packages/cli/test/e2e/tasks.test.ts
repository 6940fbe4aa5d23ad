import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTinyModel } from "../../../server/src/agent/models/index.js";
import { startTestServer, type TestServer } from "../../../server/test/support/server.js";
import { bin, ensureBuilt, jsonLines, runBin, tempDir } from "./support/binary.js";

const run = promisify(execFile);
const hasTmux = await run("tmux", ["-V"]).then(
  () => true,
  () => false,
);

/**
 * The built binary driving the real reference server, whose agent runs on the tiny model: tasks followed to
 * completion, JSON output of hand-written and generated commands, raw `api` calls and GitHub Actions mode.
 */
describe("leanvibe tasks, generated commands and CI mode against the reference server", () => {
  const home = tempDir("server");
  let t: TestServer;
  let tenantId: string;
  let key: string;
  let config: string;

  beforeAll(async () => {
    const model = join(home, "tiny.gguf");
    await writeTinyModel(model, { seed: 7 });
    [t] = await Promise.all([
      startTestServer("pglite", {
        LEANVIBE_MODEL: model,
        LEANVIBE_AI_THREADS: "1",
        LEANVIBE_WORKSPACES_DIR: join(home, "workspaces"),
      }),
      ensureBuilt(),
    ]);
    tenantId = (await t.seedTenant({ plan: "team" })).id;
    await t.seedUser(tenantId, "owner", { email: "owner@example.test" });
    key = await t.apiKey(tenantId, { role: "owner" });
    config = tempDir("config");
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    rmSync(home, { recursive: true, force: true });
  });

  const cli = (args: string[], env: Record<string, string | undefined> = {}, input?: string) =>
    runBin(args, {
      env: { LEANVIBE_CONFIG_DIR: config, LEANVIBE_BASE_URL: t.url, LEANVIBE_API_KEY: key, ...env },
      input,
      timeoutMs: 120_000,
    });

  async function json<T = Record<string, any>>(args: string[], env?: Record<string, string>): Promise<T> {
    const result = await cli([...args, "--json"], env);
    expect(result.stderr, args.join(" ")).not.toMatch(/error/i);
    expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
    return JSON.parse(result.stdout) as T;
  }

  async function project(name: string): Promise<string> {
    const created = await json(["projects", "create", "--name", name, "--tech-stack", '["TypeScript","Node.js"]']);
    return created.id as string;
  }

  it("creates a project and a task and follows it with --wait --json to completion on the tiny model", async () => {
    const projectId = await project("Demo service");
    const result = await cli(
      [
        "tasks",
        "create",
        "--project",
        projectId,
        "--title",
        "Add a health endpoint",
        "--priority",
        "high",
        "--wait",
        "--json",
      ],
      {},
    );
    expect(result.code, result.stderr).toBe(0);
    const updates = jsonLines(result.stdout);
    expect(updates.length).toBeGreaterThan(3);
    const taskId = updates[0]!.task_id as string;
    expect(updates.every((update) => update.task_id === taskId)).toBe(true);
    const percentages = updates.map((update) => update.percentage as number);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
    const last = updates.at(-1)!;
    expect(last).toMatchObject({ type: "completion", status: "completed", percentage: 100 });
    expect((last.deliverables as { files_created: number }).files_created).toBeGreaterThan(0);
    expect(updates.some((update) => update.current_step === "writing code")).toBe(true);

    const task = await json(["tasks", "get", taskId]);
    expect(task).toMatchObject({ id: taskId, project_id: projectId, status: "completed", progress_percentage: 100 });
    const list = await json<{ data: { id: string }[]; pagination: object }>(["tasks", "list"]);
    expect(list.data.map((item) => item.id)).toContain(taskId);
    expect(list.pagination).toBeTypeOf("object");

    // The server's AI health now reports the model that ran the task, and says it is the tiny one.
    const ai = await json(["health", "ai"]);
    expect(ai).toMatchObject({ tiny_model: true, model_loaded: true });
  });

  it("without a terminal, --wait prints one progress line per update and then the task", async () => {
    const projectId = await project("Plain output");
    const result = await cli(["tasks", "create", "--project", projectId, "--title", "Add logging", "--wait"]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    const progress = lines.filter((line) => /^\[[ \d]{3}%\] /.test(line));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe("[100%] Completed");
    expect(progress.some((line) => /^\[ *\d+%\] writing code$/.test(line))).toBe(true);
    expect(result.stdout).toMatch(/^Status\tcompleted$/m);
    expect(result.stderr).toMatch(/^Created task [0-9a-f-]{36}; following its progress/m);
  });

  it("on GitHub Actions writes task_id, status and tracking_url to $GITHUB_OUTPUT and a Markdown summary", async () => {
    const projectId = await project("Actions");
    const dir = tempDir("gha");
    const output = join(dir, "output");
    const summary = join(dir, "summary.md");
    writeFileSync(output, "");
    writeFileSync(summary, "");
    const env = { GITHUB_ACTIONS: "true", CI: "true", GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
    const result = await cli(["tasks", "create", "--project", projectId, "--title", "From an issue", "--wait"], env);
    expect(result.code, result.stderr).toBe(0);

    // Written once on creation (queued) and once at the end: the last value of each name is the one Actions keeps.
    const outputs = new Map(
      readFileSync(output, "utf8")
        .trim()
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const),
    );
    const taskId = outputs.get("task_id")!;
    expect(taskId).toMatch(/^[0-9a-f-]{36}$/);
    expect(outputs.get("status")).toBe("completed");
    expect(outputs.get("tracking_url")).toContain(taskId);

    const markdown = readFileSync(summary, "utf8");
    expect(markdown).toContain("### LeanVibe task");
    expect(markdown).toContain(`| Task | ${taskId} |`);
    expect(markdown).toContain("| Status | completed |");
    expect(markdown).toContain("| Title | From an issue |");
    expect(markdown).toMatch(/\| files created \| [1-9]\d* \|/);
    expect(result.stderr).not.toContain("::error");
  });

  it("on GitHub Actions a failed command ends with an ::error:: annotation and its exit code", async () => {
    const result = await cli(["tasks", "get", "00000000-0000-4000-8000-000000000000"], { GITHUB_ACTIONS: "true" });
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/^::error::Not found: .+$/m);
  });

  it("prints stable JSON for whoami and the project commands", async () => {
    const me = await json(["whoami"]);
    expect(me).toMatchObject({ type: "api_key", role: "owner", tenant: { id: tenantId }, base_url: t.url });
    const id = await project("JSON shapes");
    expect(await json(["projects", "get", id])).toMatchObject({
      id,
      name: "JSON shapes",
      tech_stack: ["TypeScript", "Node.js"],
    });
    const updated = await json(["projects", "update", id, "--min-test-coverage", "80", "--security-scan", "true"]);
    expect(updated.quality_gates).toMatchObject({ min_test_coverage: 80, security_scan: true });
    const list = await json<{ data: { id: string }[]; pagination: { total: number } }>(["projects", "list"]);
    expect(list.data.map((item) => item.id)).toContain(id);
    expect(list.pagination.total).toBeGreaterThanOrEqual(1);
    const quiet = await cli(["projects", "list", "--quiet"]);
    expect(quiet.stdout.trim().split("\n")).toContain(id);
  });

  it("runs generated commands: users list, api-keys create (then used), tenants usage and info, health ai", async () => {
    const users = await json<{ data: { email: string; role: string }[] }>(["users", "list"]);
    expect(users.data).toContainEqual(expect.objectContaining({ email: "owner@example.test", role: "owner" }));

    const created = await json(["api-keys", "create", "--name", "ci", "--scopes", "projects:read,tasks:read"]);
    expect(created).toMatchObject({ name: "ci", scopes: ["projects:read", "tasks:read"] });
    expect(created.secret).toMatch(/^lv_/);
    const keys = await json<{ data: { id: string }[] }>(["api-keys", "list"]);
    expect(keys.data.map((item) => item.id)).toContain(created.id);
    // The new key works, within its scopes.
    const asNewKey = await json<{ data: unknown[] }>(["projects", "list"], { LEANVIBE_API_KEY: created.secret });
    expect(asNewKey.data.length).toBeGreaterThan(0);
    const outOfScope = await cli(["projects", "create", "--name", "nope"], { LEANVIBE_API_KEY: created.secret });
    expect(outOfScope.code).toBe(4);
    expect(outOfScope.stderr).toMatch(/^Permission denied: .*projects:write/m);
    // whoami still answers for a key that may not read its own identity, from what the CLI knows.
    const who = await json(["whoami"], { LEANVIBE_API_KEY: created.secret });
    expect(who).toMatchObject({ type: "api_key", identity_visible: false, base_url: t.url });

    const usage = await json(["tenants", "usage"]);
    expect(usage).toMatchObject({ tenant_id: tenantId, quotas: { max_projects: 50 } });
    expect(usage.current_usage.projects_count).toBeGreaterThanOrEqual(0);
    expect(await json(["tenants", "info"])).toMatchObject({ id: tenantId, plan: "team" });

    const health = await json(["health", "ai"]);
    expect(health.status).toMatch(/healthy|degraded/);
    const piped = await cli(["users", "list"]);
    expect(piped.stdout).toMatch(/\towner@example\.test\t/);
  });

  it("api calls any endpoint: GET with query fields, POST with -f and -F body fields", async () => {
    const info = await cli(["api", "GET", "/v1/tenants/me/info"]);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ id: tenantId });

    const post = await cli(["api", "POST", "/v1/projects", "-f", "name=Raw call", "-F", 'tech_stack=["Go"]']);
    expect(post.code, post.stderr).toBe(0);
    const created = JSON.parse(post.stdout);
    expect(created).toMatchObject({ name: "Raw call", tech_stack: ["Go"] });

    const page = await cli(["api", "GET", "projects", "-f", "limit=1"]);
    expect(JSON.parse(page.stdout)).toMatchObject({ pagination: { limit: 1 } });
    expect(JSON.parse(page.stdout).data).toHaveLength(1);

    const missing = await cli(["api", "GET", `/v1/projects/${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}`]);
    expect(missing.code).toBe(5);
  });

  it("loads no Ink, React, conf or keychain module for a non-interactive command, nor Node's fetch", async () => {
    const { data } = await json<{ data: { id: string }[] }>(["tasks", "list", "--limit", "1"]);
    const trace = join(tempDir("trace"), "modules.txt");
    const tracer = fileURLToPath(new URL("../support/trace-loads.mjs", import.meta.url));
    const result = await runBin(["tasks", "get", data[0]!.id, "--json"], {
      env: { LEANVIBE_CONFIG_DIR: config, LEANVIBE_BASE_URL: t.url, LEANVIBE_API_KEY: key, LEANVIBE_TRACE_FILE: trace },
      nodeArgs: ["--import", tracer],
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: data[0]!.id });
    const modules = readFileSync(trace, "utf8").split("\n").filter(Boolean);
    expect(modules.some((url) => url.includes("enterprise-sdk") || url.includes("/sdk/dist/"))).toBe(true);
    expect(
      modules.filter((url) =>
        /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(ink|react|conf|ajv|@napi-rs|undici)\//.test(url),
      ),
    ).toEqual([]);
  });

  it.skipIf(!hasTmux)(
    "in a real terminal (tmux) --wait draws the live progress bar, step and deliverables",
    async () => {
      const projectId = await project("Terminal");
      const dir = tempDir("tmux");
      const exitFile = join(dir, "exit");
      const socket = `leanvibe-e2e-${process.pid}`;
      const quote = (value: string) => `'${value.replace(/'/g, "'\\''")}'`;
      const command = [
        "env -u CI -u GITHUB_ACTIONS TERM=xterm-256color",
        `LEANVIBE_CONFIG_DIR=${quote(config)}`,
        `LEANVIBE_BASE_URL=${quote(t.url)}`,
        `LEANVIBE_API_KEY=${quote(key)}`,
        quote(process.execPath),
        quote(bin),
        `tasks create --project ${projectId} --title 'Add metrics' --wait`,
        `; echo $? > ${quote(exitFile)}; sleep 60`,
      ].join(" ");
      const tmux = (...args: string[]) => run("tmux", ["-L", socket, ...args]);
      await tmux("new-session", "-d", "-s", "cli", "-x", "100", "-y", "30", command);
      try {
        const frames: string[] = [];
        for (let waited = 0; !existsSync(exitFile) && waited < 90_000; waited += 150) {
          frames.push((await tmux("capture-pane", "-p", "-t", "cli")).stdout);
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
        expect(readFileSync(exitFile, "utf8").trim()).toBe("0");
        const screen = (await tmux("capture-pane", "-p", "-t", "cli")).stdout;
        // The final frame stays on screen: a full bar, the outcome and the deliverables, then the task itself.
        expect(screen).toMatch(/█{30} 100%/);
        expect(screen).toContain("✓ Completed");
        expect(screen).toMatch(/files created: [1-9]/);
        expect(screen).toMatch(/Status: +completed/);
        // Drawn in place: no frame ever shows two bars, and some frame showed the work under way.
        expect(frames.every((frame) => (frame.match(/[█░]{30}/g) ?? []).length <= 1)).toBe(true);
        expect(frames.some((frame) => /[█░]{30} +\d{1,2}%/.test(frame))).toBe(true);
        // No one-line-per-update fallback on a terminal.
        expect(screen).not.toMatch(/^\[ *\d+%\]/m);
      } finally {
        await tmux("kill-server").catch(() => {});
      }
    },
    120_000,
  );
});
