import type { Migration } from "../migrate.js";

/**
 * Keys that sign access tokens. Platform data: the app role has no access; the private half is
 * sealed with the server's master key. Retired keys stay to verify tokens issued before rotation.
 */
const sql = /* sql */ `
create table signing_keys (
  kid text primary key,
  alg text not null check (alg in ('ES256', 'EdDSA')),
  public_jwk jsonb not null,
  private_jwk_sealed text not null,
  created_at timestamptz not null default now(),
  retired_at timestamptz
);
alter table signing_keys enable row level security;
alter table signing_keys force row level security;
create policy platform_path on signing_keys
  using (current_user = session_user and nullif(current_setting('app.platform_reason', true), '') is not null)
  with check (current_user = session_user and nullif(current_setting('app.platform_reason', true), '') is not null);

-- An API key acts with a role no higher than its creator's, limited further by its scopes.
alter table api_keys add column role text not null default 'developer'
  check (role in ('owner', 'admin', 'billing_admin', 'developer', 'viewer'));
`;

export const signingKeysAndKeyRoles: Migration = { version: 2, name: "signing_keys_and_key_roles", sql };
