import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, openDatabase } from "../../src/platform/db/index.js";
import { exitOf, startServerProcess } from "../support/process.js";
import { seedTenantWithKey } from "../support/seed.js";

describe("persistence on the embedded database", () => {
  const home = mkdtempSync(join(tmpdir(), "leanvibe-persist-"));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill("SIGKILL");
    rmSync(home, { recursive: true, force: true });
  });

  /** A data directory with one tenant and an owner key, and a server process on it. */
  async function prepare(name: string) {
    const dataDir = join(home, name);
    const db = await openDatabase({ kind: "pglite", dataDir });
    await migrate(db);
    const { secret } = await seedTenantWithKey(db, { slug: name });
    await db.close();
    return { dataDir, secret };
  }

  async function start(dataDir: string) {
    const server = await startServerProcess(["--data-dir", dataDir], {
      LEANVIBE_MODEL: join(dataDir, "no-model.gguf"),
    });
    children.push(server.child);
    return server;
  }

  const put = (url: string, secret: string, name: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/v1/tenants/me/info`, {
      method: "PUT",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json", ...headers },
      body: JSON.stringify({ display_name: name }),
    });

  it("keeps every acknowledged write after the server is killed with SIGKILL and restarted", async () => {
    const { dataDir, secret } = await prepare("durable");
    const first = await start(dataDir);
    // A burst of writes; the process dies as soon as some have been acknowledged, others still in flight.
    const acknowledged: string[] = [];
    const answers: (number | string)[] = [];
    let settled = 0;
    const writes = Array.from({ length: 12 }, (_, i) =>
      put(first.url, secret, `name-${i}`, { "idempotency-key": `write-name-${i}` })
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
    await exitOf(first.child);

    const second = await start(dataDir);
    for (const name of acknowledged) {
      // The replay of an acknowledged request is answered from what was committed before the kill.
      const replay = await put(second.url, secret, name, { "idempotency-key": `write-${name}` });
      expect(replay.status).toBe(200);
      expect(replay.headers.get("idempotent-replayed"), `write ${name} was acknowledged but is gone`).toBe("true");
      expect(((await replay.json()) as { display_name: string }).display_name).toBe(name);
    }
    const info = (await (
      await fetch(`${second.url}/v1/tenants/me/info`, { headers: { authorization: `Bearer ${secret}` } })
    ).json()) as { slug: string };
    expect(info.slug).toBe("durable");
    second.child.kill("SIGTERM");
    await exitOf(second.child);
  }, 240_000);

  it("drains on SIGTERM: every request the server accepted is answered, then it exits 0", async () => {
    const { dataDir, secret } = await prepare("drain");
    const server = await start(dataDir);
    const answers: (number | string)[] = [];
    const requests = Array.from({ length: 20 }, (_, i) =>
      // One connection per request: a reused keep-alive socket closed while idle would blur what "accepted" means.
      put(server.url, secret, `drain-${i}`, { connection: "close" }).then(
        (r) => answers.push(r.status),
        (err: Error) => answers.push((err.cause as { code?: string } | undefined)?.code ?? err.message),
      ),
    );
    while (answers.length === 0) await new Promise((r) => setTimeout(r, 2));
    const started = Date.now();
    const exited = exitOf(server.child);
    server.child.kill("SIGTERM");
    await Promise.all(requests);
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(answers.filter((a) => a === 200).length).toBeGreaterThan(0);
    // Every HTTP answer is a success; the rest never reached the application (refused, or reset by the kernel
    // while still in the listen backlog when the listener closed).
    for (const a of answers) if (typeof a === "number") expect(a).toBe(200);
    for (const a of answers)
      if (typeof a === "string") expect(["ECONNREFUSED", "ECONNRESET", "UND_ERR_SOCKET"]).toContain(a);
  }, 240_000);
});
