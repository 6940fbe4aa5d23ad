import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

describe("browser bundle", () => {
  it("bundles src/index.ts for the browser without any Node built-in, ws or undici", async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes("openapi-fetch"))).toBe(true);
    expect(inputs.filter((path) => /node_modules\/(ws|undici)\//.test(path) || path.startsWith("node:"))).toEqual([]);
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/["']node:[a-z_/]+["']/);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).toContain("LeanVibeClient");
  });
});
