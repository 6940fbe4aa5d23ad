export {
  type BranchFile,
  branchDiff,
  closeTaskWorktree,
  commitWorktree,
  deleteTaskBranch,
  openTaskWorktree,
  type TaskWorktree,
  taskBranchName,
} from "./branches.js";
export { GitError, git } from "./git.js";
export {
  deleteWorkspace,
  type EnsureWorkspaceOptions,
  ensureWorkspace,
  headCommit,
  summariseWorkspace,
  type WorkspaceInfo,
  type WorkspaceLocation,
  type WorkspaceSummary,
  workspacePath,
} from "./workspace.js";
