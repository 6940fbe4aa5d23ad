import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashToken, newApiKeySecret } from "../../src/platform/auth/tokens.js";
import { migrate, openDatabase, withPlatform } from "../../src/platform/db/index.js";

const bin = join(import.meta.dirname, "../../src/bin.ts");

function start(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", bin, "start", "--port", "0", "--data-dir", dataDir], {
      env: { ...process.env, LOG_LEVEL: "info", NODE_ENV: "test", LEANVIBE_MODEL: join(dataDir, "no-model.gguf") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on("data", (chunk) => {
      out += chunk;
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe("persistence on the embedded database", () => {
  const home = mkdtempSync(join(tmpdir(), "leanvibe-persist-"));
  const dataDir = join(home, "data");
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
    rmSync(home, { recursive: true, force: true });
  });

  it("keeps every acknowledged write after the server is killed with SIGKILL and restarted", async () => {
    const key = newApiKeySecret();
    const db = await openDatabase({ kind: "pglite", dataDir });
    await migrate(db);
    await withPlatform(db, "test: seed", async (trx) => {
      const tenant = await trx
        .insertInto("tenants")
        .values({
          slug: "durable",
          organization_name: "Durable",
          display_name: "Durable",
          status: "active",
          plan: "enterprise",
          configuration: "{}",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("api_keys")
        .values({
          tenant_id: tenant.id,
          name: "owner-key",
          prefix: key.prefix,
          secret_hash: hashToken(key.secret),
          scopes: ["*"],
          role: "owner",
        })
        .execute();
    });
    await db.close();

    const first = await start(dataDir);
    children.push(first.child);
    const put = (url: string, name: string) =>
      fetch(`${url}/v1/tenants/me/info`, {
        method: "PUT",
        headers: {
          authorization: `Bearer ${key.secret}`,
          "content-type": "application/json",
          "idempotency-key": `write-${name}`,
        },
        body: JSON.stringify({ display_name: name }),
      });
    // A burst of writes; the process dies as soon as some have been acknowledged, others still in flight.
    const acknowledged: string[] = [];
    const writes = Array.from({ length: 12 }, (_, i) =>
      put(first.url, `name-${i}`)
        .then((res) => {
          if (res.status === 200) acknowledged.push(`name-${i}`);
        })
        .catch(() => {}),
    );
    while (acknowledged.length < 3) await new Promise((r) => setTimeout(r, 5));
    first.child.kill("SIGKILL");
    await Promise.all(writes);
    await new Promise((r) => first.child.once("exit", r));
    expect(acknowledged.length).toBeGreaterThanOrEqual(3);

    const second = await start(dataDir);
    children.push(second.child);
    for (const name of acknowledged) {
      const replay = await put(second.url, name);
      expect(replay.status).toBe(200);
      expect(replay.headers.get("idempotent-replayed"), `write ${name} was acknowledged but is gone`).toBe("true");
      expect(((await replay.json()) as any).display_name).toBe(name);
    }
    const info: any = await (
      await fetch(`${second.url}/v1/tenants/me/info`, { headers: { authorization: `Bearer ${key.secret}` } })
    ).json();
    expect(info.slug).toBe("durable");
    second.child.kill("SIGTERM");
    await new Promise((r) => second.child.once("exit", r));
  }, 240_000);
});
