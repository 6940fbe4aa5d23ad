import type { Database } from "./database.js";
import { APP_ROLE } from "./roles.js";

export class RlsNotEnforcedError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Refusing to start: tenant isolation is not enforced by the database.\n- ${problems.join("\n- ")}\n` +
        "Run the migrations as the database owner, and give the app role neither SUPERUSER nor BYPASSRLS.",
    );
    this.name = "RlsNotEnforcedError";
  }
}

/**
 * Start-up check. Tenant-scoped tables are found, not listed: every table of the current schema
 * with a tenant_id column, plus tenants itself, so a later migration that forgets row-level
 * security fails here instead of leaking data.
 */
export async function assertRlsEnforced(db: Database, options: { appRole?: string } = {}): Promise<void> {
  const appRole = options.appRole ?? APP_ROLE;
  const problems: string[] = [];

  const { rows: roles } = await db.query<{ rolsuper: boolean; rolbypassrls: boolean; member: boolean }>(
    `select rolsuper, rolbypassrls, pg_has_role(session_user, oid, 'member') as member
       from pg_roles where rolname = $1`,
    [appRole],
  );
  const role = roles[0];
  if (!role) {
    problems.push(`the app role ${appRole} does not exist (migrations create it)`);
  } else {
    if (role.rolsuper) problems.push(`the app role ${appRole} is a superuser (rolsuper)`);
    if (role.rolbypassrls) problems.push(`the app role ${appRole} can bypass row-level security (rolbypassrls)`);
    if (!role.member) {
      problems.push(`the connecting role cannot SET ROLE ${appRole}: as a superuser, GRANT ${appRole} TO <this role>`);
    }
    // SET ROLE can reach any role the app role is a member of.
    const { rows: inherited } = await db.query<{ rolname: string }>(
      `select r.rolname from pg_roles r
        where r.rolname <> $1 and pg_has_role($1, r.oid, 'member') and (r.rolsuper or r.rolbypassrls)`,
      [appRole],
    );
    for (const { rolname } of inherited) {
      problems.push(`the app role ${appRole} is a member of ${rolname}, which is a superuser or bypasses RLS`);
    }
  }

  const { rows: tables } = await db.query<{
    table_name: string;
    rls: boolean;
    forced: boolean;
    policies: number;
    owner: string;
  }>(
    `select c.relname as table_name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
            (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies,
            pg_get_userbyid(c.relowner) as owner
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema()
        and c.relkind in ('r', 'p')
        and (c.relname = 'tenants'
             or exists (select 1 from pg_attribute a
                         where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped))
      order by c.relname`,
  );
  if (!tables.some((table) => table.table_name === "tenants")) problems.push("the tenants table is missing");
  for (const table of tables) {
    if (!table.rls) problems.push(`table ${table.table_name} does not ENABLE ROW LEVEL SECURITY`);
    if (!table.forced) problems.push(`table ${table.table_name} does not FORCE ROW LEVEL SECURITY`);
    if (table.policies === 0) problems.push(`table ${table.table_name} has no row-level security policy`);
    if (table.owner === appRole) problems.push(`table ${table.table_name} is owned by the app role ${appRole}`);
  }

  if (problems.length > 0) throw new RlsNotEnforcedError(problems);
}
