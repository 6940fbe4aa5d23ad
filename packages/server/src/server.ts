import { existsSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { sql } from "kysely";
import { LlamaEngine } from "./agent/engine/index.js";
import { DEFAULT_MODEL_URI, isTinyModel, resolveModel } from "./agent/models/index.js";
import { type RunningWorker, startWorker, TaskUpdates } from "./agent/pipeline/index.js";
import openapiDocument from "./generated/openapi.json" with { type: "json" };
import { taskUpdatesEndpoint } from "./modules/agent/updates-socket.js";
import { type BillingOptions, billingOf } from "./modules/billing/index.js";
import { type IdentityOptions, identityOf } from "./modules/identity/index.js";
import { createHandlers } from "./modules/index.js";
import { type WebhookOptions, webhooksOf } from "./modules/webhooks/index.js";
import { createAuthenticator, type RevocationCheck } from "./platform/auth/authenticator.js";
import { SecretBox } from "./platform/auth/secret-box.js";
import { KeyRing } from "./platform/auth/signing-keys.js";
import { Clock } from "./platform/clock.js";
import type { ServerConfig } from "./platform/config.js";
import {
  assertRlsEnforced,
  type Database,
  migrate,
  openDatabase,
  withPlatform,
  withTenant,
} from "./platform/db/index.js";
import { EventDispatcher, recordEvent } from "./platform/events.js";
import { createApp } from "./platform/http/app.js";
import { attachWebSockets } from "./platform/http/websocket.js";
import { createIdempotencyStore } from "./platform/idempotency.js";
import { type CounterStore, memoryCounters, redisCounters } from "./platform/limits/counters.js";
import { createGate, monthlyApiCallsKey } from "./platform/limits/gate.js";
import { createLogger, type Logger } from "./platform/logger.js";
import { loadMasterKey } from "./platform/master-key.js";
import { createMetrics } from "./platform/metrics.js";
import type { AiRuntime, PlatformServices } from "./platform/services.js";
import { TenantDirectory } from "./platform/tenant-directory.js";

export interface RunningServer {
  url: string;
  port: number;
  services: PlatformServices;
  http: Server;
  /** Stops accepting, drains in-flight requests, then closes the database. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** An already open database (tests); it is closed with the server. */
  db?: Database;
  clock?: Clock;
  /** Revocation of sessions and tokens; by default the identity module's list (logout, reuse, removal). */
  revocations?: RevocationCheck;
  /** Lockout thresholds and revocation sync interval (tests shorten them). */
  identity?: IdentityOptions;
  /** Webhook delivery: private-network policy, retries and timeouts (tests shorten them). */
  webhooks?: WebhookOptions;
  /** Dunning schedule, suspension grace, job interval and Stripe endpoint of the billing module. */
  billing?: BillingOptions;
}

export function openConfiguredDatabase(config: ServerConfig): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: "postgres", url: config.databaseUrl })
    : openDatabase({ kind: "pglite", dataDir: config.dataDir });
}

