import type { APIPromise } from "../core/api-promise.js";
import type { PagePromise } from "../core/pagination.js";
import { type Body, endpoint, type Item, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

const operations = {
  create: endpoint("createProject", "post", "/v1/projects"),
  list: endpoint("listProjects", "get", "/v1/projects"),
  get: endpoint("getProject", "get", "/v1/projects/{project_id}"),
  update: endpoint("updateProject", "patch", "/v1/projects/{project_id}"),
  delete: endpoint("deleteProject", "delete", "/v1/projects/{project_id}"),
  analyze: endpoint("analyzeProject", "post", "/v1/projects/{project_id}/analyze"),
} as const;

type ProjectPath = "/v1/projects/{project_id}";

/** Projects the agent works on: `client.projects`. */
export class ProjectsResource extends APIResource {
  static readonly operations = operations;

  create(body: Body<"/v1/projects", "post">, options?: CallOptions): APIPromise<Result<"/v1/projects", "post">> {
    return this.call(operations.create, { body }, options);
  }

  list(query: Query<"/v1/projects", "get"> = {}, options?: CallOptions): PagePromise<Item<"/v1/projects", "get">> {
    return this.page(operations.list, { query }, options);
  }

  get(projectId: string, options?: CallOptions): APIPromise<Result<ProjectPath, "get">> {
    return this.call(operations.get, { path: { project_id: projectId } }, options);
  }

  update(
    projectId: string,
    body: Body<ProjectPath, "patch">,
    options?: CallOptions,
  ): APIPromise<Result<ProjectPath, "patch">> {
    return this.call(operations.update, { path: { project_id: projectId }, body }, options);
  }

  delete(projectId: string, options?: CallOptions): APIPromise<Result<ProjectPath, "delete">> {
    return this.call(operations.delete, { path: { project_id: projectId } }, options);
  }

  /** Static analysis of the project's workspace (complexity, security, maintainability...). */
  analyze(
    projectId: string,
    body: Body<"/v1/projects/{project_id}/analyze", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/projects/{project_id}/analyze", "post">> {
    return this.call(operations.analyze, { path: { project_id: projectId }, body }, options);
  }
}
