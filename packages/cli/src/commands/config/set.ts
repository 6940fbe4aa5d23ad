import { isProfileKey, PROFILE_KEYS } from "../../config/index.js";
import { UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";

export async function run(options: { key: string; value: string }, deps: Factory): Promise<void> {
  const store = await deps.settingsStore();
  if (options.key === "profile") {
    if (!/^[\w.-]+$/.test(options.value))
      throw new UsageError("profile names may use letters, digits, '.', '_' and '-'");
    store.selectProfile(options.value);
    deps.printer.status(`Current profile is now "${options.value}".`);
    return;
  }
  if (!isProfileKey(options.key)) {
    throw new UsageError(`unknown key "${options.key}"; known keys: profile, ${Object.keys(PROFILE_KEYS).join(", ")}`);
  }
  const profile = await deps.profile();
  const saved = store.set(profile, options.key, options.value);
  deps.printer.status(`Set ${options.key} = ${saved} (profile "${profile}").`);
}
