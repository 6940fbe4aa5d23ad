import type { Migration } from "../migrate.js";
import { tenantScoped } from "./sql.js";

/**
 * Webhook endpoints and their deliveries.
 *
 * The endpoint's secret is sealed with the master key (SecretBox), not hashed: the server needs it back to
 * sign every delivery. A delivery row is the queue entry itself: claiming uses FOR UPDATE SKIP LOCKED and a
 * lease (locked_until), so a delivery held by a process that died is sent again once its lease lapses.
 * One event reaches one endpoint once (webhook_deliveries_once); a redelivery is a new row naming the one it
 * repeats, so the history of earlier attempts stays visible.
 */
const sql = /* sql */ `
create table webhook_endpoints (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  url text not null,
  events text[] not null check (cardinality(events) > 0),
  description text,
  enabled boolean not null default true,
  secret_sealed text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, id)
);
create index webhook_endpoints_tenant on webhook_endpoints (tenant_id, created_at);
create trigger webhook_endpoints_updated_at before update on webhook_endpoints
  for each row execute function set_updated_at();
${tenantScoped("webhook_endpoints")}

create table webhook_deliveries (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  endpoint_id uuid not null,
  event_id uuid not null,
  event_type text not null,
  event_data jsonb not null,
  event_created_at timestamptz not null,
  redelivery_of uuid,
  status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed', 'dead')),
  attempts integer not null default 0,
  max_attempts integer not null default 8 check (max_attempts > 0),
  next_attempt_at timestamptz default now(),
  locked_by text,
  locked_until timestamptz,
  response_status integer,
  last_error text,
  delivered_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (tenant_id, endpoint_id) references webhook_endpoints (tenant_id, id) on delete cascade
);
create unique index webhook_deliveries_once on webhook_deliveries (endpoint_id, event_id) where redelivery_of is null;
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status in ('pending', 'failed');
create index webhook_deliveries_endpoint on webhook_deliveries (endpoint_id, created_at desc);
create trigger webhook_deliveries_updated_at before update on webhook_deliveries
  for each row execute function set_updated_at();
${tenantScoped("webhook_deliveries")}
`;

export const webhooksSchema: Migration = { version: 6, name: "webhooks", sql };
