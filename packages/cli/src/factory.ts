import { type ApiClient, loadSdk, type SdkModule } from "./api-client.js";
import { CiReporter } from "./ci.js";
import {
  type CliEnvironment,
  CredentialStore,
  type Credentials,
  configDirectory,
  type Keychain,
  osKeychain,
  Settings,
} from "./config/index.js";
import type { SettingsStore } from "./config/settings-store.js";
import { type ErrorContext, toCliError } from "./error-report.js";
import { CliError, ExitCode } from "./exit-codes.js";
import { type IOStreams, isInteractive } from "./io.js";
import { Printer } from "./output/printer.js";

/** Flags every command accepts. */
export interface GlobalOptions {
  profile?: string;
  json?: boolean;
  quiet?: boolean;
  baseUrl?: string;
}

export interface FactoryOptions {
  io: IOStreams;
  env: CliEnvironment;
  globals: GlobalOptions;
  /** Loads the SDK module; replaced in tests. */
  loadSdk?: () => Promise<SdkModule>;
  /** null disables the keychain (tests; machines known to have none). */
  keychain?: Keychain | null;
}

export interface ClientRequest {
  /** false for endpoints that answer without credentials (health). */
  requireAuth?: boolean;
  /** Use these credentials instead of the stored ones; null for none (logging in). */
  credentials?: Credentials | null;
}

/**
 * Everything a command needs, built on first use: `--help` and `--version` never load the SDK, `conf` or the
 * keychain module. Commands receive this object as their `deps`.
 */
export class Factory {
  readonly io: IOStreams;
  readonly env: CliEnvironment;
  readonly globals: GlobalOptions;
  readonly ci: CiReporter;
  readonly #options: FactoryOptions;
  #settings?: Promise<Settings>;
  #credentials?: CredentialStore;
  #printer?: Printer;
  #apiKeyFromEnv = false;
  #sentCredentials: boolean | undefined;
  #resolvedBaseUrl?: string;

  constructor(options: FactoryOptions) {
    this.#options = options;
    this.io = options.io;
    this.env = options.env;
    this.globals = options.globals;
    this.ci = new CiReporter(options.env, options.io.stderr);
  }

  /** Prompts happen only when both ends are a terminal and nothing says this is CI. */
  get canPrompt(): boolean {
    return !this.env.ci && isInteractive(this.io);
  }

  get configDirectory(): string {
    return configDirectory(this.env);
  }

  get printer(): Printer {
    this.#printer ??= new Printer({
      json: this.globals.json === true,
      quiet: this.globals.quiet === true,
      tty: this.io.stdout.isTTY === true,
      out: this.io.stdout,
      err: this.io.stderr,
      width: this.io.stdout.columns,
    });
    return this.#printer;
  }

  settings(): Promise<Settings> {
    this.#settings ??= Promise.resolve(new Settings(this.configDirectory));
    return this.#settings;
  }

  /** The writer (loads `conf`); only commands that change settings ask for it. */
  async settingsStore(): Promise<SettingsStore> {
    const { SettingsStore } = await import("./config/settings-store.js");
    this.#settings = undefined;
    return new SettingsStore(this.configDirectory);
  }

  credentials(): CredentialStore {
    this.#credentials ??= new CredentialStore({
      directory: this.configDirectory,
      keychain: this.#options.keychain === undefined ? osKeychain() : this.#options.keychain,
      warn: (message) => this.io.stderr.write(`${message}\n`),
    });
    return this.#credentials;
  }

  /** The profile in effect: --profile, LEANVIBE_PROFILE, then the one saved with `config use`. */
  async profile(): Promise<string> {
    const explicit = this.globals.profile ?? this.env.profile;
    if (explicit) return explicit;
    return (await this.settings()).resolveProfile();
  }

  /** The server: --base-url, LEANVIBE_BASE_URL, the profile's base_url, then the local default. */
  async baseUrl(): Promise<string> {
    if (this.#resolvedBaseUrl) return this.#resolvedBaseUrl;
    const explicit = this.globals.baseUrl ?? this.env.baseUrl;
    const url = explicit ?? (await this.settings()).baseUrl(await this.profile());
    this.#resolvedBaseUrl = url.replace(/\/+$/, "");
    return this.#resolvedBaseUrl;
  }

  /** Context for error messages; safe to call even when nothing has been resolved yet. */
  errorContext(extra: Partial<ErrorContext> = {}): ErrorContext {
    return {
      baseUrl: this.#resolvedBaseUrl ?? this.globals.baseUrl ?? this.env.baseUrl,
      apiKeyFromEnv: this.#apiKeyFromEnv,
      sentCredentials: this.#sentCredentials,
      ...extra,
    };
  }

  /** Converts a thrown value with this factory's context; commands use it to add flag names. */
  fail(error: unknown, extra: Partial<ErrorContext> = {}): CliError {
    return toCliError(error, this.errorContext(extra));
  }

  async client(request: ClientRequest = {}): Promise<ApiClient> {
    const baseURL = await this.baseUrl();
    const profile = await this.profile();
    let credentials: Credentials | undefined;
    if (request.credentials !== undefined) {
      credentials = request.credentials ?? undefined;
    } else if (this.env.apiKey) {
      credentials = { kind: "api_key", apiKey: this.env.apiKey };
      this.#apiKeyFromEnv = true;
    } else {
      credentials = (await this.credentials().load(profile))?.credentials;
    }
    this.#sentCredentials = credentials !== undefined;
    if (!credentials && request.requireAuth !== false) {
      throw new CliError(
        `Not logged in to ${baseURL} (profile "${profile}"). Run \`leanvibe login\` or set LEANVIBE_API_KEY.`,
        ExitCode.auth,
      );
    }
    const [sdk, { httpFetch }] = await Promise.all([
      (this.#options.loadSdk ?? loadSdk)(),
      import("./http-transport.js"),
    ]);
    const timeoutSeconds = Number((await this.settings()).get(profile, "timeout") ?? 0);
    return new sdk.LeanVibeClient({
      baseURL,
      fetch: httpFetch,
      ...(credentials?.kind === "api_key" ? { apiKey: credentials.apiKey } : {}),
      ...(credentials?.kind === "session"
        ? {
            accessToken: credentials.accessToken,
            refreshToken: credentials.refreshToken,
            onTokens: (tokens: { accessToken: string; refreshToken: string }) =>
              this.#saveRefreshed(profile, credentials, tokens),
          }
        : {}),
      ...(timeoutSeconds > 0 ? { timeout: timeoutSeconds * 1000 } : {}),
    });
  }

  /** The SDK refreshed an expired access token: keep the new pair so the next command does not log in again. */
  async #saveRefreshed(
    profile: string,
    previous: Credentials,
    tokens: { accessToken: string; refreshToken: string },
  ): Promise<void> {
    if (previous.kind !== "session") return;
    await this.credentials().save(profile, {
      kind: "session",
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken ?? previous.refreshToken,
      email: previous.email,
    });
  }
}
