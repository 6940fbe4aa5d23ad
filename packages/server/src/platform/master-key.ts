import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { ServerConfig } from "./config.js";

/**
 * The key that seals secrets at rest. From LEANVIBE_MASTER_KEY when set (every process of a deployment
 * shares it); otherwise from a 0600 file beside the data, created on first start; in memory, a fresh one.
 */
export function loadMasterKey(config: ServerConfig): Buffer {
  if (config.masterKey) return Buffer.from(config.masterKey, "base64");
  if (!config.masterKeyFile) return randomBytes(32);
  try {
    const key = Buffer.from(readFileSync(config.masterKeyFile, "utf8").trim(), "base64");
    if (key.length !== 32) throw new Error(`${config.masterKeyFile} does not hold a 32-byte base64 key`);
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    const key = randomBytes(32);
    mkdirSync(dirname(config.masterKeyFile), { recursive: true });
    writeFileSync(config.masterKeyFile, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    return key;
  }
}
