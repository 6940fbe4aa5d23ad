import { cpus } from "node:os";
import { isAbsolute, resolve } from "node:path";

/** Everything the server reads from its environment, validated once at start-up. */
export interface ServerConfig {
  host: string;
  port: number;
  /** PGlite's data directory; unused when databaseUrl is set. "memory://" keeps everything in memory. */
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** `development` validates responses; `production` refuses the test clock and skips response validation. */
  mode: "development" | "test" | "production";
  validateResponses: boolean;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Base URL the API is reachable at, used in links such as `tracking_url` and `pdf_url`. */
  publicUrl: string;
  /** Base URL of the web app, for `tracking_url`. */
  appUrl: string;
  /** Neither LEANVIBE_PUBLIC_URL nor LEANVIBE_APP_URL was given: both follow the address the server listens on. */
  publicUrlFromListener: boolean;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Largest JSON body accepted. */
  bodyLimitBytes: number;
  /** The model reference (local GGUF path or `hf:` URI); undefined means the default phi-3-mini. */
  model: string | undefined;
  modelsDir: string;
  /** CPU threads for inference; capped at the physical cores. */
  aiThreads: number;
  aiGpu: boolean | "auto";
  stripeSecretKey: string | undefined;
  stripeWebhookSecret: string | undefined;
  /** Requests per minute from one address on unauthenticated endpoints. */
  anonymousRateLimit: number;
  /** Grace period for in-flight requests on shutdown. */
  shutdownTimeoutMs: number;
  /** Base64 of 32 bytes that seal secrets at rest; when unset, read from (or created in) masterKeyFile. */
  masterKey: string | undefined;
  /** undefined with an in-memory database: a fresh key per process. */
  masterKeyFile: string | undefined;
  /** Where project workspaces (git repositories) live. */
  workspacesDir: string;
  /** Run an agent worker inside the API process (the default); off when separate workers run the tasks. */
  embeddedWorker: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

/** Flags given on the command line win over the environment. */
export type ConfigOverrides = Partial<Pick<ServerConfig, "host" | "port" | "dataDir" | "databaseUrl" | "redisUrl">>;

export function loadConfig(env: Env = process.env, overrides: ConfigOverrides = {}): ServerConfig {
  const problems: string[] = [];
  const str = (name: string, fallback: string) => {
    const v = env[name];
    return v === undefined || v === "" ? fallback : v;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
    const raw = str(name, fallback);
    if (!allowed.includes(raw as T)) {
      problems.push(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
      return fallback;
    }
    return raw as T;
  };
  const url = (name: string, value: string | undefined, protocols: string[]) => {
    if (value === undefined || value === "") return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must be a ${protocols.join(" or ")} URL, got "${parsed.protocol}"`);
      }
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return value;
  };

  const mode = oneOf("NODE_ENV", "development", ["development", "test", "production"] as const);
  const port = overrides.port ?? int("PORT", 8080, 0, 65535);
  if (overrides.port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    problems.push(`--port must be a whole number from 0 to 65535, got "${overrides.port}"`);
  }
  const host = overrides.host ?? str("HOST", "127.0.0.1");
  const rawDataDir = overrides.dataDir ?? str("LEANVIBE_DATA_DIR", "./.leanvibe/data");
  const dataDir = rawDataDir === "memory://" || isAbsolute(rawDataDir) ? rawDataDir : resolve(rawDataDir);
  const databaseUrl = url("DATABASE_URL", overrides.databaseUrl ?? env.DATABASE_URL, ["postgres:", "postgresql:"]);
  const redisUrl = url("REDIS_URL", overrides.redisUrl ?? env.REDIS_URL, ["redis:", "rediss:"]);
  const publicUrl = (
    url("LEANVIBE_PUBLIC_URL", env.LEANVIBE_PUBLIC_URL, ["http:", "https:"]) ??
    `http://${host.includes(":") ? `[${host}]` : host}:${port}`
  ).replace(/\/$/, "");
  const appUrl = (url("LEANVIBE_APP_URL", env.LEANVIBE_APP_URL, ["http:", "https:"]) ?? publicUrl).replace(/\/$/, "");
  const physicalCores = Math.max(1, cpus().length);
  const aiThreads = int("LEANVIBE_AI_THREADS", physicalCores, 1, 1024);
  const gpuRaw = oneOf("LEANVIBE_AI_GPU", "false", ["auto", "true", "false"] as const);
  const validateRaw = env.LEANVIBE_VALIDATE_RESPONSES;
  if (validateRaw !== undefined && !["true", "false", ""].includes(validateRaw)) {
    problems.push(`LEANVIBE_VALIDATE_RESPONSES must be true or false, got "${validateRaw}"`);
  }

  const config: ServerConfig = {
    host,
    port,
    dataDir,
    databaseUrl,
    redisUrl,
    mode,
    validateResponses: validateRaw ? validateRaw === "true" : mode !== "production",
    logLevel: oneOf("LOG_LEVEL", mode === "test" ? "silent" : "info", [
      "fatal",
      "error",
      "warn",
      "info",
      "debug",
      "trace",
      "silent",
    ] as const),
    publicUrl,
    appUrl,
    publicUrlFromListener: !env.LEANVIBE_PUBLIC_URL && !env.LEANVIBE_APP_URL,
    jwtIssuer: str("LEANVIBE_JWT_ISSUER", publicUrl),
    jwtAudience: str("LEANVIBE_JWT_AUDIENCE", "leanvibe-api"),
    accessTokenTtlSeconds: int("LEANVIBE_ACCESS_TOKEN_TTL", 3600, 30, 86400),
    refreshTokenTtlSeconds: int("LEANVIBE_REFRESH_TOKEN_TTL", 30 * 86400, 60, 365 * 86400),
    bodyLimitBytes: int("LEANVIBE_BODY_LIMIT", 1024 * 1024, 1024, 100 * 1024 * 1024),
    model: env.LEANVIBE_MODEL || undefined,
    modelsDir: str(
      "LEANVIBE_MODELS_DIR",
      dataDir === "memory://" ? resolve(".leanvibe/models") : resolve(dataDir, "../models"),
    ),
    aiThreads: Math.min(aiThreads, physicalCores),
    aiGpu: gpuRaw === "auto" ? "auto" : gpuRaw === "true",
    stripeSecretKey: env.STRIPE_SECRET_KEY || undefined,
    stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET || undefined,
    anonymousRateLimit: int("LEANVIBE_ANONYMOUS_RATE_LIMIT", 300, 1, 1_000_000),
    shutdownTimeoutMs: int("LEANVIBE_SHUTDOWN_TIMEOUT_MS", 10_000, 0, 600_000),
    masterKey: env.LEANVIBE_MASTER_KEY || undefined,
    masterKeyFile:
      dataDir === "memory://" && !databaseUrl
        ? undefined
        : resolve(str("LEANVIBE_HOME", dataDir === "memory://" ? ".leanvibe" : resolve(dataDir, "..")), "master.key"),
    embeddedWorker: oneOf("LEANVIBE_EMBEDDED_WORKER", "true", ["true", "false"] as const) === "true",
    workspacesDir: resolve(
      str(
        "LEANVIBE_WORKSPACES_DIR",
        resolve(dataDir === "memory://" ? ".leanvibe" : resolve(dataDir, ".."), "workspaces"),
      ),
    ),
  };
  if (config.masterKey !== undefined && Buffer.from(config.masterKey, "base64").length !== 32) {
    problems.push("LEANVIBE_MASTER_KEY must be the base64 encoding of 32 random bytes (openssl rand -base64 32)");
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