/** Opens, migrates and checks the database, builds every service and the HTTP app, and listens. */
export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = options.db ?? (await openConfiguredDatabase(config));
  let counters: CounterStore | undefined;
  try {
    await migrate(db);
    await assertRlsEnforced(db);
    const box = new SecretBox(loadMasterKey(config));
    const keys = new KeyRing(db, box, config.jwtIssuer, config.jwtAudience);
    await keys.load();
    counters = config.redisUrl
      ? redisCounters(
          new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true }),
        )
      : memoryCounters();
    const clock = options.clock ?? new Clock();
    const services: PlatformServices = {
      config,
      db,
      logger,
      clock,
      tenants: new TenantDirectory(db),
      keys,
      box,
      events: new EventDispatcher(db, logger),
      counters,
      metrics: createMetrics(),
      ai: await resolveAi(config, logger),
    };
    const spec = openapiDocument as unknown as Record<string, unknown>;
    const identity = identityOf(services, options.identity);
    const webhooks = webhooksOf(services, options.webhooks);
    const meter = new UsageMeter(db, counters, logger);
    const billing = billingOf(services, options.billing);
    const gate = createGate({
      counters,
      tenants: services.tenants,
      anonymousPerMinute: config.anonymousRateLimit,
      now: () => clock.nowMs(),
      loadMonthlyApiCalls: (tenantId, monthStart) => meter.stored(tenantId, monthStart),
      onMetered: (tenantId, monthStart) => meter.touch(tenantId, monthStart),
      checkPaidFeature: billing.checkPaidFeature,
      onQuota: (event) => {
        void withTenant(db, event.tenantId, (trx) =>
          recordEvent(trx, event.tenantId, event.type, {
            quota_type: "api_calls",
            current_usage: event.currentUsage,
            quota_limit: event.quotaLimit,
            threshold: event.type === "tenant.quota_warning" ? 0.9 : 1,
          }),
        )
          .then(() => services.events.wake())
          .catch((err) => logger.error({ err }, "could not record a quota event"));
      },
    });
    const authenticator = createAuthenticator({
      db,
      keys,
      revocations: options.revocations ?? identity.revocations,
      now: () => clock.now(),
    });
    const app = createApp({
      config,
      logger,
      spec,
      // The identity handlers inside share `identity` (one per services), so a logout counts here at once.
      handlers: createHandlers(services, spec),
      authenticator,
      gate,
      idempotency: createIdempotencyStore(db, () => clock.now()),
      metrics: services.metrics,
    });
    const http = createHttpServer(app);
    http.keepAliveTimeout = 65_000;
    const updates = new TaskUpdates({
      db,
      postgresUrl: config.databaseUrl,
      onError: (err) => logger.warn({ err }, "task updates listener failed"),
    });
    await updates.start();
    const wss = attachWebSockets(http, {
      authenticator,
      gate,
      logger,
      endpoints: { subscribeTaskUpdates: taskUpdatesEndpoint(services, updates) },
    });
    // The embedded worker runs tasks in this process; `leanvibe-server worker` runs more elsewhere.
    let worker: RunningWorker | undefined;
    if (services.ai.engine && config.embeddedWorker) {
      worker = await startWorker({
        db,
        engine: services.ai.engine,
        workspacesDir: config.workspacesDir,
        postgresUrl: config.databaseUrl,
        onError: (err) => logger.warn({ err }, "agent worker error"),
      });
    }
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(config.port, config.host, () => resolve());
    });
    webhooks.start();
    services.events.start();
    meter.start();
    billing.start();
    // Housekeeping: expired revocations and idempotency records are only dead weight.
    const housekeeping = setInterval(() => {
      void identity.revocations.prune().catch((err) => logger.warn({ err }, "could not prune revocations"));
      void withPlatform(db, "expire idempotency keys", (trx) =>
        trx.deleteFrom("idempotency_keys").where("expires_at", "<", clock.now()).execute(),
      ).catch((err) => logger.warn({ err }, "could not expire idempotency keys"));
    }, 10 * 60_000);
    housekeeping.unref();
    const { port } = http.address() as AddressInfo;
    const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
    // Port 0 picks a free port: links in answers must name the port really bound.
    if (config.port === 0 && config.publicUrlFromListener) {
      config.publicUrl = url;
      config.appUrl = url;
    }
    logger.info(
      {
        url,
        database: `${db.kind} ${db.location}`,
        model: services.ai.engine?.status().modelName ?? services.ai.unavailableReason,
      },
      `LeanVibe reference server listening on ${url} (database: ${db.kind === "pglite" ? `embedded PGlite at ${db.location}` : `PostgreSQL ${db.location}`})`,
    );
    if (services.ai.tiny) {
      logger.warn(
        "The AI agent runs on the generated tiny test model: its output is random text, not real code generation",
      );
    }

    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        const drained = new Promise<void>((resolve) => http.close(() => resolve()));
        // Keep-alive connections go idle as their last answer is sent: close each one then, not at the timeout.
        const sweep = setInterval(() => http.closeIdleConnections(), 50);
        http.closeIdleConnections();
        const timeout = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownTimeoutMs).unref());
        await Promise.race([drained, timeout]);
        clearInterval(sweep);
        clearInterval(housekeeping);
        for (const client of wss.clients) client.close(1001, "server shutting down");
        http.closeAllConnections();
        await worker?.stop();
        await updates.close();
        wss.close();
        await services.events.stop();
        await webhooks.stop();
        await billing.stop();
        await meter.stop();
        await services.ai.engine?.dispose();
        await counters?.close();
        await db.close();
        logger.info("server stopped");
      })();
      return closing;
    };
    return { url, port, services, http, close };
  } catch (err) {
    await counters?.close();
    await db.close();
    throw err;
  }
}

/** The engine for the configured model, or the reason none can run yet. Nothing is loaded here. */
async function resolveAi(config: ServerConfig, logger: Logger): Promise<AiRuntime> {
  const modelRef = config.model ?? DEFAULT_MODEL_URI;
  try {
    const modelPath = await resolveModel(modelRef, config.modelsDir);
    if (!existsSync(modelPath)) throw new Error(`${modelPath} does not exist`);
    const engine = new LlamaEngine({ modelPath, gpu: config.aiGpu, maxThreads: config.aiThreads });
    const tiny = await isTinyModel(modelPath);
    if (tiny) logger.warn({ modelPath }, "using the generated tiny test model");
    return { engine, modelRef, tiny, unavailableReason: undefined };
  } catch (err) {
    const reason = `model not available: ${(err as Error).message}`;
    logger.warn({ model: modelRef }, `${reason} (\`leanvibe-server models tiny\` writes a small offline test model)`);
    return { engine: undefined, modelRef, tiny: false, unavailableReason: reason };
  }
}

/**
 * Writes each tenant's monthly API-call count from the fast counters into usage_counters every few seconds,
 * so usage survives restarts and is visible to every process.
 */
class UsageMeter {
  private dirty = new Map<string, Date>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly counters: CounterStore,
    private readonly logger: Logger,
    private readonly intervalMs = 5_000,
  ) {}

  touch(tenantId: string, monthStart: Date): void {
    this.dirty.set(tenantId, monthStart);
  }

  async stored(tenantId: string, monthStart: Date): Promise<number> {
    const row = await withTenant(this.db, tenantId, (trx) =>
      trx
        .selectFrom("usage_counters")
        .select("value")
        .where("tenant_id", "=", tenantId)
        .where("metric", "=", "api_calls")
        .where("period_start", "=", monthStart)
        .executeTakeFirst(),
    );
    return row?.value ?? 0;
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  flush(): Promise<void> {
    this.flushing ??= this.write().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async write(): Promise<void> {
    const batch = [...this.dirty];
    this.dirty.clear();
    for (const [tenantId, monthStart] of batch) {
      try {
        const value = await this.counters.get(monthlyApiCallsKey(tenantId, monthStart));
        await withTenant(this.db, tenantId, (trx) =>
          trx
            .insertInto("usage_counters")
            .values({ tenant_id: tenantId, metric: "api_calls", period_start: monthStart, value })
            .onConflict((oc) =>
              oc
                .columns(["tenant_id", "metric", "period_start"])
                .doUpdateSet({ value: sql`greatest(usage_counters.value, excluded.value)` }),
            )
            .execute(),
        );
      } catch (err) {
        this.logger.warn({ err, tenant_id: tenantId }, "could not write API-call usage; will retry");
        this.dirty.set(tenantId, monthStart);
      }
    }
  }
}
