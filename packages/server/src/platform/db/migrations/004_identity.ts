import type { Migration } from "../migrate.js";
import { APP_ROLE } from "../roles.js";
import { platformPath, tenantScoped } from "./sql.js";

/** A platform-only table: the app role has no access; only withPlatform reads and writes it. */
const platformOnly = (table: string) => `alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy platform_path on ${table} using (${platformPath}) with check (${platformPath});`;

/**
 * Identity: revocations of access tokens and sessions, login throttles, multi-factor enrolments and
 * challenges, invitations.
 */
const sql = /* sql */ `
-- Access tokens are stateless JWTs; what ends one before its expiry is a row here: a token by its jti,
-- or every token of a session by its sid. Rows are kept only until the tokens they stop would have
-- expired. Tenants write their own (logout, role change, removal); every process reads them all.
create table auth_revocations (
  id bigint generated always as identity primary key,
  tenant_id uuid not null references tenants (id) on delete cascade,
  kind text not null check (kind in ('token', 'session')),
  value text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default clock_timestamp()
);
create index auth_revocations_created on auth_revocations (created_at);
${tenantScoped("auth_revocations", "insert")}
grant usage on sequence auth_revocations_id_seq to ${APP_ROLE};

-- Failed logins per e-mail address and per source address. Keyed by the address typed, not by an
-- account, so that an unknown e-mail locks exactly like a known one.
create table login_throttles (
  key text primary key,
  failures integer not null default 0,
  window_started_at timestamptz not null,
  locked_until timestamptz
);
${platformOnly("login_throttles")}

-- The second step of a login with multi-factor authentication: single use, five minutes, five tries.
create table mfa_challenges (
  token_hash text primary key,
  tenant_id uuid not null references tenants (id) on delete cascade,
  user_id uuid not null,
  attempts integer not null default 0,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
${tenantScoped("mfa_challenges")}

-- One row per user and method. The secret is sealed with the master key; backup codes are kept as
-- keyed hashes. last_used_step refuses a TOTP code replayed within its window.
create table mfa_enrolments (
  tenant_id uuid not null references tenants (id) on delete cascade,
  user_id uuid not null,
  method text not null check (method in ('totp', 'sms', 'email', 'hardware_key')),
  status text not null check (status in ('pending', 'enabled')),
  secret_sealed text not null,
  backup_code_hashes text[] not null default '{}',
  last_used_step bigint,
  last_used_at timestamptz,
  enabled_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (tenant_id, user_id, method),
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
${tenantScoped("mfa_enrolments")}

-- The invited person is a users row with status 'invited' (it counts against max_users); the
-- invitation holds the hashed token they accept it with.
create table invitations (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  user_id uuid not null,
  email text not null check (email = lower(email)),
  role text not null check (role in ('owner', 'admin', 'billing_admin', 'developer', 'viewer')),
  token_hash text not null unique,
  invited_by uuid,
  expires_at timestamptz not null,
  accepted_at timestamptz,
  created_at timestamptz not null default now(),
  foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
);
create index invitations_user on invitations (tenant_id, user_id);
${tenantScoped("invitations")}
`;

export const identitySchema: Migration = { version: 4, name: "identity", sql };
