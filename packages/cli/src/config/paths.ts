import { homedir } from "node:os";
import { join } from "node:path";
import type { CliEnvironment } from "./environment.js";

/**
 * The settings directory. Computed here rather than by `conf` so the credentials file can find it
 * without loading `conf` (and the JSON-schema validator it brings along).
 */
export function configDirectory(env: CliEnvironment, platform: NodeJS.Platform = process.platform): string {
  if (env.configDir) return env.configDir;
  const home = env.home ?? homedir();
  if (platform === "win32") return join(env.appData ?? join(home, "AppData", "Roaming"), "leanvibe", "Config");
  if (platform === "darwin") return join(home, "Library", "Preferences", "leanvibe");
  return join(env.xdgConfigHome ?? join(home, ".config"), "leanvibe");
}
