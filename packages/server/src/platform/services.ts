import type { LlamaEngine } from "../agent/engine/index.js";
import type { SecretBox } from "./auth/secret-box.js";
import type { KeyRing } from "./auth/signing-keys.js";
import type { Clock } from "./clock.js";
import type { ServerConfig } from "./config.js";
import type { Database } from "./db/index.js";
import type { EventDispatcher } from "./events.js";
import type { CounterStore } from "./limits/counters.js";
import type { Logger } from "./logger.js";
import type { RequestMetrics } from "./metrics.js";
import type { TenantDirectory } from "./tenant-directory.js";

/** What every module gets: built once at start-up by `createServer`. */
export interface PlatformServices {
  config: ServerConfig;
  db: Database;
  logger: Logger;
  clock: Clock;
  tenants: TenantDirectory;
  keys: KeyRing;
  box: SecretBox;
  events: EventDispatcher;
  counters: CounterStore;
  metrics: RequestMetrics;
  ai: AiRuntime;
}

/** The local model: an engine when a model file is available, otherwise the reason there is none. */
export interface AiRuntime {
  engine: LlamaEngine | undefined;
  /** What LEANVIBE_MODEL (or the default) names. */
  modelRef: string;
  /** The generated tiny test model, known before it is loaded. */
  tiny: boolean;
  unavailableReason: string | undefined;
}
