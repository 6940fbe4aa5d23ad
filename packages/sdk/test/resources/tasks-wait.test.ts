import { afterEach, describe, expect, it } from "vitest";
import { LeanVibeError } from "../../src/index.js";
import { testClient } from "../helpers/client.js";
import { sendJson, startServer } from "../helpers/http-server.js";
import { progress, startUpdatesServer } from "../helpers/ws-server.js";

const TASK = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";
const task = (status: string, progress_percentage: number) => ({
  id: TASK,
  project_id: "p1",
  title: "t",
  priority: "high",
  status,
  progress_percentage,
  current_step: status === "completed" ? null : `at ${progress_percentage}`,
  deliverables: { files_created: 3, tests_written: 2, api_endpoints: 1 },
  created_at: "2025-01-09T10:30:00Z",
});

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers) await close();
  closers = [];
});

describe("waitForCompletion", () => {
  it("follows the live updates, reports progress and resolves with the finished task", async () => {
    let finished = false;
    const server = await startUpdatesServer(
      (socket) => {
        socket.send(progress(1, TASK, 30));
        socket.send(progress(2, TASK, 70));
        finished = true;
        socket.send(JSON.stringify({ id: 3, type: "completion", task_id: TASK, timestamp: "2025-01-09T10:40:00Z" }));
      },
      (_req, res) => sendJson(res, 200, task(finished ? "completed" : "in_progress", finished ? 100 : 10)),
    );
    closers.push(server.close);
    const client = testClient(server.url);
    const percentages: unknown[] = [];
    const done = await client.tasks.waitForCompletion(TASK, { onProgress: (u) => percentages.push(u.percentage) });
    expect(percentages).toEqual([30, 70]);
    expect(done.status).toBe("completed");
    expect(done.deliverables.files_created).toBe(3);
  });

  it("returns at once when the task is already finished", async () => {
    const http = await startServer((_req, res) => sendJson(res, 200, task("failed", 40)));
    closers.push(http.close);
    const client = testClient(http.url, {
      WebSocket: {
        factory: () => {
          throw new LeanVibeError("must not be used");
        },
      },
    });
    await expect(client.tasks.waitForCompletion(TASK)).resolves.toMatchObject({ status: "failed" });
    expect(http.requests).toHaveLength(1);
  });

  it("falls back to polling when no WebSocket can be opened", async () => {
    const http = await startServer((_req, res, { count }) =>
      sendJson(res, 200, count < 3 ? task("in_progress", count * 25) : task("completed", 100)),
    );
    closers.push(http.close);
    const client = testClient(http.url, {
      WebSocket: {
        factory: () => {
          throw new LeanVibeError("No WebSocket implementation available");
        },
      },
    });
    const seen: unknown[] = [];
    const done = await client.tasks.waitForCompletion(TASK, {
      pollInterval: 20,
      onProgress: (u) => seen.push(u.percentage),
    });
    expect(done.status).toBe("completed");
    expect(seen).toEqual([25, 50]);
    expect(http.requests.length).toBe(3);
  });
});
