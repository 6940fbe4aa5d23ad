import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  entry: { bin: "src/bin.ts" },
  format: ["esm"],
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  // Commands, `conf`, the SDK and the interactive views are split into their own chunks, loaded when used:
  // `--version` and `--help` read only the entry and the command tree.
  splitting: true,
  banner: { js: "#!/usr/bin/env node" },
  // Baked in so `--version` needs no file read.
  define: { __LEANVIBE_VERSION__: JSON.stringify(version) },
});
