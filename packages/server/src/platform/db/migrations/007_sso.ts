import type { Migration } from "../migrate.js";
import { tenantScoped } from "./sql.js";

/**
 * Single sign-on: each tenant's identity-provider settings, the one-time states of sign-ons in flight, and the
 * SAML assertions already consumed.
 *
 * Client secrets and IdP certificates are sealed with the master key (SecretBox). A sign-on state is stored as a
 * hash (the state itself travels through the browser) with its PKCE verifier sealed; it is spent on first use,
 * so a callback replayed with the same state is refused. SAML has no state of ours to spend (the IdP may start
 * the flow), so each assertion id is kept until the assertion would have expired anyway.
 */
const sql = /* sql */ `
create table sso_connections (
  tenant_id uuid not null references tenants (id) on delete cascade,
  provider text not null check (provider in ('google', 'microsoft', 'saml')),
  issuer text,
  client_id text,
  client_secret_sealed text,
  saml_entry_point text,
  saml_cert_sealed text,
  saml_audience text,
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, provider),
  check (provider = 'saml' or (issuer is not null and client_id is not null and client_secret_sealed is not null)),
  check (provider <> 'saml' or saml_cert_sealed is not null)
);
create trigger sso_connections_updated_at before update on sso_connections
  for each row execute function set_updated_at();
${tenantScoped("sso_connections")}

create table sso_states (
  state_hash text primary key,
  tenant_id uuid not null references tenants (id) on delete cascade,
  provider text not null check (provider in ('google', 'microsoft')),
  nonce text not null,
  code_verifier_sealed text not null,
  redirect_uri text not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index sso_states_expiry on sso_states (expires_at);
${tenantScoped("sso_states")}

create table saml_assertions_seen (
  tenant_id uuid not null references tenants (id) on delete cascade,
  assertion_id text not null,
  expires_at timestamptz not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, assertion_id)
);
${tenantScoped("saml_assertions_seen")}
`;

export const ssoSchema: Migration = { version: 7, name: "sso", sql };
