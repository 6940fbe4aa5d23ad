import { sql } from "kysely";
import { withPlatform } from "../../platform/db/index.js";
import type { Handlers, Schemas } from "../../platform/http/handler-types.js";
import type { PlatformServices } from "../../platform/services.js";
import { TenantService } from "../tenants/service.js";

type HealthHandlers = Pick<Handlers, "getHealth" | "getAiHealth" | "getTenantHealth" | "getOpenApiDocument">;
type Probe = Schemas["ServiceProbe"];

async function timed(fn: () => Promise<Record<string, unknown> | undefined>): Promise<Probe> {
  const started = performance.now();
  try {
    const extra = (await fn()) ?? {};
    return { status: "healthy", response_time_ms: Math.round((performance.now() - started) * 100) / 100, ...extra };
  } catch (err) {
    return { status: "unhealthy", error: (err as Error).message };
  }
}

export function healthHandlers(s: PlatformServices, spec: Record<string, unknown>): HealthHandlers {
  const tenants = new TenantService(s);
  return {
    async getHealth() {
      const database = await timed(async () => {
        await s.db.query("select 1");
        return { engine: s.db.kind };
      });
      const cache = await timed(async () => {
        await s.counters.ping();
        return { backend: s.counters.kind };
      });
      const aiServices = await timed(async () => {
        const queued = await withPlatform(s.db, "health: queue depth", (trx) =>
          trx
            .selectFrom("tasks")
            .select(sql<number>`count(*)::int`.as("n"))
            .where("status", "in", ["queued", "in_progress"])
            .executeTakeFirstOrThrow(),
        );
        const status = s.ai.engine?.status();
        return { queue_depth: queued.n, model_loaded: status?.loaded ?? false, model_available: Boolean(s.ai.engine) };
      });
      if (!s.ai.engine && aiServices.status === "healthy") aiServices.status = "degraded";
      const billing: Probe = { status: "healthy", provider: s.config.stripeSecretKey ? "stripe" : "local" };
      const m = s.metrics.snapshot();
      const services = {
        api: { status: "healthy" as const, response_time_ms: m.averageResponseMs },
        database,
        cache,
        ai_services: aiServices,
        billing,
      };
      const statuses = Object.values(services).map((p) => p.status);
      const status =
        database.status === "unhealthy" ? "unhealthy" : statuses.every((x) => x === "healthy") ? "healthy" : "degraded";
      const body: Schemas["Health"] = {
        status,
        timestamp: s.clock.now().toISOString(),
        version: String((spec.info as { version?: string } | undefined)?.version ?? "unknown"),
        services,
        metrics: {
          requests_per_minute: m.requestsPerMinute,
          average_response_time: m.averageResponseMs,
          error_rate: Math.round(m.errorRate * 10_000) / 10_000,
          // Availability of this process since it started, measured by its own answers.
          uptime_percentage: Math.round((1 - m.errorRate) * 10_000) / 100,
          uptime_seconds: m.uptimeSeconds,
        },
      };
      return status === "unhealthy" ? { status: 200 as const, body } : { status: 200 as const, body };
    },

    async getAiHealth() {
      const engine = s.ai.engine;
      const st = engine?.status();
      return {
        status: 200,
        body: {
          status: !engine ? "unhealthy" : st?.lastError ? "degraded" : "healthy",
          model: st?.loaded ? st.modelName : s.ai.tiny ? "leanvibe-tiny" : (st?.modelName ?? s.ai.modelRef),
          model_loaded: st?.loaded ?? false,
          inference_ready: Boolean(engine) && !st?.lastError,
          tiny_model: s.ai.tiny,
          confidence_score: null,
          performance: {
            last_inference_time_ms: st?.lastInferenceMs ?? null,
            average_tokens_per_second: st?.averageTokensPerSecond ?? null,
            memory_efficiency: !engine ? (s.ai.unavailableReason ?? "no model") : st?.loaded ? "good" : "not loaded",
          },
        },
      };
    },

    async getTenantHealth(req) {
      const info = await tenants.get(req.principal, req.path.tenant_id);
      const util = {
        users: info.current_usage.users_count / info.quotas.max_users,
        projects: info.current_usage.projects_count / info.quotas.max_projects,
        api_calls: info.current_usage.api_calls_this_month / info.quotas.max_api_calls_per_month,
        ai_requests: info.current_usage.ai_requests_today / info.quotas.max_ai_requests_per_day,
        concurrent_sessions: info.current_usage.concurrent_sessions / info.quotas.max_concurrent_sessions,
      };
      const active = await withPlatform(s.db, "health: tenant tasks", (trx) =>
        trx
          .selectFrom("tasks")
          .select(sql<number>`count(*)::int`.as("n"))
          .where("tenant_id", "=", info.id)
          .where("status", "in", ["queued", "in_progress"])
          .executeTakeFirstOrThrow(),
      );
      const worst = Math.max(...Object.values(util));
      return {
        status: 200,
        body: {
          tenant_id: info.id,
          status: info.status === "suspended" ? "unhealthy" : worst >= 0.9 ? "degraded" : "healthy",
          tenant_status: info.status,
          checked_at: s.clock.now().toISOString(),
          quota_utilization: Object.fromEntries(
            Object.entries(util).map(([k, v]) => [k, Math.round(v * 10_000) / 10_000]),
          ),
          active_tasks: active.n,
        },
      };
    },

    async getOpenApiDocument() {
      return { status: 200, body: spec };
    },
  };
}
