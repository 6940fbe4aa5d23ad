import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./e2e/support/binary.js";
import { tempConfigDir } from "./support/harness.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const bin = join(dist, "bin.js");
const tracer = fileURLToPath(new URL("./support/trace-loads.mjs", import.meta.url));

/** Files `file` imports statically (`import … from "./x.js"`), transitively. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(dist, file), "utf8");
  for (const match of source.matchAll(/^\s*import\s+(?:[^"'()]*?\s+from\s+)?["']([^"']+)["'];?$/gm)) {
    const target = match[1]!;
    if (target.startsWith("./")) staticGraph(target.slice(2), seen);
    else seen.add(target);
  }
  return seen;
}

/** Runs the built CLI and lists every module it loaded. */
function loadedModules(args: string[]): { stdout: string; status: number | null; modules: string[] } {
  const trace = join(tempConfigDir(), "trace.txt");
  const result = spawnSync(process.execPath, ["--import", tracer, bin, ...args], {
    env: { ...process.env, LEANVIBE_TRACE_FILE: trace, LEANVIBE_CONFIG_DIR: tempConfigDir() },
    encoding: "utf8",
  });
  let modules: string[] = [];
  try {
    modules = readFileSync(trace, "utf8").split("\n").filter(Boolean);
  } catch {
    modules = [];
  }
  return { stdout: result.stdout, status: result.status, modules };
}

const heavy = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(ink|react|conf|ajv|@napi-rs|@leanvibe)\//;

describe("the built binary", () => {
  // Built only when stale, under the lock the end-to-end tests share: a clean rebuild while they run would pull
  // dist/ from under them.
  beforeAll(() => ensureBuilt(), 120_000);

  it("starts with a shebang and statically imports no Ink, React, conf, keychain or SDK code", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
    const graph = [...staticGraph("bin.js")];
    expect(graph.filter((name) => !name.startsWith("node:") && !name.endsWith(".js"))).toEqual([]);
    for (const file of graph.filter((name) => name.endsWith(".js"))) {
      const source = readFileSync(join(dist, file), "utf8");
      expect(source, file).not.toMatch(
        /from\s+["'](ink|react|react\/jsx-runtime|conf|@napi-rs\/keyring|@leanvibe\/enterprise-sdk)["']/,
      );
    }
  });

  it("--version prints the package version and loads nothing but the entry", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    const run = loadedModules(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
    expect(
      run.modules.filter((url) => url.startsWith("file:") && !url.endsWith("/dist/bin.js") && !url.includes("trace-")),
    ).toEqual([]);
  });

  it("--help loads the program chunk (commander bundled in) but no Ink, React, conf, keychain or SDK", () => {
    const run = loadedModules(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: leanvibe");
    // commander is bundled into the program chunk.
    expect(run.modules.some((url) => /\/dist\/program-[A-Z0-9]+\.js$/.test(url))).toBe(true);
    expect(run.modules.filter((url) => heavy.test(url))).toEqual([]);
  });

  it("tasks watch --help does not load the interactive view either", () => {
    const run = loadedModules(["tasks", "watch", "--help"]);
    expect(run.status).toBe(0);
    expect(run.modules.filter((url) => heavy.test(url))).toEqual([]);
  });
});
