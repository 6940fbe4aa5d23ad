import type { Migration } from "../migrate.js";
import { APP_ROLE } from "../roles.js";
import { platformPath, tenantScoped } from "./sql.js";

/**
 * Billing: customers at the provider, subscriptions with their dunning state, payment methods, invoices with
 * lines, proration items waiting for the next invoice, payments, metered usage and Stripe events seen.
 * Every time is written by the server from its clock (never `now()`), so the test clock moves billing too.
 * Money is integer cents.
 */
const sql = /* sql */ `
create table billing_customers (
  tenant_id uuid primary key references tenants (id) on delete cascade,
  provider text not null check (provider in ('local', 'stripe')),
  provider_customer_id text not null,
  created_at timestamptz not null
);
create unique index billing_customers_provider on billing_customers (provider, provider_customer_id);
${tenantScoped("billing_customers")}

-- period_index -1 is the trial; paid periods are whole months counted from billing_anchor.
create table subscriptions (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  plan text not null check (plan in ('developer', 'team', 'enterprise')),
  status text not null check (status in ('trialing', 'active', 'past_due', 'canceled', 'unpaid')),
  provider text not null check (provider in ('local', 'stripe')),
  provider_subscription_id text,
  billing_anchor timestamptz not null,
  period_index integer not null,
  current_period_start timestamptz not null,
  current_period_end timestamptz not null,
  trial_end timestamptz,
  cancel_at_period_end boolean not null default false,
  canceled_at timestamptz,
  payment_failed_at timestamptz,
  payment_retry_count integer not null default 0,
  next_payment_retry_at timestamptz,
  paid_features_blocked_at timestamptz,
  suspended_for_payment_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index subscriptions_one_live on subscriptions (tenant_id) where status <> 'canceled';
create unique index subscriptions_provider_id on subscriptions (provider_subscription_id)
  where provider_subscription_id is not null;
${tenantScoped("subscriptions")}

-- behaviour: what a local-ledger test card does when charged.
create table payment_methods (
  id text primary key,
  tenant_id uuid not null references tenants (id) on delete cascade,
  provider text not null check (provider in ('local', 'stripe')),
  brand text not null,
  last4 text not null,
  exp_month integer not null,
  exp_year integer not null,
  behaviour text not null check (behaviour in ('succeed', 'decline', 'insufficient_funds')),
  is_default boolean not null default false,
  created_at timestamptz not null
);
create index payment_methods_tenant on payment_methods (tenant_id, created_at);
${tenantScoped("payment_methods")}

create sequence invoice_number_seq;
grant usage, select on sequence invoice_number_seq to ${APP_ROLE};

create table invoices (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  subscription_id uuid references subscriptions (id) on delete set null,
  number text not null unique,
  status text not null check (status in ('draft', 'open', 'paid', 'void', 'uncollectible')),
  subtotal integer not null,
  tax integer not null,
  total integer not null,
  amount_paid integer not null default 0,
  amount_due integer not null,
  currency text not null default 'USD',
  region text not null,
  tax_rate_bps integer not null,
  issue_date timestamptz not null,
  due_date timestamptz not null,
  paid_at timestamptz,
  period_start timestamptz not null,
  period_end timestamptz not null,
  usage jsonb not null default '{}',
  provider text not null check (provider in ('local', 'stripe')),
  provider_invoice_id text unique,
  attempt_count integer not null default 0,
  created_at timestamptz not null
);
create index invoices_tenant on invoices (tenant_id, issue_date);
${tenantScoped("invoices")}

create table invoice_lines (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  invoice_id uuid not null references invoices (id) on delete cascade,
  position integer not null,
  type text not null check (type in ('base', 'proration', 'overage', 'tax', 'credit')),
  description text not null,
  quantity double precision not null,
  unit_amount integer not null,
  amount integer not null,
  period_start timestamptz,
  period_end timestamptz
);
create index invoice_lines_invoice on invoice_lines (invoice_id, position);
${tenantScoped("invoice_lines")}

-- Prorations from plan changes wait here for the next invoice, as at Stripe.
create table pending_invoice_items (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  subscription_id uuid not null references subscriptions (id) on delete cascade,
  type text not null check (type in ('proration', 'credit')),
  description text not null,
  quantity double precision not null,
  unit_amount integer not null,
  amount integer not null,
  period_start timestamptz,
  period_end timestamptz,
  invoice_id uuid references invoices (id) on delete set null,
  created_at timestamptz not null
);
create index pending_invoice_items_open on pending_invoice_items (subscription_id) where invoice_id is null;
${tenantScoped("pending_invoice_items")}

create table payments (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  invoice_id uuid not null references invoices (id) on delete cascade,
  amount integer not null,
  status text not null check (status in ('succeeded', 'failed', 'refunded')),
  failure_code text,
  payment_method_id text,
  created_at timestamptz not null
);
create index payments_tenant on payments (tenant_id, created_at);
${tenantScoped("payments")}

create table usage_records (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  metric text not null check (metric in ('api_calls', 'storage_gb', 'ai_requests', 'active_users')),
  quantity double precision not null,
  recorded_at timestamptz not null,
  created_at timestamptz not null
);
create index usage_records_tenant on usage_records (tenant_id, metric, recorded_at);
${tenantScoped("usage_records")}

-- How much of each platform usage counter (api_calls monthly, ai_requests daily) has been billed already.
create table usage_billed (
  tenant_id uuid not null references tenants (id) on delete cascade,
  metric text not null,
  counter_period_start timestamptz not null,
  billed bigint not null,
  primary key (tenant_id, metric, counter_period_start)
);
${tenantScoped("usage_billed")}

-- Subscription history for revenue analytics: new, expansion, contraction, churn.
create table subscription_changes (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  subscription_id uuid not null references subscriptions (id) on delete cascade,
  kind text not null check (kind in ('created', 'activated', 'plan_changed', 'canceled')),
  from_plan text,
  to_plan text,
  mrr_delta integer not null,
  occurred_at timestamptz not null
);
create index subscription_changes_time on subscription_changes (occurred_at);
${tenantScoped("subscription_changes")}

-- Stripe events processed, by id: a redelivered event is acknowledged and not applied twice.
create table stripe_events (
  id text primary key,
  type text not null,
  tenant_id uuid references tenants (id) on delete set null,
  received_at timestamptz not null
);
alter table stripe_events enable row level security;
alter table stripe_events force row level security;
create policy platform_path on stripe_events using (${platformPath}) with check (${platformPath});
`;

export const billingSchema: Migration = { version: 5, name: "billing", sql };
