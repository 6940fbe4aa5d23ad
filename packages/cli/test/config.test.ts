import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEnvironment } from "../src/config/environment.js";
import { configDirectory } from "../src/config/paths.js";
import { ExitCode } from "../src/exit-codes.js";
import { runCli, tempConfigDir } from "./support/harness.js";

describe("config", () => {
  it("set writes the profile's setting through conf and get reads it back", async () => {
    const dir = tempConfigDir();
    const env = { LEANVIBE_CONFIG_DIR: dir };
    expect((await runCli(["config", "set", "base_url", "https://api.example.test/"], { env })).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "config.json"), "utf8")).profiles.default.base_url).toBe(
      "https://api.example.test",
    );
    const get = await runCli(["config", "get", "base_url"], { env });
    expect(get.stdout).toBe("https://api.example.test\n");
  });

  it("each profile has its own base URL, defaulting to the local server", async () => {
    const dir = tempConfigDir();
    const env = { LEANVIBE_CONFIG_DIR: dir };
    await runCli(["--profile", "prod", "config", "set", "base_url", "https://api.leanvibe.test"], { env });
    expect((await runCli(["config", "get", "base_url"], { env })).stdout).toBe("http://127.0.0.1:8080\n");
    expect((await runCli(["--profile", "prod", "config", "get", "base_url"], { env })).stdout).toBe(
      "https://api.leanvibe.test\n",
    );
    expect((await runCli(["config", "get", "base_url"], { env: { ...env, LEANVIBE_PROFILE: "prod" } })).stdout).toBe(
      "https://api.leanvibe.test\n",
    );
  });

  it("LEANVIBE_BASE_URL and --base-url override the profile's server", async () => {
    const dir = tempConfigDir();
    writeFileSync(
      join(dir, "config.json"),
      JSON.stringify({ profiles: { default: { base_url: "https://from-profile.test" } } }),
    );
    const env = { LEANVIBE_CONFIG_DIR: dir, LEANVIBE_BASE_URL: "https://from-env.test" };
    expect((await runCli(["config", "get", "base_url"], { env })).stdout).toBe("https://from-env.test\n");
    expect((await runCli(["--base-url", "https://from-flag.test", "config", "get", "base_url"], { env })).stdout).toBe(
      "https://from-flag.test\n",
    );
  });

  it("set profile switches the current profile", async () => {
    const env = { LEANVIBE_CONFIG_DIR: tempConfigDir() };
    await runCli(["config", "set", "profile", "staging"], { env });
    expect((await runCli(["config", "get", "profile"], { env })).stdout).toBe("staging\n");
  });

  it("list prints the profile's settings, and --all --json every profile", async () => {
    const env = { LEANVIBE_CONFIG_DIR: tempConfigDir() };
    await runCli(["config", "set", "project", "p-1"], { env });
    await runCli(["--profile", "ci", "config", "set", "timeout", "30"], { env });
    expect((await runCli(["config", "list"], { env })).stdout).toBe(
      "default\tbase_url\thttp://127.0.0.1:8080\ndefault\tproject\tp-1\n",
    );
    const all = JSON.parse((await runCli(["--json", "config", "list", "--all"], { env })).stdout);
    expect(all).toEqual({
      current_profile: "default",
      profiles: {
        ci: { base_url: "http://127.0.0.1:8080", timeout: "30" },
        default: { base_url: "http://127.0.0.1:8080", project: "p-1" },
      },
    });
  });

  it("rejects unknown keys and malformed values with exit 2", async () => {
    const env = { LEANVIBE_CONFIG_DIR: tempConfigDir() };
    const unknown = await runCli(["config", "set", "colour", "blue"], { env });
    expect(unknown.code).toBe(ExitCode.usage);
    expect(unknown.stderr).toContain('unknown key "colour"');
    const bad = await runCli(["config", "set", "base_url", "ftp://x"], { env });
    expect(bad.code).toBe(ExitCode.usage);
    expect((await runCli(["config", "set", "timeout", "-1"], { env })).code).toBe(ExitCode.usage);
  });

  it("finds the platform's settings directory when LEANVIBE_CONFIG_DIR is not set", () => {
    expect(configDirectory(readEnvironment({ HOME: "/home/ada" }), "linux")).toBe("/home/ada/.config/leanvibe");
    expect(configDirectory(readEnvironment({ HOME: "/home/ada", XDG_CONFIG_HOME: "/xdg" }), "linux")).toBe(
      "/xdg/leanvibe",
    );
    expect(configDirectory(readEnvironment({ HOME: "/Users/ada" }), "darwin")).toBe(
      "/Users/ada/Library/Preferences/leanvibe",
    );
    expect(configDirectory(readEnvironment({ LEANVIBE_CONFIG_DIR: "/tmp/x", HOME: "/h" }), "linux")).toBe("/tmp/x");
  });

  it("treats CI and GITHUB_ACTIONS as CI mode", () => {
    expect(readEnvironment({ CI: "true" }).ci).toBe(true);
    expect(readEnvironment({ GITHUB_ACTIONS: "true" })).toMatchObject({ ci: true, githubActions: true });
    expect(readEnvironment({ CI: "false" }).ci).toBe(false);
  });
});
