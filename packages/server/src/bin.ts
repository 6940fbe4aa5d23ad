import { Command, InvalidArgumentError } from "commander";
import { ConfigError, type ConfigOverrides, loadConfig, type ServerConfig } from "./platform/config.js";

const program = new Command("leanvibe-server")
  .description("The LeanVibe Enterprise reference server")
  .version(process.env.npm_package_version ?? "0.1.0")
  .showHelpAfterError();

function storageOptions(cmd: Command): Command {
  return cmd
    .option("--data-dir <dir>", "embedded database directory (LEANVIBE_DATA_DIR, default ./.leanvibe/data)")
    .option("--database-url <url>", "use a PostgreSQL server instead (DATABASE_URL)");
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError("must be a whole number from 0 to 65535");
  return n;
}

function config(opts: {
  host?: string;
  port?: number;
  dataDir?: string;
  databaseUrl?: string;
  redisUrl?: string;
}): ServerConfig {
  const overrides: ConfigOverrides = {};
  if (opts.host) overrides.host = opts.host;
  if (opts.port !== undefined) overrides.port = opts.port;
  if (opts.dataDir) overrides.dataDir = opts.dataDir;
  if (opts.databaseUrl) overrides.databaseUrl = opts.databaseUrl;
  if (opts.redisUrl) overrides.redisUrl = opts.redisUrl;
  return loadConfig(process.env, overrides);
}

storageOptions(
  program
    .command("start")
    .description("run the API server (migrates the database first)")
    .option("--host <host>", "address to listen on (HOST)")
    .option("--port <port>", "port to listen on (PORT, default 8080)", port)
    .option("--redis-url <url>", "share rate-limit counters through Redis (REDIS_URL)"),
).action(async (opts) => {
  const { startServer } = await import("./server.js");
  const server = await startServer(config(opts));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.services.logger.info({ signal }, "shutting down: draining in-flight requests");
    server.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
});

storageOptions(program.command("migrate").description("apply database migrations and exit")).action(async (opts) => {
  const { openConfiguredDatabase } = await import("./server.js");
  const { migrate, assertRlsEnforced } = await import("./platform/db/index.js");
  const db = await openConfiguredDatabase(config(opts));
  try {
    const report = await migrate(db);
    await assertRlsEnforced(db);
    console.log(
      report.applied.length > 0
        ? `Applied migrations ${report.applied.join(", ")} to ${db.kind} ${db.location}`
        : `${db.kind} ${db.location} is up to date (${report.alreadyApplied} migrations)`,
    );
  } finally {
    await db.close();
  }
});

storageOptions(
  program
    .command("seed-demo")
    .description("create a platform admin, the demo tenant `acme`, its owner and a developer API key")
    .option("--json", "print the credentials as JSON"),
).action(async (opts) => {
  const { openConfiguredDatabase } = await import("./server.js");
  const { migrate } = await import("./platform/db/index.js");
  const { seedDemo } = await import("./seed/demo.js");
  const db = await openConfiguredDatabase(config(opts));
  try {
    await migrate(db);
    const creds = await seedDemo(db);
    if (opts.json) {
      console.log(JSON.stringify(creds, null, 2));
    } else {
      console.log(`Demo data is ready in ${db.kind} ${db.location}
  platform admin   ${creds.platform_admin.email} / ${creds.platform_admin.password}
  tenant           ${creds.tenant.slug} (${creds.tenant.id})
  owner            ${creds.owner.email} / ${creds.owner.password}
  developer key    ${creds.developer_api_key.secret}
These are demo credentials: never use them on a server others can reach.`);
    }
  } finally {
    await db.close();
  }
});

program
  .command("worker")
  .description("run agent workers against a shared PostgreSQL server (DATABASE_URL), e.g. on a machine with a GPU")
  .option("--database-url <url>", "the PostgreSQL server the API servers use (DATABASE_URL)")
  .option("--concurrency <n>", "tasks run at once (default 1)", (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("must be a whole number from 1 to 64");
    return n;
  })
  .action(async (opts) => {
    const cfg = config(opts);
    if (!cfg.databaseUrl) {
      throw new Error(
        "worker needs a PostgreSQL server (--database-url or DATABASE_URL): the embedded database allows one process, and `start` already runs a worker inside the server",
      );
    }
    const { openConfiguredDatabase } = await import("./server.js");
    const { migrate } = await import("./platform/db/index.js");
    const { LlamaEngine } = await import("./agent/engine/index.js");
    const { resolveModel, DEFAULT_MODEL_URI } = await import("./agent/models/index.js");
    const { startWorker } = await import("./agent/pipeline/index.js");
    const { createLogger } = await import("./platform/logger.js");
    const logger = createLogger(cfg.logLevel);
    const modelPath = await resolveModel(cfg.model ?? DEFAULT_MODEL_URI, cfg.modelsDir);
    const db = await openConfiguredDatabase(cfg);
    await migrate(db);
    const engine = new LlamaEngine({ modelPath, gpu: cfg.aiGpu, maxThreads: cfg.aiThreads });
    const worker = await startWorker({
      db,
      engine,
      workspacesDir: cfg.workspacesDir,
      postgresUrl: cfg.databaseUrl,
      concurrency: opts.concurrency ?? 1,
      onError: (err) => logger.warn({ err }, "agent worker error"),
    });
    logger.info({ worker: worker.workerId, model: modelPath }, `agent worker ${worker.workerId} waiting for tasks`);
    const stop = async () => {
      logger.info("stopping: running tasks are handed back to the queue");
      await worker.stop();
      await engine.dispose();
      await db.close();
      process.exit(0);
    };
    process.once("SIGTERM", () => void stop());
    process.once("SIGINT", () => void stop());
  });

