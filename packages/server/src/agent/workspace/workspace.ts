import { existsSync } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join } from "node:path";
import { git } from "./git.js";

export interface WorkspaceLocation {
  workspacesDir: string;
  tenantId: string;
  projectId: string;
}

export interface EnsureWorkspaceOptions extends WorkspaceLocation {
  repositoryUrl?: string | null;
  projectName?: string;
  cloneTimeoutMs?: number;
}

export interface WorkspaceInfo {
  path: string;
  /** How the workspace came to be: cloned from repository_url, or initialised empty. */
  source: "cloned" | "initialised" | "existing";
  /** Why a repository_url was not cloned, when it was not. */
  cloneError?: string;
}

export interface WorkspaceSummary {
  branch: string;
  head_commit: string | null;
  files_count: number;
}

/** `<workspacesDir>/<tenant_id>/<project_id>`: the project's git working copy. */
export function workspacePath(location: WorkspaceLocation): string {
  return join(location.workspacesDir, location.tenantId, location.projectId);
}

const CLONABLE = /^(https?:\/\/|ssh:\/\/|git:\/\/|file:\/\/|[\w.-]+@[\w.-]+:)/;

function clonable(url: string): boolean {
  return CLONABLE.test(url) || (isAbsolute(url) && existsSync(url));
}

/**
 * Creates the project's workspace if it does not exist: a clone of repositoryUrl when that is a
 * reachable git URL or local path, otherwise a fresh repository with one initial commit, so every
 * workspace has a base commit for task branches.
 */
export async function ensureWorkspace(options: EnsureWorkspaceOptions): Promise<WorkspaceInfo> {
  const path = workspacePath(options);
  if (existsSync(join(path, ".git"))) return { path, source: "existing" };
  await mkdir(dirname(path), { recursive: true });
  let cloneError: string | undefined;
  if (options.repositoryUrl && clonable(options.repositoryUrl)) {
    try {
      await git(["clone", "--quiet", "--", options.repositoryUrl, path], {
        cwd: dirname(path),
        timeoutMs: options.cloneTimeoutMs ?? 60_000,
      });
      if (!(await headCommit(path))) await initialCommit(path, options.projectName);
      return { path, source: "cloned" };
    } catch (error) {
      cloneError = error instanceof Error ? error.message : String(error);
      await rm(path, { recursive: true, force: true });
    }
  } else if (options.repositoryUrl) {
    cloneError = `${options.repositoryUrl} is neither a git URL nor an existing local path`;
  }
  await mkdir(path, { recursive: true });
  await git(["init", "--quiet", "-b", "main"], { cwd: path });
  await initialCommit(path, options.projectName);
  return { path, source: "initialised", ...(cloneError ? { cloneError } : {}) };
}

async function initialCommit(path: string, projectName = "Project"): Promise<void> {
  await writeFile(join(path, "README.md"), `# ${projectName}\n\nWorkspace managed by LeanVibe.\n`);
  await git(["add", "README.md"], { cwd: path });
  await git(["commit", "--quiet", "-m", "Initial commit"], { cwd: path });
}

export async function headCommit(path: string): Promise<string | null> {
  try {
    return (await git(["rev-parse", "--verify", "--quiet", "HEAD"], { cwd: path })).trim() || null;
  } catch {
    return null;
  }
}

/** Branch, head commit and tracked-file count of a workspace; null when it does not exist. */
export async function summariseWorkspace(path: string): Promise<WorkspaceSummary | null> {
  if (!existsSync(join(path, ".git"))) return null;
  const branch = (await git(["rev-parse", "--abbrev-ref", "HEAD"], { cwd: path }).catch(() => "main")).trim();
  const files = await git(["ls-files", "-z"], { cwd: path }).catch(() => "");
  return {
    branch,
    head_commit: await headCommit(path),
    files_count: files.split("\0").filter(Boolean).length,
  };
}

/** Removes the workspace and every task worktree registered in it. */
export async function deleteWorkspace(location: WorkspaceLocation): Promise<void> {
  const path = workspacePath(location);
  const list = existsSync(join(path, ".git"))
    ? await git(["worktree", "list", "--porcelain"], { cwd: path }).catch(() => "")
    : "";
  for (const line of list.split("\n")) {
    const dir = line.startsWith("worktree ") ? line.slice("worktree ".length) : undefined;
    if (dir && dir !== path) await rm(dir, { recursive: true, force: true });
  }
  await rm(path, { recursive: true, force: true });
}

export async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
