import type { Factory } from "../../factory.js";
import { field } from "../../output/table.js";

export async function run(options: { all: boolean }, deps: Factory): Promise<void> {
  const settings = await deps.settings();
  const current = await deps.profile();
  const profiles = options.all ? settings.profiles() : [current];
  const rows = profiles.flatMap((profile) =>
    Object.entries(settings.list(profile)).map(([key, value]) => ({ profile, key, value })),
  );
  if (deps.globals.json) {
    const data = Object.fromEntries(profiles.map((profile) => [profile, settings.list(profile)]));
    return deps.printer.json({ current_profile: current, profiles: data });
  }
  deps.printer.list({ data: rows, pagination: {} }, [
    field("Profile", "profile"),
    field("Key", "key"),
    field("Value", "value"),
  ]);
}
