import { generateCode } from "../../agent/codegen/index.js";
import {
  analyzeProject,
  createProject,
  deleteProject,
  getProject,
  listProjects,
  updateProject,
} from "../../agent/projects-service.js";
import {
  cancelTask,
  createTask,
  getTask,
  getTaskArtifacts,
  listTaskEvents,
  listTasks,
  type TaskLinks,
} from "../../agent/tasks-service.js";
import type { Principal } from "../../platform/context.js";
import { withTenant } from "../../platform/db/index.js";
import { ApiError, notFound } from "../../platform/errors.js";
import type { Handlers } from "../../platform/http/handler-types.js";
import { PLAN_LIMITS, upgradeOptions } from "../../platform/plans.js";
import type { PlatformServices } from "../../platform/services.js";
import { requireTenant } from "../tenants/handlers.js";
import { consumeAiRequest } from "./ai-quota.js";

type AgentHandlers = Pick<
  Handlers,
  | "createTask"
  | "listTasks"
  | "getTask"
  | "cancelTask"
  | "listTaskEvents"
  | "getTaskArtifacts"
  | "createProject"
  | "listProjects"
  | "getProject"
  | "updateProject"
  | "deleteProject"
  | "analyzeProject"
  | "generateCode"
>;

const actor = (p: Principal) => (p.kind === "user" ? p.userId : null);

export function agentHandlers(s: PlatformServices): AgentHandlers {
  // Read at call time: with port 0 the public URL is only known once the server listens.
  const links: TaskLinks = {
    get appUrl() {
      return s.config.appUrl;
    },
    get publicUrl() {
      return s.config.publicUrl;
    },
  };
  const workspace = { workspacesDir: s.config.workspacesDir };

  return {
    async createTask(req) {
      const tenantId = requireTenant(req.principal);
      // The project check comes first, so a typo does not spend an AI request.
      await withTenant(s.db, tenantId, async (trx) => {
        const found = await trx
          .selectFrom("projects")
          .select("id")
          .where("id", "=", req.body.project_id)
          .executeTakeFirst();
        if (!found) throw notFound("Project", req.body.project_id);
      });
      await consumeAiRequest(s, tenantId);
      const task = await createTask(s.db, tenantId, req.body, { ...links, createdBy: actor(req.principal) });
      await s.events.wake();
      return { status: 201, body: task };
    },
    listTasks: async (req) => ({
      status: 200,
      body: await listTasks(s.db, requireTenant(req.principal), req.query, links),
    }),
    getTask: async (req) => ({
      status: 200,
      body: await getTask(s.db, requireTenant(req.principal), req.path.task_id, links),
    }),
    async cancelTask(req) {
      const task = await cancelTask(s.db, requireTenant(req.principal), req.path.task_id, links);
      return { status: 200, body: task };
    },
    listTaskEvents: async (req) => ({
      status: 200,
      body: await listTaskEvents(s.db, requireTenant(req.principal), req.path.task_id, req.query),
    }),
    getTaskArtifacts: async (req) => ({
      status: 200,
      body: await getTaskArtifacts(s.db, requireTenant(req.principal), req.path.task_id, workspace),
    }),

    async createProject(req) {
      const tenantId = requireTenant(req.principal);
      const plan = (await s.tenants.get(tenantId))?.plan ?? "developer";
      const project = await createProject(s.db, tenantId, req.body, {
        ...workspace,
        maxProjects: PLAN_LIMITS[plan].quotas.max_projects,
        upgradeOptions: upgradeOptions(plan),
        createdBy: actor(req.principal),
      });
      await s.events.wake();
      return { status: 201, body: project };
    },
    listProjects: async (req) => ({
      status: 200,
      body: await listProjects(s.db, requireTenant(req.principal), req.query),
    }),
    getProject: async (req) => ({
      status: 200,
      body: await getProject(s.db, requireTenant(req.principal), req.path.project_id, workspace),
    }),
    updateProject: async (req) => ({
      status: 200,
      body: await updateProject(s.db, requireTenant(req.principal), req.path.project_id, req.body, workspace),
    }),
    async deleteProject(req) {
      await deleteProject(s.db, requireTenant(req.principal), req.path.project_id, workspace);
      return { status: 204 };
    },
    async analyzeProject(req) {
      const tenantId = requireTenant(req.principal);
      const body: Partial<NonNullable<typeof req.body>> = req.body ?? {};
      if (body.include_summary) {
        if (!s.ai.engine) throw modelUnavailable(s);
        await consumeAiRequest(s, tenantId);
      }
      const report = await analyzeProject(s.db, tenantId, req.path.project_id, body, {
        ...workspace,
        engine: body.include_summary ? s.ai.engine : undefined,
        signal: req.signal,
      });
      return { status: 200, body: report };
    },

    async generateCode(req) {
      const tenantId = requireTenant(req.principal);
      const engine = s.ai.engine;
      if (!engine) throw modelUnavailable(s);
      if (req.body.project_id) {
        const projectId = req.body.project_id;
        await withTenant(s.db, tenantId, async (trx) => {
          const found = await trx.selectFrom("projects").select("id").where("id", "=", projectId).executeTakeFirst();
          if (!found) throw notFound("Project", projectId);
        });
      }
      await consumeAiRequest(s, tenantId);
      return { status: 200, body: await generateCode(engine, req.body, { signal: req.signal }) };
    },
  };
}

function modelUnavailable(s: PlatformServices): ApiError {
  return new ApiError(
    "service_unavailable",
    `The AI model is not available on this server: ${s.ai.unavailableReason ?? "unknown reason"}`,
    { model: s.ai.modelRef },
  );
}
