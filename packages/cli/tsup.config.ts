import { defineConfig } from "tsup";

export default defineConfig({
  entry: { bin: "src/bin.ts" },
  format: ["esm"],
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  // Interactive views are split into their own chunks so Ink and React load only when used.
  splitting: true,
  banner: { js: "#!/usr/bin/env node" },
});
