import { sql } from "kysely";
import type { components } from "../generated/schema.js";
import { type Database, type Tx, withTenant } from "../platform/db/index.js";
import { ApiError, conflict, notFound, type UpgradeOption } from "../platform/errors.js";
import { type AnalysisReport, analyseDirectory } from "./analysis/index.js";
import { checkCode } from "./codegen/index.js";
import type { LlamaEngine } from "./engine/index.js";
import { appendDomainEvent } from "./pipeline/index.js";
import { deleteWorkspace, ensureWorkspace, summariseWorkspace, workspacePath } from "./workspace/index.js";

export type Project = components["schemas"]["Project"];
export type ProjectList = components["schemas"]["ProjectList"];
export type CreateProjectRequest = components["schemas"]["CreateProjectRequest"];
export type UpdateProjectRequest = components["schemas"]["UpdateProjectRequest"];
export type AnalyzeProjectRequest = components["schemas"]["AnalyzeProjectRequest"];
type QualityGates = components["schemas"]["QualityGates"];
type AiAssistanceLevel = components["schemas"]["AiAssistanceLevel"];

export interface WorkspaceSettings {
  workspacesDir: string;
  cloneTimeoutMs?: number;
}

export interface Page {
  limit?: number;
  offset?: number;
}

const DEFAULT_GATES: Required<QualityGates> = { require_tests: true, min_test_coverage: 0, security_scan: false };

type ProjectRow = {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  tech_stack: string[];
  repository_url: string | null;
  ai_assistance_level: string;
  auto_deployment: boolean;
  quality_gates: Record<string, unknown>;
  test_command: string | null;
  created_at: Date;
  updated_at: Date;
};

