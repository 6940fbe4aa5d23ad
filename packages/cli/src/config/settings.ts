import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../exit-codes.js";

export const DEFAULT_BASE_URL = "http://127.0.0.1:8080";
export const DEFAULT_PROFILE = "default";
export const SETTINGS_FILE = "config.json";

/** Keys a profile may hold, with what `config set` accepts. */
export const PROFILE_KEYS = {
  base_url: "Server URL, e.g. https://api.leanvibe.ai",
  project: "Default project id for `tasks create` and `code generate`",
  timeout: "Request timeout in seconds",
} as const;

export type ProfileKey = keyof typeof PROFILE_KEYS;
export type ProfileSettings = Partial<Record<ProfileKey, string>>;

export interface SettingsData {
  current_profile?: string;
  profiles: Record<string, ProfileSettings>;
}

export function isProfileKey(key: string): key is ProfileKey {
  return Object.hasOwn(PROFILE_KEYS, key);
}

export function validateSetting(key: ProfileKey, value: string): string {
  if (key === "base_url") {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
      throw new UsageError(`base_url must be an http(s) URL, got "${value}"`);
    }
    return value.replace(/\/+$/, "");
  }
  if (key === "timeout" && !(Number(value) > 0)) {
    throw new UsageError(`timeout must be a positive number of seconds, got "${value}"`);
  }
  return value;
}

/**
 * Settings as read by every API command. The file `conf` maintains is plain JSON, so reading it directly
 * spares each command the ~100 ms it takes to load `conf` and its schema validator; writes go through
 * `conf` (settings-store.ts) for its atomic writes and file locking.
 */
export class Settings {
  readonly directory: string;
  readonly #data: SettingsData;

  constructor(directory: string, data?: SettingsData) {
    this.directory = directory;
    this.#data = data ?? Settings.#read(join(directory, SETTINGS_FILE));
  }

  static #read(path: string): SettingsData {
    try {
      const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<SettingsData>;
      return { current_profile: parsed.current_profile, profiles: parsed.profiles ?? {} };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { profiles: {} };
      throw new UsageError(`Cannot read settings file ${path}: ${(error as Error).message}`);
    }
  }

  /** The saved current profile, or "default". Flags and LEANVIBE_PROFILE take precedence (see Factory). */
  resolveProfile(requested?: string): string {
    return requested ?? this.#data.current_profile ?? DEFAULT_PROFILE;
  }

  profiles(): string[] {
    return [...new Set([DEFAULT_PROFILE, ...Object.keys(this.#data.profiles)])].sort();
  }

  get(profile: string, key: ProfileKey): string | undefined {
    return this.#data.profiles[profile]?.[key];
  }

  baseUrl(profile: string): string {
    return this.get(profile, "base_url") ?? DEFAULT_BASE_URL;
  }

  /** Every key of the profile with its effective value (defaults included). */
  list(profile: string): Record<string, string> {
    return { base_url: DEFAULT_BASE_URL, ...this.#data.profiles[profile] };
  }
}
