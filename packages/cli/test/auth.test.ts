import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run as login } from "../src/commands/auth/login.js";
import { run as logout } from "../src/commands/auth/logout.js";
import { run as whoami } from "../src/commands/auth/whoami.js";
import { CliError, ExitCode } from "../src/exit-codes.js";
import { ApiServer, apiError } from "./support/api-server.js";
import { fakeIO } from "./support/fake-io.js";
import { makeDeps, memoryKeychain, runCli, tempConfigDir } from "./support/harness.js";
import { TerminalStdin } from "./support/tty-stdin.js";

const identity = {
  type: "user",
  role: "owner",
  scopes: ["*"],
  user: { id: "u-1", email: "admin@company.test", name: "Ada" },
  tenant: { id: "t-1", slug: "company", organization_name: "Company Ltd" },
};
const tokens = {
  access_token: "access-1",
  refresh_token: "refresh-1",
  expires_in: 900,
  user: { email: "admin@company.test" },
};

function credentialsFile(dir: string) {
  return JSON.parse(readFileSync(join(dir, "credentials.json"), "utf8")).profiles;
}

async function failure(promise: Promise<unknown>): Promise<CliError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe("login, logout and whoami", () => {
  let server: ApiServer;
  beforeEach(async () => {
    server = await new ApiServer().start();
    server.on("GET", "/v1/auth/me", (request) =>
      request.headers.authorization === "Bearer good-key" || request.headers.authorization === "Bearer access-1"
        ? { json: identity }
        : apiError(401, "unauthorized", "Invalid credentials"),
    );
  });
  afterEach(() => server.stop());

  it("login --api-key checks the key, then stores it in a 0600 file with one warning when there is no keychain", async () => {
    const { deps, io, configDir } = await makeDeps(server.url);
    await login({ apiKey: "good-key" }, deps);
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer good-key");
    expect(credentialsFile(configDir)).toEqual({ default: { kind: "api_key", apiKey: "good-key" } });
    expect(statSync(join(configDir, "credentials.json")).mode & 0o777).toBe(0o600);
    const warnings = io
      .stderrText()
      .split("\n")
      .filter((line) => line.startsWith("warning:"));
    expect(warnings).toEqual([
      `warning: no OS keychain available; credentials stored in ${join(configDir, "credentials.json")} (mode 0600)`,
    ]);
    expect(io.stderrText()).toContain("Logged in to");
  });

  it("login --with-token reads the key from stdin and rejects a key the server refuses", async () => {
    const good = await makeDeps(server.url, { io: fakeIO({ stdin: "good-key\n" }) });
    await login({ withToken: true }, good.deps);
    expect(credentialsFile(good.configDir).default.apiKey).toBe("good-key");

    const bad = await makeDeps(server.url, { io: fakeIO({ stdin: "bad-key\n" }) });
    const error = await failure(login({ withToken: true }, bad.deps));
    expect(error.exitCode).toBe(ExitCode.auth);
  });

  it("password login completes an MFA challenge with --mfa-code and stores the session", async () => {
    server.on("POST", "/v1/auth/login", (request) =>
      (request.body as { password: string }).password === "correct horse"
        ? { json: { mfa_required: true, mfa_token: "mfa-tok" } }
        : apiError(401, "unauthorized", "Invalid e-mail or password"),
    );
    server.on("POST", "/v1/auth/mfa/verify", (request) =>
      (request.body as { code: string; mfa_token: string }).code === "123456"
        ? { json: tokens }
        : apiError(401, "unauthorized", "bad code"),
    );
    const { deps, configDir } = await makeDeps(server.url, { io: fakeIO({ stdin: "correct horse\n" }) });
    await login({ email: "admin@company.test", passwordStdin: true, mfaCode: "123456" }, deps);
    expect(server.requests.find((r) => r.path === "/v1/auth/login")!.headers.authorization).toBeUndefined();
    expect(server.requests.find((r) => r.path === "/v1/auth/mfa/verify")!.body).toEqual({
      mfa_token: "mfa-tok",
      code: "123456",
    });
    const stored = credentialsFile(configDir).default;
    expect(stored).toMatchObject({
      kind: "session",
      accessToken: "access-1",
      refreshToken: "refresh-1",
      email: "admin@company.test",
    });
  });

  it("when challenged for MFA without a terminal, says which flag is needed", async () => {
    server.on("POST", "/v1/auth/login", { json: { mfa_required: true, mfa_token: "mfa-tok" } });
    const { deps } = await makeDeps(server.url);
    const error = await failure(login({ email: "a@b.test", password: "pw" }, deps));
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(error.message).toContain("--mfa-code");
  });

  it("never prompts without a terminal: missing credentials are a usage error naming the flags", async () => {
    const result = await runCli(["login"], {
      env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: tempConfigDir() },
    });
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain("login needs --email and --password");
    expect(result.stderr).toContain("--api-key");
    expect(server.requests).toHaveLength(0);
  });

  it("on a terminal, prompts for e-mail, password and then the MFA code", async () => {
    server.on("POST", "/v1/auth/login", { json: { mfa_required: true, mfa_token: "mfa-tok" } });
    server.on("POST", "/v1/auth/mfa/verify", { json: tokens });
    const stdin = new TerminalStdin();
    const io = { ...fakeIO({ stdoutTTY: true }), stdin: stdin as never };
    const { deps, configDir } = await makeDeps(server.url, { io });
    const done = login({}, deps);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
    // Keys are typed only once a prompt listens, as a person would wait for it to appear.
    const typeWhenAsked = async (keys: string[]) => {
      while (stdin.listenerCount("readable") === 0) await pause();
      for (const key of keys) {
        stdin.type(key);
        await pause();
      }
    };
    await typeWhenAsked(["admin@company.test", "\r", "correct horse", "\r"]);
    while (!server.requests.some((r) => r.path === "/v1/auth/login")) await pause();
    await typeWhenAsked(["654321", "\r"]);
    await done;
    expect(server.requests.find((r) => r.path === "/v1/auth/login")!.body).toMatchObject({
      email: "admin@company.test",
      password: "correct horse",
    });
    expect(server.requests.find((r) => r.path === "/v1/auth/mfa/verify")!.body).toEqual({
      mfa_token: "mfa-tok",
      code: "654321",
    });
    expect(credentialsFile(configDir).default.accessToken).toBe("access-1");
    expect(io.stdoutText()).not.toContain("correct horse");
  });

  it("in CI it never prompts, even on a terminal", async () => {
    const io = { ...fakeIO({ stdoutTTY: true }), stdin: new TerminalStdin() as never };
    const { deps } = await makeDeps(server.url, { io, env: { CI: "true" } });
    const error = await failure(login({}, deps));
    expect(error.exitCode).toBe(ExitCode.usage);
    expect(deps.canPrompt).toBe(false);
  });

  it("a 401 without any stored login says you are not logged in rather than expired", async () => {
    const result = await runCli(["api", "GET", "/v1/auth/me"], {
      env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: tempConfigDir() },
    });
    expect(result.code).toBe(ExitCode.auth);
    expect(result.stderr).toContain("you are not logged in");
  });

  it("a wrong password exits 4", async () => {
    server.on("POST", "/v1/auth/login", apiError(401, "unauthorized", "Invalid e-mail or password"));
    const { deps } = await makeDeps(server.url);
    const error = await failure(login({ email: "a@b.test", password: "nope" }, deps));
    expect(error.exitCode).toBe(ExitCode.auth);
    expect(error.message).toContain("Login failed");
  });

  it("uses the OS keychain when it works, and leaves no file behind", async () => {
    const keychain = memoryKeychain();
    const { deps, io, configDir } = await makeDeps(server.url, { keychain });
    await login({ apiKey: "good-key" }, deps);
    expect(JSON.parse(keychain.entries.get("default")!)).toEqual({ kind: "api_key", apiKey: "good-key" });
    expect(() => statSync(join(configDir, "credentials.json"))).toThrow();
    expect(io.stderrText()).not.toContain("warning");
  });

  it("falls back to the file when the keychain refuses to store", async () => {
    const broken = {
      ...memoryKeychain(),
      set: async () => {
        throw new Error("Couldn't access platform storage: AccessDenied");
      },
    };
    const { deps, configDir } = await makeDeps(server.url, { keychain: broken });
    await login({ apiKey: "good-key" }, deps);
    expect(credentialsFile(configDir).default.apiKey).toBe("good-key");
  });

  it("whoami shows the identity and where the credentials came from", async () => {
    const { deps, configDir } = await makeDeps(server.url);
    await login({ apiKey: "good-key" }, deps);
    const { deps: second, io } = await makeDeps(server.url, { configDir, globals: { json: true } });
    await whoami({}, second);
    expect(JSON.parse(io.stdoutText())).toMatchObject({
      ...identity,
      profile: "default",
      base_url: server.url,
      credentials_source: "file",
    });
  });

  it("LEANVIBE_API_KEY overrides stored credentials", async () => {
    const { deps, configDir } = await makeDeps(server.url);
    await login({ apiKey: "good-key" }, deps);
    const result = await runCli(["whoami"], {
      env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: configDir, LEANVIBE_API_KEY: "env-key" },
    });
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer env-key");
    expect(result.code).toBe(ExitCode.auth);
    expect(result.stderr).toContain("LEANVIBE_API_KEY was rejected");
  });

  it("profiles keep separate credentials", async () => {
    const configDir = tempConfigDir();
    await login(
      { apiKey: "good-key" },
      (await makeDeps(server.url, { configDir, globals: { profile: "staging" } })).deps,
    );
    const result = await runCli(["whoami"], { env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: configDir } });
    expect(result.code).toBe(ExitCode.auth);
    expect(result.stderr).toContain('profile "default"');
    const staging = await runCli(["--profile", "staging", "whoami"], {
      env: { LEANVIBE_BASE_URL: server.url, LEANVIBE_CONFIG_DIR: configDir },
    });
    expect(staging.code).toBe(0);
    expect(staging.stdout).toContain("Company Ltd");
  });

  it("logout revokes the session on the server and forgets it", async () => {
    server.on("POST", "/v1/auth/login", { json: tokens });
    server.on("POST", "/v1/auth/logout", { json: { success: true, message: "Logged out" } });
    const { deps, configDir } = await makeDeps(server.url);
    await login({ email: "admin@company.test", password: "pw" }, deps);
    const second = await makeDeps(server.url, { configDir });
    await logout({}, second.deps);
    const revoke = server.requests.find((r) => r.path === "/v1/auth/logout")!;
    expect(revoke.headers.authorization).toBe("Bearer access-1");
    expect(credentialsFile(configDir)).toEqual({});
    expect(second.io.stderrText()).toContain('Logged out (profile "default")');
  });

  it("logout still forgets the credentials when the server cannot be reached", async () => {
    const { deps, configDir } = await makeDeps(server.url);
    server.on("POST", "/v1/auth/login", { json: tokens });
    await login({ email: "admin@company.test", password: "pw" }, deps);
    const url = server.url;
    await server.stop();
    const second = await makeDeps(url, { configDir });
    await logout({}, second.deps);
    expect(second.io.stderrText()).toContain("warning: could not revoke the session");
    expect(credentialsFile(configDir)).toEqual({});
    server = await new ApiServer().start();
  });
});
