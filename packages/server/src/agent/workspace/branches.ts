import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { git } from "./git.js";

export interface TaskWorktree {
  /** A separate working directory on the task branch, so tasks of one project never share a checkout. */
  dir: string;
  branch: string;
  baseCommit: string;
}

export interface BranchFile {
  path: string;
  status: "added" | "modified" | "deleted";
  /** Lines added plus lines removed; 0 for binary files. */
  lines: number;
}

/** The branch a task's work is committed on. */
export function taskBranchName(taskId: string): string {
  return `leanvibe/task-${taskId}`;
}

// Worktree bookkeeping lives in the workspace's .git; two tasks adding worktrees at once would race for its locks.
const workspaceLocks = new Map<string, Promise<unknown>>();
function serialised<T>(workspace: string, fn: () => Promise<T>): Promise<T> {
  const previous = workspaceLocks.get(workspace) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(fn);
  workspaceLocks.set(workspace, next);
  return next.finally(() => {
    if (workspaceLocks.get(workspace) === next) workspaceLocks.delete(workspace);
  });
}

/**
 * Checks out a fresh task branch from the workspace's HEAD into dir. Leftovers of an earlier attempt
 * at the same task (a worker that died mid-run) are removed first, so a retry starts clean.
 */
export function openTaskWorktree(workspace: string, dir: string, taskId: string): Promise<TaskWorktree> {
  const branch = taskBranchName(taskId);
  return serialised(workspace, async () => {
    if (existsSync(dir)) {
      await git(["worktree", "remove", "--force", dir], { cwd: workspace }).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
    await git(["worktree", "prune"], { cwd: workspace });
    const exists = await git(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}`], { cwd: workspace }).then(
      () => true,
      () => false,
    );
    if (exists) await git(["branch", "-D", branch], { cwd: workspace });
    const baseCommit = (await git(["rev-parse", "HEAD"], { cwd: workspace })).trim();
    await mkdir(dirname(dir), { recursive: true });
    await git(["worktree", "add", "--quiet", "-b", branch, dir, baseCommit], { cwd: workspace });
    return { dir, branch, baseCommit };
  });
}

/** Stages everything in the worktree and commits it; null when there was nothing to commit. */
export async function commitWorktree(dir: string, message: string): Promise<string | null> {
  await git(["add", "-A"], { cwd: dir });
  const staged = await git(["diff", "--cached", "--name-only"], { cwd: dir });
  if (staged.trim() === "") return null;
  await git(["commit", "--quiet", "-m", message], { cwd: dir });
  return (await git(["rev-parse", "HEAD"], { cwd: dir })).trim();
}

/** Removes the task's working directory; the branch and its commits stay in the workspace. */
export function closeTaskWorktree(workspace: string, dir: string): Promise<void> {
  return serialised(workspace, async () => {
    await git(["worktree", "remove", "--force", dir], { cwd: workspace }).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    await git(["worktree", "prune"], { cwd: workspace }).catch(() => undefined);
  });
}

/** Deletes a task branch (after a failed or cancelled run); missing branches are ignored. */
export async function deleteTaskBranch(workspace: string, taskId: string): Promise<void> {
  await git(["branch", "-D", taskBranchName(taskId)], { cwd: workspace }).catch(() => undefined);
}

/** The files changed between base and ref, and the unified diff. */
export async function branchDiff(
  workspace: string,
  base: string,
  ref: string,
): Promise<{ files: BranchFile[]; diff: string }> {
  const statuses = await git(["diff", "--name-status", "--no-renames", base, ref], { cwd: workspace });
  const numstat = await git(["diff", "--numstat", "--no-renames", base, ref], { cwd: workspace });
  const lines = new Map<string, number>();
  for (const row of numstat.split("\n").filter(Boolean)) {
    const [added, removed, path = ""] = row.split("\t");
    lines.set(path, (Number(added) || 0) + (Number(removed) || 0));
  }
  const files: BranchFile[] = statuses
    .split("\n")
    .filter(Boolean)
    .map((row) => {
      const [code = "", path = ""] = row.split("\t");
      const status = code.startsWith("A") ? "added" : code.startsWith("D") ? "deleted" : "modified";
      return { path, status, lines: lines.get(path) ?? 0 };
    });
  const diff = await git(["diff", "--no-renames", base, ref], { cwd: workspace });
  return { files, diff };
}
