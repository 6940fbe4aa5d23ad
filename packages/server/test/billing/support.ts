import { randomUUID } from "node:crypto";
import { Clock } from "../../src/platform/clock.js";
import { withPlatform } from "../../src/platform/db/index.js";
import type { StartOptions } from "../../src/server.js";
import type { EngineKind } from "../support/database.js";
import { startTestServer, type TestServer } from "../support/server.js";

export const DAY = 86_400_000;

/** A server whose clock stands still except when advanced: every billing instant is known to the second. */
export async function startBillingServer(
  kind: EngineKind,
  startMs: number,
  env: Record<string, string> = {},
  options: Omit<StartOptions, "db" | "clock"> = {},
) {
  const t = await startTestServer(kind, env, { ...options, clock: new Clock(() => startMs) });
  const admin = await t.seedPlatformAdmin();
  const clock = t.server.services.clock;
  const adminToken = () =>
    t.server.services.keys.sign(
      {
        sub: admin.id,
        tenant_id: null,
        role: "platform_admin",
        sid: randomUUID(),
        jti: randomUUID(),
        email: admin.email,
      },
      3600,
      clock.now(),
    );
  return {
    t,
    clock,
    async advanceTo(at: Date) {
      const hours = Math.round((at.getTime() - clock.nowMs()) / 3_600_000);
      if (hours < 0) throw new Error(`cannot go back to ${at.toISOString()}`);
      const res = await t.request("POST", "/v1/admin/clock/advance", { token: await adminToken(), body: { hours } });
      if (res.status !== 200) throw new Error(`advance failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { now: string; offset_seconds: number; jobs_run: Record<string, number> };
    },
    adminToken,
  };
}

/** A tenant with an owner API key (keys do not expire, so they survive a year on the test clock). */
export async function billingTenant(t: TestServer, residency: "us" | "eu" | "uk" | "ca" | "ap", plan = "developer") {
  const tenant = await t.seedTenant({ plan: plan as "developer" });
  await withPlatform(t.server.services.db, "test: residency", (trx) =>
    trx.updateTable("tenants").set({ data_residency: residency }).where("id", "=", tenant.id).execute(),
  );
  const key = await t.apiKey(tenant.id, { role: "owner" });
  return {
    ...tenant,
    call: <T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
      t.request<T>(method, path, { token: key, body, headers }),
  };
}
