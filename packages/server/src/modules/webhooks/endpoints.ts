import { type Selectable, sql } from "kysely";
import { audit } from "../../platform/audit.js";
import type { SecretBox } from "../../platform/auth/secret-box.js";
import { type Database, type Tx, withTenant } from "../../platform/db/index.js";
import type { WebhookEndpointsTable } from "../../platform/db/schema.js";
import { notFound } from "../../platform/errors.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import { checkDestination } from "./destination.js";
import { newWebhookSecret } from "./signature.js";

type EndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookEndpoint = Schemas["WebhookEndpoint"];
type EventType = Schemas["WebhookEventType"];

export interface Page {
  limit?: number;
  offset?: number;
}

export function pageOf(page: Page): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(page.limit ?? 20, 1), 100), offset: Math.max(page.offset ?? 0, 0) };
}

export function endpointOf(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: row.events as EventType[],
    description: row.description,
    enabled: row.enabled,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** The endpoint, seen through the tenant's row-level security: another tenant's endpoint is simply not found. */
export async function findEndpoint(trx: Tx, endpointId: string): Promise<EndpointRow> {
  const row = await trx.selectFrom("webhook_endpoints").selectAll().where("id", "=", endpointId).executeTakeFirst();
  if (!row) throw notFound("Webhook endpoint", endpointId);
  return row;
}

/** Webhook endpoints of a tenant: where its events go and the secret they are signed with. */
export class WebhookEndpoints {
  constructor(
    private readonly db: Database,
    private readonly box: SecretBox,
    private readonly allowPrivateNetworks: boolean,
  ) {}

  async create(
    tenantId: string,
    body: Schemas["CreateWebhookEndpointRequest"],
  ): Promise<Schemas["WebhookEndpointWithSecret"]> {
    const url = await checkDestination(body.url, this.allowPrivateNetworks);
    const secret = body.secret ?? newWebhookSecret();
    return withTenant(this.db, tenantId, async (trx) => {
      const row = await trx
        .insertInto("webhook_endpoints")
        .values({
          tenant_id: tenantId,
          url,
          events: [...new Set(body.events)],
          description: body.description ?? null,
          enabled: body.enabled ?? true,
          secret_sealed: this.box.seal(secret),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, {
        tenantId,
        action: "webhook.endpoint_created",
        category: "admin",
        targetType: "webhook_endpoint",
        targetId: row.id,
        result: "success",
        details: { url, events: row.events },
      });
      return { ...endpointOf(row), secret };
    });
  }

  list(tenantId: string, page: Page): Promise<Schemas["WebhookEndpointList"]> {
    const { limit, offset } = pageOf(page);
    return withTenant(this.db, tenantId, async (trx) => {
      const rows = await trx
        .selectFrom("webhook_endpoints")
        .selectAll()
        .orderBy("created_at")
        .orderBy("id")
        .limit(limit)
        .offset(offset)
        .execute();
      const { total } = await trx
        .selectFrom("webhook_endpoints")
        .select(sql<number>`count(*)::int`.as("total"))
        .executeTakeFirstOrThrow();
      return {
        data: rows.map(endpointOf),
        pagination: { limit, offset, total, has_more: offset + rows.length < total },
      };
    });
  }

  get(tenantId: string, endpointId: string): Promise<WebhookEndpoint> {
    return withTenant(this.db, tenantId, async (trx) => endpointOf(await findEndpoint(trx, endpointId)));
  }

  async update(
    tenantId: string,
    endpointId: string,
    body: Schemas["UpdateWebhookEndpointRequest"],
  ): Promise<WebhookEndpoint> {
    const url = body.url === undefined ? undefined : await checkDestination(body.url, this.allowPrivateNetworks);
    return withTenant(this.db, tenantId, async (trx) => {
      await findEndpoint(trx, endpointId);
      const row = await trx
        .updateTable("webhook_endpoints")
        .set({
          ...(url !== undefined ? { url } : {}),
          ...(body.events !== undefined ? { events: [...new Set(body.events)] } : {}),
          ...(body.description !== undefined ? { description: body.description } : {}),
          ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
        })
        .where("id", "=", endpointId)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, {
        tenantId,
        action: "webhook.endpoint_updated",
        category: "admin",
        targetType: "webhook_endpoint",
        targetId: endpointId,
        result: "success",
        details: { fields: Object.keys(body) },
      });
      return endpointOf(row);
    });
  }

  /** Deleting an endpoint drops its deliveries, pending ones included (the foreign key cascades). */
  remove(tenantId: string, endpointId: string): Promise<void> {
    return withTenant(this.db, tenantId, async (trx) => {
      const row = await findEndpoint(trx, endpointId);
      await trx.deleteFrom("webhook_endpoints").where("id", "=", endpointId).execute();
      await audit(trx, {
        tenantId,
        action: "webhook.endpoint_deleted",
        category: "admin",
        targetType: "webhook_endpoint",
        targetId: endpointId,
        result: "success",
        details: { url: row.url },
      });
    });
  }
}
