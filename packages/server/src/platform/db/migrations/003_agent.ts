import type { Migration } from "../migrate.js";
import { tenantScoped } from "./sql.js";

/**
 * The agent's storage: project test commands, task results, and the job queue.
 *
 * The queue is a table of its own rather than pg-boss: a job must be written in the same transaction
 * as its task, under the app role and row-level security, which pg-boss's separate schema and its
 * own connection handling would not allow on PGlite's single connection. Claiming uses
 * FOR UPDATE SKIP LOCKED, so any number of worker processes can share one PostgreSQL database; a
 * claim lapses at locked_until, so a job held by a process that died runs again.
 */
const sql = /* sql */ `
alter table projects add column test_command text;

alter table tasks
  add column base_commit text,
  add column commit text,
  add column failure_reason text,
  add column plan jsonb;

create table agent_jobs (
  id uuid primary key default gen_random_uuid(),
  tenant_id uuid not null references tenants (id) on delete cascade,
  task_id uuid not null,
  status text not null default 'queued' check (status in ('queued', 'running', 'completed', 'dead')),
  attempts integer not null default 0,
  max_attempts integer not null default 3 check (max_attempts > 0),
  run_at timestamptz not null default now(),
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (tenant_id, task_id) references tasks (tenant_id, id) on delete cascade
);
create index agent_jobs_ready on agent_jobs (run_at) where status in ('queued', 'running');
create index agent_jobs_task on agent_jobs (task_id);
create trigger agent_jobs_updated_at before update on agent_jobs for each row execute function set_updated_at();
${tenantScoped("agent_jobs", "select, insert, update")}
`;

export const agentSchema: Migration = { version: 3, name: "agent", sql };
