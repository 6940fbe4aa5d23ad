import { APP_ROLE } from "../roles.js";

const currentTenant = "nullif(current_setting('app.tenant_id', true), '')::uuid";

/**
 * The platform path (withPlatform) runs as the owner with app.platform_reason set. A superuser
 * owner (PGlite, most development servers) bypasses row-level security anyway; a non-superuser
 * owner is subject to FORCE ROW LEVEL SECURITY and needs this policy. The app role can never
 * match it: it is reached through SET ROLE, so current_user differs from session_user.
 */
export const platformPath =
  "current_user = session_user and nullif(current_setting('app.platform_reason', true), '') is not null";

/** Row-level security, the isolation policy and grants for one table with a tenant_id column. */
export function tenantScoped(table: string, privileges = "select, insert, update, delete"): string {
  return `alter table ${table} enable row level security;
alter table ${table} force row level security;
create policy tenant_isolation on ${table}
  using (tenant_id = ${currentTenant})
  with check (tenant_id = ${currentTenant});
create policy platform_path on ${table} using (${platformPath}) with check (${platformPath});
grant ${privileges} on ${table} to ${APP_ROLE};`;
}

/**
 * Roles are cluster-wide on a PostgreSQL server: the app role may already exist because another
 * database on the same server created it, possibly at this very moment, hence the exception
 * handler. The migrating role must be a member of the app role to SET ROLE to it; a superuser
 * needs no membership.
 */
export const grantAppRole = /* sql */ `
do $$
begin
  if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
    begin
      create role ${APP_ROLE} nologin nosuperuser nobypassrls nocreatedb nocreaterole;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end if;
  if not (select rolsuper from pg_roles where rolname = current_user)
     and not pg_has_role(current_user, '${APP_ROLE}', 'member') then
    begin
      execute format('grant ${APP_ROLE} to %I', current_user);
    exception when insufficient_privilege then
      -- PostgreSQL 16+ lets only the role's admins grant it; assertRlsEnforced reports the missing
      -- membership at start-up with the fix.
      raise warning 'cannot grant ${APP_ROLE} to %: a superuser must run GRANT ${APP_ROLE} TO %', current_user, current_user;
    end;
  end if;
end $$;
grant usage on schema public to ${APP_ROLE};
`;