const models = program.command("models").description("manage local AI models");
models
  .command("pull [uri]")
  .description("download a model into the cache (default: phi-3-mini, about 2.4 GB); resumes")
  .action(async (uri: string | undefined) => {
    const { pullModel, DEFAULT_MODEL_URI } = await import("./agent/models/index.js");
    const cfg = config({});
    let last = 0;
    const result = await pullModel(uri ?? cfg.model ?? DEFAULT_MODEL_URI, {
      cacheDir: cfg.modelsDir,
      onProgress: (p) => {
        const now = Date.now();
        if (now - last < 500 && p.downloadedBytes !== p.totalBytes) return;
        last = now;
        const pct = p.totalBytes ? ((p.downloadedBytes / p.totalBytes) * 100).toFixed(1) : "?";
        const width = 30;
        const filled = p.totalBytes ? Math.round((p.downloadedBytes / p.totalBytes) * width) : 0;
        process.stderr.write(
          `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${pct}% ${(p.downloadedBytes / 1e6).toFixed(1)} MB`,
        );
      },
    });
    process.stderr.write("\n");
    console.log(`Model ready at ${result.path}`);
  });
models
  .command("list")
  .description("list cached models")
  .option("--json", "print JSON")
  .action(async (opts) => {
    const { listModels } = await import("./agent/models/index.js");
    const cfg = config({});
    const list = await listModels(cfg.modelsDir);
    if (opts.json) console.log(JSON.stringify(list, null, 2));
    else if (list.length === 0) console.log(`No models in ${cfg.modelsDir}. Run \`leanvibe-server models pull\`.`);
    else for (const m of list) console.log(`${m.path}\t${(m.sizeBytes / 1e6).toFixed(1)} MB`);
  });
models
  .command("tiny [path]")
  .description("write the tiny random-weight test model (a few hundred KB; output is not real code)")
  .action(async (path: string | undefined) => {
    const { writeTinyModel } = await import("./agent/models/index.js");
    const { join } = await import("node:path");
    const target = path ?? join(config({}).modelsDir, "leanvibe-tiny.gguf");
    await writeTinyModel(target, { seed: 42 });
    console.log(`Wrote the tiny test model to ${target}\nUse it with LEANVIBE_MODEL=${target}`);
  });

// --- single sign-on settings: the API has no operation for them, so administrators set them here ---
const sso = program.command("sso").description("single sign-on settings of a tenant");
storageOptions(
  sso
    .command("set <tenant-slug> <provider>")
    .description("set a tenant's Google, Microsoft (OpenID Connect) or SAML identity provider")
    .option(
      "--issuer <url>",
      "OpenID issuer (Google's by default; Microsoft: https://login.microsoftonline.com/<directory>/v2.0); SAML: the IdP entity id",
    )
    .option("--client-id <id>", "OpenID client id")
    .option("--client-secret <secret>", "OpenID client secret (sealed at rest)")
    .option("--saml-entry-point <url>", "SAML: the IdP's sign-on URL")
    .option("--saml-cert-file <path>", "SAML: the IdP's signing certificate (PEM file)")
    .option("--saml-audience <uri>", "SAML: the audience assertions must name (default urn:leanvibe:sp:<tenant-slug>)")
    .option("--disable", "keep the settings but refuse sign-ons through them"),
).action(async (slug: string, provider: string, opts) => {
  const { openConfiguredDatabase } = await import("./server.js");
  const { migrate } = await import("./platform/db/index.js");
  const { setSsoConnection, SSO_PROVIDERS } = await import("./modules/identity/sso/index.js");
  const { SecretBox } = await import("./platform/auth/secret-box.js");
  const { loadMasterKey } = await import("./platform/master-key.js");
  const { readFileSync } = await import("node:fs");
  if (!(SSO_PROVIDERS as readonly string[]).includes(provider)) {
    throw new InvalidArgumentError(`provider must be one of ${SSO_PROVIDERS.join(", ")}`);
  }
  const cfg = config(opts);
  const db = await openConfiguredDatabase(cfg);
  try {
    await migrate(db);
    const set = await setSsoConnection(db, new SecretBox(loadMasterKey(cfg)), slug, provider as "saml", {
      issuer: opts.issuer,
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      samlEntryPoint: opts.samlEntryPoint,
      samlCert: opts.samlCertFile ? readFileSync(opts.samlCertFile, "utf8") : undefined,
      samlAudience: opts.samlAudience,
      enabled: !opts.disable,
    });
    const base = cfg.publicUrl;
    console.log(
      provider === "saml"
        ? `SAML is set up for ${slug}: ACS URL ${base}/v1/auth/saml/sso, audience ${set.audience}, RelayState ${slug}`
        : `${provider} sign-on is set up for ${slug} (issuer ${set.issuer}); register the redirect URI ${base}/v1/auth/sso/${provider}/callback`,
    );
  } finally {
    await db.close();
  }
});
// --- end of single sign-on settings ---

storageOptions(program.command("verify-audit").description("check the audit log's hash chains")).action(
  async (opts) => {
    const { openConfiguredDatabase } = await import("./server.js");
    const { verifyAuditChain } = await import("./platform/db/index.js");
    const db = await openConfiguredDatabase(config(opts));
    try {
      const result = await verifyAuditChain(db);
      console.log(JSON.stringify(result, null, 2));
      if (!result.ok) process.exitCode = 1;
    } finally {
      await db.close();
    }
  },
);

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(`leanvibe-server: ${(err as Error).message ?? err}`);
  process.exit(1);
});
