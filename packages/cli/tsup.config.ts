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
  // commander is bundled: it is needed by every command but --version, and as one chunk it loads faster than its
  // own nine CommonJS files. Ink, React, conf, the keychain module and the SDK stay external and load on demand.
  noExternal: ["commander"],
  // The bundled CommonJS of commander calls require() for Node built-ins.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __leanvibeRequire } from "node:module";\nconst require = __leanvibeRequire(import.meta.url);',
  },
  // Baked in so `--version` needs no file read.
  define: { __LEANVIBE_VERSION__: JSON.stringify(version) },
});