function toProject(row: ProjectRow, workspace?: Project["workspace"]): Project {
  return {
    id: row.id,
    tenant_id: row.tenant_id,
    name: row.name,
    description: row.description,
    tech_stack: row.tech_stack,
    repository_url: row.repository_url,
    ai_assistance_level: row.ai_assistance_level as AiAssistanceLevel,
    auto_deployment: row.auto_deployment,
    quality_gates: { ...DEFAULT_GATES, ...(row.quality_gates as QualityGates) },
    test_command: row.test_command,
    ...(workspace ? { workspace } : {}),
    created_at: new Date(row.created_at).toISOString(),
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

const COLUMNS = [
  "id",
  "tenant_id",
  "name",
  "description",
  "tech_stack",
  "repository_url",
  "ai_assistance_level",
  "auto_deployment",
  "quality_gates",
  "test_command",
  "created_at",
  "updated_at",
] as const;

async function findProject(trx: Tx, projectId: string): Promise<ProjectRow> {
  const row = await trx.selectFrom("projects").select(COLUMNS).where("id", "=", projectId).executeTakeFirst();
  if (!row) throw notFound("Project", projectId);
  return row as ProjectRow;
}

async function workspaceOf(settings: WorkspaceSettings, tenantId: string, projectId: string) {
  const summary = await summariseWorkspace(
    workspacePath({ workspacesDir: settings.workspacesDir, tenantId, projectId }),
  );
  return summary ?? undefined;
}

/**
 * Creates a project and its git workspace (cloned from repository_url when reachable, else a fresh
 * repository). Refused with quota_exceeded when the tenant already has maxProjects projects.
 */
export async function createProject(
  db: Database,
  tenantId: string,
  input: CreateProjectRequest,
  options: WorkspaceSettings & {
    maxProjects: number;
    createdBy?: string | null;
    /** The plans that would lift the limit, for the quota_exceeded answer. */
    upgradeOptions?: UpgradeOption[];
  },
): Promise<Project> {
  const row = await withTenant(db, tenantId, async (trx) => {
    // Two concurrent creations must not both pass the quota check.
    await sql`select pg_advisory_xact_lock(hashtext('projects:' || ${tenantId}))`.execute(trx);
    const { count } = await trx
      .selectFrom("projects")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    if (Number(count) >= options.maxProjects) {
      throw new ApiError(
        "quota_exceeded",
        `The plan allows ${options.maxProjects} projects`,
        { quota_type: "projects", current_usage: Number(count), quota_limit: options.maxProjects },
        { upgradeOptions: options.upgradeOptions ?? [] },
      );
    }
    const created = await trx
      .insertInto("projects")
      .values({
        tenant_id: tenantId,
        name: input.name,
        description: input.description ?? null,
        tech_stack: input.tech_stack ?? [],
        repository_url: input.repository_url ?? null,
        ai_assistance_level: input.ai_assistance_level ?? "assisted",
        auto_deployment: input.auto_deployment ?? false,
        quality_gates: { ...DEFAULT_GATES, ...(input.quality_gates ?? {}) },
        test_command: input.test_command ?? null,
        created_by: options.createdBy ?? null,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    await appendDomainEvent(trx, tenantId, "project.created", { project_id: created.id, name: created.name });
    return created as ProjectRow;
  });
  try {
    await ensureWorkspace({
      workspacesDir: options.workspacesDir,
      tenantId,
      projectId: row.id,
      repositoryUrl: row.repository_url,
      projectName: row.name,
      cloneTimeoutMs: options.cloneTimeoutMs,
    });
  } catch (error) {
    // A project without a workspace could never run a task: undo the creation.
    await withTenant(db, tenantId, (trx) => trx.deleteFrom("projects").where("id", "=", row.id).execute());
    throw error;
  }
  return toProject(row, await workspaceOf(options, tenantId, row.id));
}

/** One project with its workspace summary; not_found when it is not the tenant's. */
export async function getProject(
  db: Database,
  tenantId: string,
  projectId: string,
  options: WorkspaceSettings,
): Promise<Project> {
  const row = await withTenant(db, tenantId, (trx) => findProject(trx, projectId));
  return toProject(row, await workspaceOf(options, tenantId, projectId));
}

/** A page of the tenant's projects, newest first (without workspace summaries, to keep listing cheap). */
export async function listProjects(db: Database, tenantId: string, page: Page = {}): Promise<ProjectList> {
  const limit = Math.min(Math.max(page.limit ?? 20, 1), 100);
  const offset = Math.max(page.offset ?? 0, 0);
  return withTenant(db, tenantId, async (trx) => {
    const rows = await trx
      .selectFrom("projects")
      .select(COLUMNS)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(limit)
      .offset(offset)
      .execute();
    const { total } = await trx
      .selectFrom("projects")
      .select((eb) => eb.fn.countAll<number>().as("total"))
      .executeTakeFirstOrThrow();
    return {
      data: rows.map((r) => toProject(r as ProjectRow)),
      pagination: { limit, offset, total: Number(total), has_more: offset + rows.length < Number(total) },
    };
  });
}

/** Applies the given fields (quality_gates are merged into the current ones); not_found when absent. */
export async function updateProject(
  db: Database,
  tenantId: string,
  projectId: string,
  input: UpdateProjectRequest,
  options: WorkspaceSettings,
): Promise<Project> {
  const row = await withTenant(db, tenantId, async (trx) => {
    const current = await findProject(trx, projectId);
    const updated = await trx
      .updateTable("projects")
      .set({
        name: input.name,
        description: input.description,
        tech_stack: input.tech_stack,
        ai_assistance_level: input.ai_assistance_level,
        auto_deployment: input.auto_deployment,
        quality_gates: input.quality_gates
          ? { ...DEFAULT_GATES, ...(current.quality_gates as QualityGates), ...input.quality_gates }
          : undefined,
        test_command: input.test_command,
      })
      .where("id", "=", projectId)
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return updated as ProjectRow;
  });
  return toProject(row, await workspaceOf(options, tenantId, projectId));
}

/** Deletes the project, its tasks and its workspace; conflict while tasks are queued or running. */
export async function deleteProject(
  db: Database,
  tenantId: string,
  projectId: string,
  options: WorkspaceSettings,
): Promise<void> {
  await withTenant(db, tenantId, async (trx) => {
    await findProject(trx, projectId);
    const active = await trx
      .selectFrom("tasks")
      .select("id")
      .where("project_id", "=", projectId)
      .where("status", "in", ["queued", "in_progress"])
      .limit(1)
      .executeTakeFirst();
    if (active) throw conflict("The project has queued or running tasks", { task_id: active.id });
    await trx.deleteFrom("projects").where("id", "=", projectId).execute();
  });
  await deleteWorkspace({ workspacesDir: options.workspacesDir, tenantId, projectId });
}

/**
 * Static analysis of the project's workspace (see agent/analysis). With include_summary and an engine,
 * the model writes a short summary; unusable model text is replaced by a summary built from the figures.
 */
export async function analyzeProject(
  db: Database,
  tenantId: string,
  projectId: string,
  request: Partial<AnalyzeProjectRequest>,
  options: WorkspaceSettings & { engine?: LlamaEngine; signal?: AbortSignal },
): Promise<AnalysisReport> {
  const row = await withTenant(db, tenantId, (trx) => findProject(trx, projectId));
  const info = await ensureWorkspace({
    workspacesDir: options.workspacesDir,
    tenantId,
    projectId,
    repositoryUrl: row.repository_url,
    projectName: row.name,
  });
  const report = await analyseDirectory(info.path, {
    projectId,
    analysisType: request.analysis_type ?? "comprehensive",
  });
  if (request.include_summary) report.summary = await summarise(report, options.engine, options.signal);
  return report;
}

async function summarise(report: AnalysisReport, engine?: LlamaEngine, signal?: AbortSignal): Promise<string> {
  const t = report.totals;
  const figures =
    `${t.files} files, ${t.code_lines} code lines, ${t.functions} functions, total complexity ${t.complexity} ` +
    `(average ${t.average_complexity ?? 0}), maintainability ${t.maintainability_index}/100, ` +
    `${report.security_findings.length} security finding(s)`;
  if (!engine) return `Summary from the figures: ${figures}.`;
  const result = await engine.generate({
    prompt: `Summarise this code analysis in two sentences for a developer: ${figures}.`,
    maxTokens: 96,
    signal,
  });
  const text = result.text.trim();
  // Prose has no parser; printable, word-like text with spaces is the bar for using it.
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z,.;:'()-]*$/.test(w)).length;
  const usable = checkCode(text, null).usable && words >= 8 && words / Math.max(1, text.split(/\s+/).length) > 0.7;
  return usable ? text : `Summary from the figures (the model's text was unusable): ${figures}.`;
}
