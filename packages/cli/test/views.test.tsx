import { render } from "ink-testing-library";
import { describe, expect, it, vi } from "vitest";
import type { TaskUpdate } from "../src/api-client.js";
import { FieldsPrompt } from "../src/views/prompt.js";
import { ProgressBar, TaskProgress } from "../src/views/task-progress.js";

// Ink renders only the last frame when it believes it runs in CI (it reads CI when it loads); these tests look at
// every frame, so they run as on a developer's terminal wherever they run. vi.hoisted runs before the imports.
vi.hoisted(() => {
  delete process.env.CI;
  delete process.env.GITHUB_ACTIONS;
  delete process.env.CONTINUOUS_INTEGRATION;
});

/** An update stream the test pushes into, one update at a time. */
function updateQueue() {
  const pending: TaskUpdate[] = [];
  let wake: (() => void) | undefined;
  return {
    push(update: TaskUpdate) {
      pending.push(update);
      wake?.();
    },
    async *[Symbol.asyncIterator]() {
      while (true) {
        const next = pending.shift();
        if (next) {
          yield next;
          if (next.type === "completion" || next.type === "error") return;
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe("task progress view", () => {
  it("draws a bar proportional to the percentage", () => {
    const { lastFrame } = render(<ProgressBar percent={50} />);
    expect(lastFrame()).toBe(`${"█".repeat(15)}${"░".repeat(15)}  50%`);
  });

  it("shows each update's step and deliverables, then the outcome, and reports the last update", async () => {
    const queue = updateQueue();
    let done: TaskUpdate | undefined;
    const { lastFrame } = render(<TaskProgress updates={queue} onDone={(last) => (done = last)} />);
    expect(lastFrame()).toContain("Waiting for the agent");
    queue.push({
      type: "progress",
      percentage: 65,
      current_step: "Writing unit tests",
      deliverables: { files_created: 8 },
    });
    await tick();
    expect(lastFrame()).toContain("65%");
    expect(lastFrame()).toContain("Writing unit tests");
    expect(lastFrame()).toContain("files created: 8");
    queue.push({ type: "completion", deliverables: { files_created: 9, tests_written: 12 } });
    await tick();
    expect(lastFrame()).toContain("100%");
    expect(lastFrame()).toContain("✓ Completed");
    expect(lastFrame()).toContain("tests written: 12");
    expect(done?.type).toBe("completion");
  });

  it("shows the error of a failed task", async () => {
    const queue = updateQueue();
    const { lastFrame } = render(<TaskProgress updates={queue} onDone={() => {}} />);
    queue.push({ type: "error", percentage: 40, error: { message: "Tests failed" } });
    await tick();
    expect(lastFrame()).toContain("✗ Tests failed");
  });
});

describe("login prompt", () => {
  it("asks each field in turn, masks secrets and submits the answers", async () => {
    let answers: Record<string, string> | undefined;
    const { stdin, lastFrame } = render(
      <FieldsPrompt
        fields={[
          { name: "email", label: "E-mail" },
          { name: "password", label: "Password", secret: true },
        ]}
        onSubmit={(value) => (answers = value)}
        onCancel={() => {}}
      />,
    );
    await tick();
    stdin.write("ada@company.test");
    await tick();
    expect(lastFrame()).toContain("E-mail: ada@company.test");
    stdin.write("\r");
    await tick();
    stdin.write("s3cret!");
    await tick();
    expect(lastFrame()).toContain("Password: •••••••");
    expect(lastFrame()).not.toContain("s3cret");
    stdin.write("\r");
    await tick();
    expect(answers).toEqual({ email: "ada@company.test", password: "s3cret!" });
  });

  it("Ctrl-C cancels", async () => {
    let cancelled = false;
    const { stdin } = render(
      <FieldsPrompt
        fields={[{ name: "code", label: "MFA code" }]}
        onSubmit={() => {}}
        onCancel={() => (cancelled = true)}
      />,
    );
    await tick();
    stdin.write("\u0003");
    await tick();
    expect(cancelled).toBe(true);
  });
});
