import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { WebhookOptions } from "../../src/modules/webhooks/index.js";
import { loadConfig } from "../../src/platform/config.js";
import { migrate, openDatabase, withPlatform } from "../../src/platform/db/index.js";
import { type RunningServer, startServer } from "../../src/server.js";
import { seedTenantWithKey } from "../support/seed.js";
import { eventually, type Receiver, startReceiver } from "./receiver.js";

describe("webhook deliveries across a restart", () => {
  let home: string | undefined;
  let receiver: Receiver | undefined;
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close().catch(() => {});
    await receiver?.close();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("sends, after the server restarts on the same data, a delivery that was waiting for its retry", async () => {
    home = await mkdtemp(join(tmpdir(), "leanvibe-webhooks-restart-"));
    const dataDir = join(home, "data");
    const seed = await openDatabase({ kind: "pglite", dataDir });
    await migrate(seed);
    const { secret } = await seedTenantWithKey(seed, { slug: "durable-hooks", plan: "team" });
    await seed.close();

    const config = loadConfig({
      NODE_ENV: "test",
      LEANVIBE_DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
      LEANVIBE_WORKSPACES_DIR: join(home, "workspaces"),
      LEANVIBE_MODEL: join(home, "no-model.gguf"),
    });
    const start = async (webhooks: WebhookOptions) => {
      const server = await startServer(config, { webhooks });
      servers.push(server);
      return server;
    };
    const call = (server: RunningServer, method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));

    receiver = await startReceiver([500]);
    // The first server would retry only after a minute: it stops long before that.
    const first = await start({ pollIntervalMs: 25, retry: { baseMs: 60_000 } });
    const hook = await call(first, "POST", "/v1/admin/webhooks", { url: receiver.url, events: ["project.created"] });
    expect(hook.status).toBe(201);
    expect((await call(first, "POST", "/v1/projects", { name: "Survivor" })).status).toBe(201);
    await receiver.waitFor(1);
    await eventually(async () => {
      const list = await call(first, "GET", `/v1/admin/webhooks/${hook.body.id}/deliveries?status=failed`);
      return list.body.data.length === 1 ? true : undefined;
    });
    await first.close();

    // Make the waiting delivery due now, as if the minute had passed while the server was down.
    const db = await openDatabase({ kind: "pglite", dataDir });
    await withPlatform(db, "test: fast-forward the retry", (trx) =>
      trx
        .updateTable("webhook_deliveries")
        .set({ next_attempt_at: new Date(Date.now() - 1000) })
        .execute(),
    );
    await db.close();

    const second = await start({ pollIntervalMs: 25 });
    await receiver.waitFor(2);
    const done = await eventually(async () => {
      const list = await call(second, "GET", `/v1/admin/webhooks/${hook.body.id}/deliveries?status=succeeded`);
      return list.body.data[0];
    });
    expect(done).toMatchObject({ attempts: 2, response_status: 200 });
    const ids = receiver.received.map((r) => JSON.parse(r.rawBody).id);
    expect(ids[1]).toBe(ids[0]);
  }, 120_000);
});
