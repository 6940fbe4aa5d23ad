import { createHash } from "node:crypto";
import { currentContext } from "./context.js";
import { canonicalJson, type Database, withTenant } from "./db/index.js";
import { ApiError } from "./errors.js";

export interface StoredResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  binary?: unknown;
}

export interface IdempotencyStore {
  /**
   * Runs `fn` once per (tenant, key): a repeat with the same request answers the stored response; with a
   * different request, `409`; while the first is still running, `409` too. 5xx answers are not stored, so a
   * retry after a server error runs again.
   */
  run(
    request: { tenantId: string; key: string; method: string; path: string; body: unknown },
    fn: () => Promise<StoredResponse>,
  ): Promise<StoredResponse>;
}

const TTL_MS = 24 * 3600 * 1000;

export function createIdempotencyStore(db: Database, now: () => Date = () => new Date()): IdempotencyStore {
  return {
    async run(request, fn) {
      const requestHash = createHash("sha256")
        .update(`${request.method.toUpperCase()} ${request.path}\n${canonicalJson(request.body ?? null)}`)
        .digest("hex");
      const t = now();
      const claimed = await withTenant(db, request.tenantId, async (trx) => {
        await trx.deleteFrom("idempotency_keys").where("key", "=", request.key).where("expires_at", "<=", t).execute();
        const inserted = await trx
          .insertInto("idempotency_keys")
          .values({
            tenant_id: request.tenantId,
            key: request.key,
            method: request.method.toUpperCase(),
            path: request.path,
            request_hash: requestHash,
            expires_at: new Date(t.getTime() + TTL_MS),
          })
          .onConflict((oc) => oc.columns(["tenant_id", "key"]).doNothing())
          .returning("key")
          .executeTakeFirst();
        if (inserted) return null;
        return trx
          .selectFrom("idempotency_keys")
          .select(["request_hash", "status_code", "response_body"])
          .where("key", "=", request.key)
          .executeTakeFirstOrThrow();
      });
      if (claimed) {
        if (claimed.request_hash !== requestHash) {
          throw new ApiError("conflict", "This Idempotency-Key was already used with a different request", {
            idempotency_key: request.key,
          });
        }
        if (claimed.status_code === null) {
          throw new ApiError("conflict", "A request with this Idempotency-Key is still being processed", {
            idempotency_key: request.key,
          });
        }
        const stored = claimed.response_body as { body?: unknown; headers?: Record<string, string> } | null;
        return {
          status: claimed.status_code,
          body: stored?.body,
          headers: { ...(stored?.headers ?? {}), "Idempotent-Replayed": "true" },
        };
      }
      let response: StoredResponse;
      try {
        response = await fn();
      } catch (err) {
        const status = err instanceof ApiError ? err.status : 500;
        await withTenant(db, request.tenantId, async (trx) => {
          if (status >= 500 || !(err instanceof ApiError)) {
            await trx.deleteFrom("idempotency_keys").where("key", "=", request.key).execute();
          } else {
            await trx
              .updateTable("idempotency_keys")
              .set({
                status_code: status,
                response_body: JSON.stringify({ body: err.toBody(currentContext()?.requestId ?? "unknown") }),
              })
              .where("key", "=", request.key)
              .execute();
          }
        });
        throw err;
      }
      await withTenant(db, request.tenantId, (trx) =>
        trx
          .updateTable("idempotency_keys")
          .set({
            status_code: response.status,
            response_body: response.binary ? null : JSON.stringify({ body: response.body, headers: response.headers }),
          })
          .where("key", "=", request.key)
          .execute(),
      );
      return response;
    },
  };
}
