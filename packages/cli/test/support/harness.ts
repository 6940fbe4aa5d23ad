import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ClientOptions, loadSdk, type SdkModule } from "../../src/api-client.js";
import type { OperationEntry } from "../../src/command-table.js";
import type { Keychain } from "../../src/config/credentials.js";
import { type CliEnvironment, readEnvironment } from "../../src/config/environment.js";
import { Factory, type GlobalOptions } from "../../src/factory.js";
import { main } from "../../src/program.js";
import { type FakeIO, fakeIO } from "./fake-io.js";

/** The real SDK, with retries off so failure tests are quick. */
export async function testSdk(): Promise<SdkModule> {
  const sdk = await loadSdk();
  class TestClient extends sdk.LeanVibeClient {
    constructor(options: ClientOptions) {
      super({ ...options, maxRetries: 0 });
    }
  }
  return { LeanVibeClient: TestClient };
}

export function tempConfigDir(): string {
  return mkdtempSync(join(tmpdir(), "leanvibe-cli-test-"));
}

export interface DepsOptions {
  env?: Record<string, string | undefined>;
  globals?: GlobalOptions;
  io?: FakeIO;
  keychain?: Keychain | null;
  configDir?: string;
}

/** A real Factory on a temporary config directory, pointed at the test server unless told otherwise. */
export async function makeDeps(baseUrl: string | undefined, options: DepsOptions = {}) {
  const io = options.io ?? fakeIO();
  const configDir = options.configDir ?? tempConfigDir();
  const env: CliEnvironment = readEnvironment({
    LEANVIBE_CONFIG_DIR: configDir,
    ...(baseUrl ? { LEANVIBE_BASE_URL: baseUrl } : {}),
    ...options.env,
  });
  const deps = new Factory({
    io,
    env,
    globals: options.globals ?? {},
    loadSdk: testSdk,
    keychain: options.keychain === undefined ? null : options.keychain,
  });
  return { deps, io, configDir };
}

/** Runs the whole CLI (commander wiring included) in-process and returns the exit code and output. */
export async function runCli(
  argv: string[],
  options: {
    env?: Record<string, string | undefined>;
    io?: FakeIO;
    operations?: readonly OperationEntry[];
    keychain?: Keychain | null;
  } = {},
) {
  const io = options.io ?? fakeIO();
  const code = await main(argv, {
    io,
    env: readEnvironment(options.env ?? {}),
    version: "9.9.9-test",
    operations: options.operations ?? [],
    loadSdk: testSdk,
    keychain: options.keychain === undefined ? null : options.keychain,
  });
  return { code, stdout: io.stdoutText(), stderr: io.stderrText(), io };
}

/** An in-memory keychain, for the paths where the OS keychain works (there is none on the test machine). */
export function memoryKeychain(): Keychain & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (account) => entries.get(account) ?? null,
    set: async (account, secret) => void entries.set(account, secret),
    delete: async (account) => entries.delete(account),
  };
}
