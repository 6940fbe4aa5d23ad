import Conf from "conf";
import { type ProfileKey, SETTINGS_FILE, type SettingsData, validateSetting } from "./settings.js";

/** Writes settings through `conf`; loaded only by the commands that change settings. */
export class SettingsStore {
  readonly #store: Conf<SettingsData>;

  constructor(directory: string) {
    this.#store = new Conf<SettingsData>({
      projectName: "leanvibe",
      projectSuffix: "",
      cwd: directory,
      configName: SETTINGS_FILE.replace(/\.json$/, ""),
      defaults: { profiles: {} },
    });
  }

  get path(): string {
    return this.#store.path;
  }

  set(profile: string, key: ProfileKey, value: string): string {
    const checked = validateSetting(key, value);
    const profiles = this.#store.get("profiles");
    profiles[profile] = { ...profiles[profile], [key]: checked };
    this.#store.set("profiles", profiles);
    return checked;
  }

  unset(profile: string, key: ProfileKey): void {
    const profiles = this.#store.get("profiles");
    const entry = { ...profiles[profile] };
    delete entry[key];
    profiles[profile] = entry;
    this.#store.set("profiles", profiles);
  }

  selectProfile(profile: string): void {
    this.#store.set("current_profile", profile);
  }
}
