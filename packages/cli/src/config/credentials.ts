import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

export type Credentials =
  | { kind: "api_key"; apiKey: string }
  | { kind: "session"; accessToken: string; refreshToken?: string; email?: string; expiresAt?: string };

/** Where a profile's secret lives. */
export type CredentialLocation = "keychain" | "file";

/** The OS keychain, reduced to what the CLI needs. Any method may throw when no keychain is reachable. */
export interface Keychain {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

const SERVICE = "leanvibe";

/**
 * The OS keychain through @napi-rs/keyring, loaded on first use (it is a native module).
 * On Linux the entry is pinned to the Secret Service: the kernel keyring it would otherwise fall back to
 * forgets everything when the session ends, which would log people out at random.
 */
export function osKeychain(): Keychain {
  const entry = async (account: string) => {
    const { AsyncEntry } = await import("@napi-rs/keyring");
    return new AsyncEntry(SERVICE, account, { linux: { store: "secret-service" } });
  };
  return {
    get: async (account) => (await entry(account)).getPassword(),
    set: async (account, secret) => (await entry(account)).setPassword(secret),
    delete: async (account) => (await entry(account)).deletePassword(),
  };
}

interface CredentialsFile {
  profiles: Record<string, Credentials>;
}

export interface CredentialStoreOptions {
  /** The settings directory; the fallback file is `credentials.json` inside it. */
  directory: string;
  /** null when the keychain must not be used at all. */
  keychain: Keychain | null;
  /** Receives the one-line notice that secrets went to the file instead of the keychain. */
  warn: (message: string) => void;
}

function parse(secret: string | null | undefined): Credentials | undefined {
  if (!secret) return undefined;
  try {
    const value = JSON.parse(secret) as Credentials;
    return value.kind === "api_key" || value.kind === "session" ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Secrets per profile: the OS keychain where one works, otherwise a 0600 file in the settings directory.
 * Whether the keychain works is found out by trying, because headless Linux and CI machines often have
 * the library but no keychain daemon behind it.
 */
export class CredentialStore {
  readonly filePath: string;
  readonly #options: CredentialStoreOptions;
  #warned = false;

  constructor(options: CredentialStoreOptions) {
    this.#options = options;
    this.filePath = join(options.directory, "credentials.json");
  }

  async load(profile: string): Promise<{ credentials: Credentials; location: CredentialLocation } | undefined> {
    const fromKeychain = parse(await this.#tryKeychain((k) => k.get(profile)));
    if (fromKeychain) return { credentials: fromKeychain, location: "keychain" };
    const fromFile = (await this.#readFile()).profiles[profile];
    return fromFile ? { credentials: fromFile, location: "file" } : undefined;
  }

  async save(profile: string, credentials: Credentials): Promise<CredentialLocation> {
    const stored = await this.#tryKeychain(async (k) => {
      await k.set(profile, JSON.stringify(credentials));
      return true;
    });
    if (stored) {
      // A secret left in the file from a keychain-less day would otherwise shadow nothing but still sit on disk.
      await this.#removeFromFile(profile);
      return "keychain";
    }
    if (!this.#warned) {
      this.#warned = true;
      this.#options.warn(`warning: no OS keychain available; credentials stored in ${this.filePath} (mode 0600)`);
    }
    const file = await this.#readFile();
    file.profiles[profile] = credentials;
    await this.#writeFile(file);
    return "file";
  }

  /** Forgets the profile's secret everywhere. Resolves true when there was one. */
  async remove(profile: string): Promise<boolean> {
    const fromKeychain = (await this.#tryKeychain((k) => k.delete(profile))) ?? false;
    const fromFile = await this.#removeFromFile(profile);
    return fromKeychain || fromFile;
  }

  async #tryKeychain<T>(action: (keychain: Keychain) => Promise<T>): Promise<T | undefined> {
    if (!this.#options.keychain) return undefined;
    try {
      return await action(this.#options.keychain);
    } catch {
      return undefined;
    }
  }

  async #readFile(): Promise<CredentialsFile> {
    try {
      const parsed = JSON.parse(await readFile(this.filePath, "utf8")) as Partial<CredentialsFile>;
      return { profiles: parsed.profiles ?? {} };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return { profiles: {} };
      throw error;
    }
  }

  async #removeFromFile(profile: string): Promise<boolean> {
    const file = await this.#readFile();
    if (!(profile in file.profiles)) return false;
    delete file.profiles[profile];
    await this.#writeFile(file);
    return true;
  }

  async #writeFile(file: CredentialsFile): Promise<void> {
    await mkdir(this.#options.directory, { recursive: true, mode: 0o700 });
    // Written to a private temporary file and renamed, so the secret is never readable by others, even briefly.
    const temporary = `${this.filePath}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, this.filePath);
  }
}
