import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run as cancelTask } from "../src/commands/tasks/cancel.js";
import { run as createTask } from "../src/commands/tasks/create.js";
import { progressLine } from "../src/commands/tasks/follow.js";
import { run as getTask } from "../src/commands/tasks/get.js";
import { run as listTasks } from "../src/commands/tasks/list.js";
import { run as watchTask } from "../src/commands/tasks/watch.js";
import { CliError, ExitCode } from "../src/exit-codes.js";
import { ApiServer, apiError } from "./support/api-server.js";
import { fakeIO } from "./support/fake-io.js";
import { makeDeps, runCli, tempConfigDir } from "./support/harness.js";

const TASK_ID = "7d1f6a52-8f0e-4a4e-9d59-2f4f0c1e9b11";
const task = {
  id: TASK_ID,
  status: "queued",
  project_id: "p-1",
  title: "Implement user authentication API",
  progress_percentage: 0,
  tracking_url: `https://app.leanvibe.test/tasks/${TASK_ID}`,
  created_at: "2026-01-09T10:30:00Z",
};
const auth = { LEANVIBE_API_KEY: "lv_test_key" };

async function failure(promise: Promise<unknown>): Promise<CliError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe("tasks", () => {
  let server: ApiServer;
  beforeEach(async () => {
    server = await new ApiServer().start();
  });
  afterEach(() => server.stop());

  it("create sends the flags as the API's body and prints the new task", async () => {
    server.on("POST", "/v1/tasks", { status: 201, json: task });
    const { deps, io } = await makeDeps(server.url, { env: auth });
    await createTask({ project: "p-1", title: task.title, description: "JWT please", priority: "high" }, deps);
    const sent = server.requests.at(-1)!;
    expect(sent.body).toEqual({ project_id: "p-1", title: task.title, description: "JWT please", priority: "high" });
    expect(sent.headers.authorization).toBe("Bearer lv_test_key");
    expect(io.stdoutText()).toContain(`ID\t${TASK_ID}`);
    expect(io.stdoutText()).toContain("Status\tqueued");
  });

  it("create reads --description-file and falls back to the profile's default project", async () => {
    server.on("POST", "/v1/tasks", { status: 201, json: task });
    const configDir = tempConfigDir();
    writeFileSync(join(configDir, "config.json"), JSON.stringify({ profiles: { default: { project: "p-default" } } }));
    const file = join(configDir, "description.md");
    writeFileSync(file, "Long description\nwith lines\n");
    const { deps } = await makeDeps(server.url, { env: auth, configDir, globals: { quiet: true } });
    await createTask({ title: "T", descriptionFile: file }, deps);
    expect(server.requests.at(-1)!.body).toEqual({
      project_id: "p-default",
      title: "T",
      description: "Long description\nwith lines\n",
    });
  });

  it("create without a project is a usage error that names --project", async () => {
    const { deps } = await makeDeps(server.url, { env: auth });
    const error = await failure(createTask({ title: "T" }, deps));
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.message).toContain("--project");
    expect(server.requests).toHaveLength(0);
  });

  it("an API validation error names the flag, not the body field", async () => {
    server.on(
      "POST",
      "/v1/tasks",
      apiError(400, "invalid_request", "Request validation failed", {
        details: { field: "project_id", validation_errors: ["must be a UUID"] },
      }),
    );
    const { deps } = await makeDeps(server.url, { env: auth });
    const error = await failure(createTask({ project: "nope", title: "T" }, deps));
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.hints.join("\n")).toContain("--project: must be a UUID");
  });

  it("quota exceeded exits 6 and lists the upgrade options", async () => {
    server.on(
      "POST",
      "/v1/tasks",
      apiError(429, "quota_exceeded", "Daily AI request quota exceeded", {
        upgrade_options: [
          { plan: "enterprise", monthly_price: 80000, benefits: ["Unlimited API calls", "Priority support"] },
        ],
      }),
    );
    const { deps } = await makeDeps(server.url, { env: auth });
    const error = await failure(createTask({ project: "p-1", title: "T" }, deps));
    expect(error.exitCode).toBe(ExitCode.quota);
    expect(error.hints.join("\n")).toMatch(/enterprise — \$800\.00\/month \(Unlimited API calls, Priority support\)/);
  });

  it("on GitHub Actions, create writes step outputs and a job summary", async () => {
    server.on("POST", "/v1/tasks", { status: 201, json: task });
    const dir = tempConfigDir();
    const output = join(dir, "output");
    const summary = join(dir, "summary.md");
    writeFileSync(output, "earlier=1\n");
    const { deps } = await makeDeps(server.url, {
      env: { ...auth, GITHUB_ACTIONS: "true", GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
      globals: { json: true },
    });
    await createTask({ project: "p-1", title: task.title }, deps);
    expect(readFileSync(output, "utf8")).toBe(
      `earlier=1\ntask_id=${TASK_ID}\nstatus=queued\ntracking_url=${task.tracking_url}\n`,
    );
    expect(readFileSync(summary, "utf8")).toContain(`| Task | ${TASK_ID} |`);
  });

  it("get prints aligned fields on a terminal and the API's JSON with --json", async () => {
    const running = {
      ...task,
      status: "in_progress",
      progress_percentage: 65,
      current_step: "Writing unit tests",
      deliverables: { files_created: 8 },
    };
    server.on("GET", "/v1/tasks/{task_id}", { json: running });
    const tty = await makeDeps(server.url, { env: auth, io: fakeIO({ stdoutTTY: true }) });
    await getTask({ taskId: TASK_ID }, tty.deps);
    expect(tty.io.stdoutText()).toMatch(/^Progress: +65%$/m);
    expect(tty.io.stdoutText()).toMatch(/^Current step: +Writing unit tests$/m);
    const json = await makeDeps(server.url, { env: auth, globals: { json: true } });
    await getTask({ taskId: TASK_ID }, json.deps);
    expect(JSON.parse(json.io.stdoutText())).toEqual(running);
    expect(server.requests.at(-1)!.path).toBe(`/v1/tasks/${TASK_ID}`);
  });

  it("get of an unknown task exits 5", async () => {
    server.on("GET", "/v1/tasks/{task_id}", apiError(404, "not_found", "Task not found"));
    const { deps } = await makeDeps(server.url, { env: auth });
    const error = await failure(getTask({ taskId: TASK_ID }, deps));
    expect(error.exitCode).toBe(ExitCode.notFound);
    expect(error.message).toBe("Not found: Task not found");
  });

  it("list passes filters and paging, and prints tab-separated rows when piped", async () => {
    const page = {
      data: [task, { ...task, id: "t-2", status: "completed", progress_percentage: 100 }],
      pagination: { limit: 2, offset: 0, total: 5, has_more: true },
    };
    server.on("GET", "/v1/tasks", { json: page });
    const piped = await makeDeps(server.url, { env: auth });
    await listTasks({ project: "p-1", status: "queued", limit: "2" }, piped.deps);
    expect(server.requests.at(-1)!.query).toEqual({ project_id: "p-1", status: "queued", limit: "2" });
    expect(piped.io.stdoutText()).toBe(`${TASK_ID}\tqueued\t0%\t${task.title}\nt-2\tcompleted\t100%\t${task.title}\n`);

    const json = await makeDeps(server.url, { env: auth, globals: { json: true } });
    await listTasks({}, json.deps);
    expect(JSON.parse(json.io.stdoutText())).toEqual(page);

    const quiet = await makeDeps(server.url, { env: auth, globals: { quiet: true } });
    await listTasks({}, quiet.deps);
    expect(quiet.io.stdoutText()).toBe(`${TASK_ID}\nt-2\n`);
  });

  it("list rejects a non-numeric --limit before calling the API", async () => {
    const { deps } = await makeDeps(server.url, { env: auth });
    const error = await failure(listTasks({ limit: "ten" }, deps));
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(server.requests).toHaveLength(0);
  });

  it("cancel posts to the task's cancel endpoint", async () => {
    server.on("POST", "/v1/tasks/{task_id}/cancel", { json: { ...task, status: "cancelled" } });
    const { deps, io } = await makeDeps(server.url, { env: auth, globals: { quiet: true } });
    await cancelTask({ taskId: TASK_ID }, deps);
    expect(server.requests.at(-1)!.path).toBe(`/v1/tasks/${TASK_ID}/cancel`);
    expect(io.stdoutText()).toBe(`${TASK_ID}\n`);
  });

  describe("following progress", () => {
    const updates = [
      { id: "e1", task_id: TASK_ID, type: "progress", percentage: 10, current_step: "Planning" },
      { id: "e2", task_id: TASK_ID, type: "progress", percentage: 65, current_step: "Writing unit tests" },
      {
        id: "e3",
        task_id: TASK_ID,
        type: "completion",
        percentage: 100,
        deliverables: { files_created: 8, tests_written: 12 },
      },
    ];

    it("watch without a terminal prints one line per update from the live stream", async () => {
      server.stream(`/v1/tasks/${TASK_ID}/updates`, updates);
      server.on("GET", "/v1/tasks/{task_id}", { json: { ...task, status: "completed", progress_percentage: 100 } });
      const { deps, io } = await makeDeps(server.url, { env: auth });
      await watchTask({ taskId: TASK_ID }, deps);
      expect(io.stdoutText()).toBe("[ 10%] Planning\n[ 65%] Writing unit tests\n[100%] Completed\n");
      const socket = server.requests.find((r) => r.method === "WS")!;
      expect(socket.headers.authorization).toBe("Bearer lv_test_key");
    });

    it("watch on a terminal draws the live view and leaves the outcome on screen", async () => {
      server.stream(`/v1/tasks/${TASK_ID}/updates`, updates);
      server.on("GET", "/v1/tasks/{task_id}", { json: { ...task, status: "completed" } });
      const { deps, io } = await makeDeps(server.url, { env: auth, io: fakeIO({ stdoutTTY: true, stdinTTY: true }) });
      await watchTask({ taskId: TASK_ID }, deps);
      const screen = io.stdoutText();
      expect(screen).toContain(`${"█".repeat(30)} 100%`);
      expect(screen).toContain("✓ Completed");
      expect(screen).toContain("files created: 8 · tests written: 12");
      expect(screen).not.toContain("[ 65%]");
    });

    it("watch --json prints one JSON object per update", async () => {
      server.stream(`/v1/tasks/${TASK_ID}/updates`, updates);
      server.on("GET", "/v1/tasks/{task_id}", { json: { ...task, status: "completed" } });
      const { deps, io } = await makeDeps(server.url, { env: auth, globals: { json: true } });
      await watchTask({ taskId: TASK_ID }, deps);
      const lines = io
        .stdoutText()
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(lines).toEqual(updates);
    });

    it("a failed task exits 7, and on GitHub Actions leaves an error annotation and outputs", async () => {
      server.stream(`/v1/tasks/${TASK_ID}/updates`, [
        updates[0],
        { id: "e9", task_id: TASK_ID, type: "error", error: { message: "Quality gate failed: coverage 41% < 80%" } },
      ]);
      server.on("GET", "/v1/tasks/{task_id}", { json: { ...task, status: "failed" } });
      const dir = tempConfigDir();
      const output = join(dir, "output");
      writeFileSync(output, "");
      const result = await runCli(["tasks", "watch", TASK_ID], {
        env: {
          ...auth,
          LEANVIBE_BASE_URL: server.url,
          LEANVIBE_CONFIG_DIR: dir,
          GITHUB_ACTIONS: "true",
          GITHUB_OUTPUT: output,
        },
      });
      expect(result.code).toBe(ExitCode.taskFailed);
      expect(result.stdout).toContain("[    ] Failed: Quality gate failed: coverage 41% < 80%");
      expect(result.stderr).toContain(`::error::Task ${TASK_ID} failed: Quality gate failed: coverage 41%25 < 80%25`);
      expect(readFileSync(output, "utf8")).toContain("status=failed\n");
    });

    it("create --wait follows the new task and prints the final state", async () => {
      server.on("POST", "/v1/tasks", { status: 201, json: task });
      server.stream(`/v1/tasks/${TASK_ID}/updates`, updates);
      server.on("GET", "/v1/tasks/{task_id}", { json: { ...task, status: "completed", progress_percentage: 100 } });
      const { deps, io } = await makeDeps(server.url, { env: auth });
      await createTask({ project: "p-1", title: "T", wait: true }, deps);
      expect(io.stdoutText()).toContain("[ 65%] Writing unit tests\n");
      expect(io.stdoutText()).toContain("Status\tcompleted");
      expect(io.stderrText()).toContain(`Created task ${TASK_ID}`);
    });

    it("formats progress lines with a fixed-width percentage", () => {
      expect(progressLine({ type: "progress", percentage: 5, current_step: "Planning" })).toBe("[  5%] Planning");
      expect(progressLine({ type: "completion" })).toBe("[100%] Completed");
      expect(progressLine({ type: "error", message: "boom" })).toBe("[    ] Failed: boom");
    });
  });

  it("an unreachable server exits 8 and names the URL it tried", async () => {
    const url = server.url;
    await server.stop();
    const result = await runCli(["tasks", "get", TASK_ID], {
      env: { ...auth, LEANVIBE_BASE_URL: url, LEANVIBE_CONFIG_DIR: tempConfigDir() },
    });
    expect(result.code).toBe(ExitCode.network);
    expect(result.stderr).toContain(`could not reach the LeanVibe server at ${url}`);
    server = await new ApiServer().start();
  });

  it("an expired login exits 4 and says to run leanvibe login", async () => {
    server.on("GET", "/v1/tasks/{task_id}", apiError(401, "unauthorized", "Token expired"));
    const dir = tempConfigDir();
    writeFileSync(
      join(dir, "credentials.json"),
      JSON.stringify({ profiles: { default: { kind: "session", accessToken: "old" } } }),
    );
    const result = await runCli(["tasks", "get", TASK_ID], {
      env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: dir },
    });
    expect(result.code).toBe(ExitCode.auth);
    expect(result.stderr).toContain("Run `leanvibe login`");
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer old");
  });

  it("without any credentials, exits 4 before calling the API", async () => {
    const result = await runCli(["tasks", "get", TASK_ID], {
      env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: tempConfigDir() },
    });
    expect(result.code).toBe(ExitCode.auth);
    expect(result.stderr).toContain(`Not logged in to ${server.url}`);
    expect(server.requests).toHaveLength(0);
  });

  it("a missing required flag is a usage error (exit 2)", async () => {
    const result = await runCli(["tasks", "create", "--project", "p"], {
      env: { ...auth, LEANVIBE_CONFIG_DIR: tempConfigDir() },
    });
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("--title");
  });
});
