// One side of `pnpm bench:server`, run in its own process: `full` starts the reference server (production mode, no
// logging) with a seeded tenant and prints its URL and a user's access token; `bare` starts a bare Express app with
// one JSON route. Prints one JSON line, then serves until killed.
import { randomUUID } from "node:crypto";
import express from "express";
import { hashToken, newOpaqueToken } from "../src/platform/auth/tokens.js";
import { loadConfig } from "../src/platform/config.js";
import { withPlatform } from "../src/platform/db/index.js";
import { startServer } from "../src/server.js";

const [mode, databaseUrl] = process.argv.slice(2);
// Exit cleanly on SIGINT, so that --cpu-prof can write its profile.
process.on("SIGINT", () => process.exit(0));

if (mode === "bare") {
  const app = express();
  app.get("/v1/tenants/me/info", (_req, res) => {
    res.json({ id: randomUUID(), organization_name: "Bench", status: "active" });
  });
  const server = app.listen(0, "127.0.0.1", () => {
    console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` }));
  });
} else {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    PORT: "0",
    LEANVIBE_DATA_DIR: "memory://",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    LEANVIBE_MODEL: "/nonexistent.gguf",
  });
  const server = await startServer(config);
  const { db, keys } = server.services;
  const { tenantId, userId, sessionId } = await withPlatform(db, "bench: seed", async (trx) => {
    const tenant = await trx
      .insertInto("tenants")
      .values({
        slug: `bench-${randomUUID().slice(0, 8)}`,
        organization_name: "Bench",
        display_name: "Bench",
        status: "active",
        plan: "enterprise",
        configuration: "{}",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const user = await trx
      .insertInto("users")
      .values({ tenant_id: tenant.id, email: "bench@example.test", role: "owner", status: "active" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const session = await trx
      .insertInto("sessions")
      .values({
        tenant_id: tenant.id,
        user_id: user.id,
        refresh_token_hash: hashToken(newOpaqueToken("lvr_")),
        family_id: randomUUID(),
        expires_at: new Date(Date.now() + 86_400_000),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { tenantId: tenant.id, userId: user.id, sessionId: session.id };
  });
  const token = await keys.sign(
    { sub: userId, tenant_id: tenantId, role: "owner", sid: sessionId, jti: randomUUID(), email: "bench@example.test" },
    3600,
  );
  console.log(JSON.stringify({ url: server.url, token, database: db.kind }));
}
