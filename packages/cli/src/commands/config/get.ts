import { isProfileKey, PROFILE_KEYS } from "../../config/index.js";
import { UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";

export async function run(options: { key: string }, deps: Factory): Promise<void> {
  const profile = await deps.profile();
  let value: string | undefined;
  if (options.key === "profile") value = profile;
  else if (options.key === "base_url") value = await deps.baseUrl();
  else if (isProfileKey(options.key)) value = (await deps.settings()).get(profile, options.key);
  else
    throw new UsageError(`unknown key "${options.key}"; known keys: profile, ${Object.keys(PROFILE_KEYS).join(", ")}`);
  if (deps.globals.json) return deps.printer.json({ key: options.key, value: value ?? null, profile });
  if (value !== undefined) deps.io.stdout.write(`${value}\n`);
}
