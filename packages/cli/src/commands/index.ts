import { apiCommands } from "./api/index.js";
import { authCommands } from "./auth/index.js";
import { billingCommands } from "./billing/index.js";
import { codeCommands } from "./code/index.js";
import { completionCommands } from "./completion/index.js";
import { configCommands } from "./config/index.js";
import type { CommandModule } from "./context.js";
import { healthCommands } from "./health/index.js";
import { projectCommands } from "./projects/index.js";
import { taskCommands } from "./tasks/index.js";

/** Hand-written commands, in help order. Each replaces the generated command with the same "noun verb". */
export const handwrittenCommands: readonly CommandModule[] = [
  ...authCommands,
  ...taskCommands,
  ...projectCommands,
  ...codeCommands,
  ...billingCommands,
  ...configCommands,
  ...healthCommands,
  ...apiCommands,
  ...completionCommands,
];
