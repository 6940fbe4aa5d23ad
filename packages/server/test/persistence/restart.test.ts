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
    const answers: (number | string)[] = [];
    let settled = 0;
    const writes = Array.from({ length: 12 }, (_, i) =>
      put(first.url, `name-${i}`)
        .then((res) => {
          answers.push(res.status);
          if (res.status === 200) acknowledged.push(`name-${i}`);
        })
        .catch((err: Error) => answers.push(err.message))
        .finally(() => {
          settled += 1;
        }),
    );
    while (acknowledged.length < 3 && settled < 12) await new Promise((r) => setTimeout(r, 5));
    expect(acknowledged.length, `answers before the kill: ${JSON.stringify(answers)}`).toBeGreaterThanOrEqual(3);
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

  it("drains on SIGTERM: every request the server accepted is answered, then it exits 0", async () => {
    const key = newApiKeySecret();
    const drainDir = join(home, "drain");
    const db = await openDatabase({ kind: "pglite", dataDir: drainDir });
    await migrate(db);
    await withPlatform(db, "test: seed", async (trx) => {
      const tenant = await trx
        .insertInto("tenants")
        .values({
          slug: "drain",
          organization_name: "Drain",
          display_name: "Drain",
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
          name: "k",
          prefix: key.prefix,
          secret_hash: hashToken(key.secret),
          scopes: ["*"],
          role: "owner",
        })
        .execute();
    });
    await db.close();
    const server = await start(drainDir);
    children.push(server.child);
    const answers: (number | string)[] = [];
    const requests = Array.from({ length: 20 }, (_, i) =>
      fetch(`${server.url}/v1/tenants/me/info`, {
        method: "PUT",
        // One connection per request: a reused keep-alive socket closed while idle would blur what "accepted" means.
        headers: { authorization: `Bearer ${key.secret}`, "content-type": "application/json", connection: "close" },
        body: JSON.stringify({ display_name: `drain-${i}` }),
      }).then(
        (r) => answers.push(r.status),
        // Sent after the listener closed: refused at connect, never half-answered.
        (err: Error) => answers.push((err.cause as { code?: string } | undefined)?.code ?? err.message),
      ),
    );
    while (answers.length === 0) await new Promise((r) => setTimeout(r, 2));
    const started = Date.now();
    const exited = new Promise<number | null>((r) => server.child.once("exit", (code) => r(code)));
    server.child.kill("SIGTERM");
    await Promise.all(requests);
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(answers.filter((a) => a === 200).length).toBeGreaterThan(0);
    for (const a of answers) expect([200, "ECONNREFUSED"]).toContain(a);
  }, 240_000);
});
