import type { Migration } from "../migrate.js";
import { APP_ROLE } from "../roles.js";
import { grantAppRole, platformPath, tenantScoped } from "./sql.js";

/**
 * The initial schema. Every tenant-scoped table carries `tenant_id` and references its parents
 * through composite (tenant_id, id) keys, so a row can never point at another tenant's row even
 * though foreign-key checks themselves ignore row-level security.
 */
const sql = /* sql */ `
${grantAppRole}

create function set_updated_at() returns trigger language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end $$;

-- Platform table. A tenant sees its own row and its children's and may edit a few of its own
-- columns; creating tenants, suspending them or changing parentage is platform work.
create table tenants (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  organization_name text not null,
  display_name text not null,
  status text not null default 'trial' check (status in ('active', 'suspended', 'trial', 'cancelled')),
  plan text not null default 'developer' check (plan in ('developer', 'team', 'enterprise')),
  data_residency text not null default 'us' check (data_residency in ('us', 'eu', 'uk', 'ca', 'ap')),
  parent_tenant_id uuid references tenants (id),
  configuration jsonb not null default '{}',
  suspended_reason text,
  trial_ends_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (parent_tenant_id is null or parent_tenant_id <> id)
);
create index tenants_parent on tenants (parent_tenant_id) where parent_tenant_id is not null;
create trigger tenants_updated_at before update on tenants for each row execute function set_updated_at();
alter table tenants enable row level security;
alter table tenants force row level security;
create policy tenant_visibility on tenants for select
  using (id = nullif(current_setting('app.tenant_id', true), '')::uuid
      or parent_tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy tenant_self_update on tenants for update
  using (id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy platform_path on tenants using (${platformPath}) with check (${platformPath});
grant select, update (organization_name, display_name, plan, configuration) on tenants to ${APP_ROLE};

-- Platform operators live outside every tenant; the app role has no access at all.
create table platform_admins (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email)),
  name text,
  password_hash text,
  status text not null default 'active' check (status in ('active', 'disabled')),
  mfa_enabled boolean not null default false,
  mfa_totp_secret text,
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create trigger platform_admins_updated_at before update on platform_admins
  for each row execute function set_updated_at();

create table users (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  email text not null check (email = lower(email)),
  name text,
  password_hash text, -- null for single-sign-on-only accounts
  role text not null check (role in ('owner', 'admin', 'billing_admin', 'developer', 'viewer')),
  status text not null default 'active' check (status in ('active', 'invited', 'disabled')),
  mfa_enabled boolean not null default false,
  mfa_totp_secret text,
  mfa_backup_code_hashes text[] not null default '{}',
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, email),
  unique (tenant_id, id)
);
create trigger users_updated_at before update on users for each row execute function set_updated_at();
${tenantScoped("users")}

-- One row per refresh token; a family is one login. Reuse of a spent token revokes its family.
create table sessions (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  user_id uuid not null,
  refresh_token_hash text not null unique,
  family_id uuid not null,
  used_at timestamptz,
  revoked_at timestamptz,
  expires_at timestamptz not null,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
create index sessions_family on sessions (tenant_id, family_id);
create index sessions_user on sessions (tenant_id, user_id);
${tenantScoped("sessions")}

create table api_keys (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  name text not null,
  prefix text not null unique,
  secret_hash text not null,
  scopes text[] not null default '{}',
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  created_by uuid,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, created_by) references users (tenant_id, id) on delete set null (created_by)
);
${tenantScoped("api_keys")}

-- Append-only and hash-chained per tenant (see audit-chain.ts). Platform events have no tenant:
-- the isolation policy never matches a null tenant_id, so tenants cannot see them.
create table audit_log (
  id uuid primary key,
  tenant_id uuid references tenants (id),
  seq bigint not null check (seq > 0),
  actor_type text not null check (actor_type in ('user', 'api_key', 'platform_admin', 'system')),
  actor_id text,
  action text not null,
  category text not null check (category in ('auth', 'billing', 'tenant', 'task', 'admin')),
  target_type text,
  target_id text,
  result text not null check (result in ('success', 'failure', 'denied')),
  ip text,
  user_agent text,
  request_id text,
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null,
  created_at timestamptz not null,
  unique nulls not distinct (tenant_id, seq)
);
create index audit_log_tenant_time on audit_log (tenant_id, created_at);
create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();
${tenantScoped("audit_log", "select, insert")}

-- Transactional outbox: written with the change, dispatched afterwards.
create table domain_events (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  event_type text not null,
  payload jsonb not null,
  created_at timestamptz not null default now(),
  dispatched_at timestamptz
);
create index domain_events_pending on domain_events (created_at) where dispatched_at is null;
${tenantScoped("domain_events", "select, insert, update")}

-- status_code is null while the first request with this key is still running.
create table idempotency_keys (
  tenant_id uuid not null references tenants (id) on delete cascade,
  key text not null,
  method text not null,
  path text not null,
  request_hash text not null,
  status_code integer,
  response_body jsonb,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (tenant_id, key)
);
create index idempotency_keys_expiry on idempotency_keys (expires_at);
${tenantScoped("idempotency_keys")}

create table usage_counters (
  tenant_id uuid not null references tenants (id) on delete cascade,
  metric text not null,
  period_start timestamptz not null,
  value bigint not null default 0,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, metric, period_start)
);
${tenantScoped("usage_counters")}

create table projects (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  name text not null,
  description text,
  tech_stack text[] not null default '{}',
  repository_url text,
  ai_assistance_level text not null default 'assisted',
  auto_deployment boolean not null default false,
  quality_gates jsonb not null default '{"require_tests": true, "min_test_coverage": 0, "security_scan": false}',
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, created_by) references users (tenant_id, id) on delete set null (created_by)
);
create trigger projects_updated_at before update on projects for each row execute function set_updated_at();
${tenantScoped("projects")}

-- last_event_seq hands out task_events.seq: "update tasks set last_event_seq = last_event_seq + 1
-- ... returning last_event_seq" is atomic under the row lock, so clients can resume after a seq.
create table tasks (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  project_id uuid not null,
  title text not null,
  description text,
  priority text not null default 'medium' check (priority in ('low', 'medium', 'high', 'critical')),
  estimated_complexity text check (estimated_complexity in ('low', 'medium', 'high')),
  requirements jsonb not null default '{}',
  status text not null default 'queued'
    check (status in ('queued', 'in_progress', 'completed', 'failed', 'cancelled')),
  progress_percentage integer not null default 0 check (progress_percentage between 0 and 100),
  current_step text,
  assigned_agent text,
  estimated_duration_minutes integer,
  estimated_completion timestamptz,
  deliverables jsonb not null default '{"files_created": 0, "tests_written": 0, "api_endpoints": 0}',
  branch text,
  error jsonb,
  last_event_seq integer not null default 0,
  created_by uuid,
  started_at timestamptz,
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (tenant_id, id),
  foreign key (tenant_id, project_id) references projects (tenant_id, id) on delete cascade,
  foreign key (tenant_id, created_by) references users (tenant_id, id) on delete set null (created_by)
);
create index tasks_project on tasks (tenant_id, project_id, created_at);
create index tasks_status on tasks (status, created_at) where status in ('queued', 'in_progress');
create trigger tasks_updated_at before update on tasks for each row execute function set_updated_at();
${tenantScoped("tasks")}

create table task_events (
  tenant_id uuid not null,
  task_id uuid not null,
  seq integer not null check (seq > 0),
  type text not null,
  payload jsonb not null default '{}',
  created_at timestamptz not null default now(),
  primary key (task_id, seq),
  foreign key (tenant_id, task_id) references tasks (tenant_id, id) on delete cascade
);
${tenantScoped("task_events", "select, insert")}

grant usage, select on all sequences in schema public to ${APP_ROLE};
`;

export const initialSchema: Migration = { version: 1, name: "initial", sql };
