import type { WebSocket } from "ws";
import type { TaskUpdates } from "../../agent/pipeline/index.js";
import { withTenant } from "../../platform/db/index.js";
import { invalid, notFound } from "../../platform/errors.js";
import type { WebSocketEndpoint, WebSocketRequest } from "../../platform/http/websocket.js";
import type { PlatformServices } from "../../platform/services.js";
import { requireTenant } from "../tenants/handlers.js";

const FINAL = new Set(["completion", "error"]);

/**
 * `GET /v1/tasks/{task_id}/updates`: replays the events after `last_event_id`, then streams new ones, and closes
 * after `completion` or `error`. Another tenant's task is "not found", before the upgrade.
 */
export function taskUpdatesEndpoint(s: PlatformServices, updates: TaskUpdates): WebSocketEndpoint {
  const lastEventId = (req: WebSocketRequest) => {
    const raw = req.query.get("last_event_id");
    if (raw === null) return 0;
    if (!/^\d{1,15}$/.test(raw)) throw invalid("last_event_id", "must be a whole number of 0 or more");
    return Number(raw);
  };
  return {
    async accept(req) {
      const tenantId = requireTenant(req.principal);
      lastEventId(req);
      const taskId = req.params.task_id ?? "";
      if (!/^[0-9a-f-]{36}$/i.test(taskId)) throw invalid("task_id", "must be a uuid");
      const found = await withTenant(s.db, tenantId, (trx) =>
        trx.selectFrom("tasks").select("id").where("id", "=", taskId).executeTakeFirst(),
      );
      if (!found) throw notFound("Task", taskId);
    },
    open(socket: WebSocket, req) {
      const tenantId = requireTenant(req.principal);
      const taskId = req.params.task_id!;
      let stop: (() => void) | undefined;
      let closed = false;
      const finish = () => {
        closed = true;
        stop?.();
      };
      socket.on("close", finish);
      socket.on("error", finish);
      // Keep idle connections alive through proxies; a dead peer is dropped.
      let alive = true;
      socket.on("pong", () => {
        alive = true;
      });
      const ping = setInterval(() => {
        if (!alive) return socket.terminate();
        alive = false;
        socket.ping();
      }, 30_000);
      ping.unref();
      socket.on("close", () => clearInterval(ping));
      updates
        .subscribe(tenantId, taskId, lastEventId(req), (message) => {
          if (closed) return;
          socket.send(JSON.stringify(message));
          if (FINAL.has(message.type)) {
            finish();
            socket.close(1000, message.type);
          }
        })
        .then((unsubscribe) => {
          stop = unsubscribe;
          if (closed) unsubscribe();
        })
        .catch((err) => {
          s.logger.error({ err, task_id: taskId }, "task updates subscription failed");
          socket.close(1011, "server error");
        });
    },
  };
}
