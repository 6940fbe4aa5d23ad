import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

export interface MetricsSnapshot {
  requestsPerMinute: number;
  averageResponseMs: number;
  errorRate: number;
  uptimeSeconds: number;
}

export interface RequestMetrics {
  record(operationId: string, status: number, ms: number): void;
  /** Figures over the last minute, for /v1/health. */
  snapshot(): MetricsSnapshot;
  prometheus(): Promise<string>;
  readonly contentType: string;
}

/** Prometheus metrics at /metrics, and a one-minute sliding window of per-second buckets for /v1/health. */
export function createMetrics(now: () => number = Date.now): RequestMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "leanvibe_http_requests_total",
    help: "HTTP requests by operation and status",
    labelNames: ["operation", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "leanvibe_http_request_duration_seconds",
    help: "HTTP request duration",
    labelNames: ["operation"] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const started = now();
  const buckets = new Map<number, { count: number; totalMs: number; errors: number }>();

  return {
    contentType: registry.contentType,
    record(operationId, status, ms) {
      requests.inc({ operation: operationId, status: String(status) });
      duration.observe({ operation: operationId }, ms / 1000);
      const second = Math.floor(now() / 1000);
      const b = buckets.get(second) ?? { count: 0, totalMs: 0, errors: 0 };
      b.count += 1;
      b.totalMs += ms;
      if (status >= 500) b.errors += 1;
      buckets.set(second, b);
      if (buckets.size > 120) for (const k of buckets.keys()) if (k < second - 60) buckets.delete(k);
    },
    snapshot() {
      const from = Math.floor(now() / 1000) - 60;
      let count = 0;
      let totalMs = 0;
      let errors = 0;
      for (const [k, b] of buckets) {
        if (k <= from) continue;
        count += b.count;
        totalMs += b.totalMs;
        errors += b.errors;
      }
      return {
        requestsPerMinute: count,
        averageResponseMs: count ? Math.round((totalMs / count) * 10) / 10 : 0,
        errorRate: count ? errors / count : 0,
        uptimeSeconds: Math.round((now() - started) / 1000),
      };
    },
    prometheus: () => registry.metrics(),
  };
}
