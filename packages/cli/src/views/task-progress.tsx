import { Box, render, Text, useApp } from "ink";
import { useEffect, useState } from "react";
import { type TaskUpdate, updatePercent } from "../api-client.js";
import { CancelledError } from "../exit-codes.js";
import type { IOStreams } from "../io.js";

const BAR_WIDTH = 30;

export function ProgressBar({ percent }: { percent: number }) {
  const clamped = Math.max(0, Math.min(100, percent));
  const filled = Math.round((clamped / 100) * BAR_WIDTH);
  return (
    <Text>
      <Text color="green">{"█".repeat(filled)}</Text>
      <Text dimColor>{"░".repeat(BAR_WIDTH - filled)}</Text>
      <Text> {String(Math.round(clamped)).padStart(3)}%</Text>
    </Text>
  );
}

function errorMessage(update: TaskUpdate): string {
  const error = update.error as { message?: string } | string | undefined;
  return typeof error === "string" ? error : (error?.message ?? update.message ?? "task failed");
}

export interface TaskProgressProps {
  updates: AsyncIterable<TaskUpdate>;
  /** Called once with the last update when the stream ends, or with the error that broke it. */
  onDone: (last: TaskUpdate | undefined, error?: unknown) => void;
}

/** Live view of a task: progress bar, current step and deliverables counted so far. */
export function TaskProgress({ updates, onDone }: TaskProgressProps) {
  const { exit } = useApp();
  const [update, setUpdate] = useState<TaskUpdate | undefined>();
  const [finished, setFinished] = useState(false);
  // Exit only after the final state has been drawn, so the terminal is left showing the outcome.
  useEffect(() => {
    if (finished) exit();
  }, [finished, exit]);
  useEffect(() => {
    let last: TaskUpdate | undefined;
    let stopped = false;
    (async () => {
      try {
        for await (const next of updates) {
          if (stopped) break;
          last = next;
          setUpdate(next);
          if (next.type === "completion" || next.type === "error") break;
        }
        onDone(last);
      } catch (error) {
        onDone(last, error);
      }
      setFinished(true);
    })();
    return () => {
      stopped = true;
    };
  }, [updates, onDone]);

  const percent = updatePercent(update) ?? 0;
  const deliverables = Object.entries(update?.deliverables ?? {});
  return (
    <Box flexDirection="column">
      <ProgressBar percent={percent} />
      {update?.type === "error" ? (
        <Text color="red">✗ {errorMessage(update)}</Text>
      ) : update?.type === "completion" ? (
        <Text color="green">✓ Completed</Text>
      ) : (
        <Text>{update?.current_step ?? "Waiting for the agent…"}</Text>
      )}
      {deliverables.length > 0 ? (
        <Text dimColor>{deliverables.map(([name, count]) => `${name.replace(/_/g, " ")}: ${count}`).join(" · ")}</Text>
      ) : null}
    </Box>
  );
}

/** Draws the live view until the task finishes; Ctrl-C stops watching (the task itself keeps running). */
export async function watchTaskView(
  updates: AsyncIterable<TaskUpdate>,
  io: IOStreams,
): Promise<TaskUpdate | undefined> {
  let outcome: { last: TaskUpdate | undefined; error?: unknown } | undefined;
  const instance = render(<TaskProgress updates={updates} onDone={(last, error) => (outcome = { last, error })} />, {
    stdout: io.stdout as NodeJS.WriteStream,
    stdin: io.stdin as NodeJS.ReadStream,
    stderr: io.stderr as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  // Ctrl-C arrives as SIGINT (the view reads no keys, so the terminal is not in raw mode): stop drawing and
  // report a cancellation instead of dying mid-frame.
  const onInterrupt = () => instance.unmount();
  process.once("SIGINT", onInterrupt);
  try {
    await instance.waitUntilExit();
  } finally {
    process.removeListener("SIGINT", onInterrupt);
  }
  if (!outcome) throw new CancelledError("Stopped watching; the task keeps running.");
  if (outcome.error) throw outcome.error;
  return outcome.last;
}
