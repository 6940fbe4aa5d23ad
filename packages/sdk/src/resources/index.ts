import type { LeanVibeClient } from "../client.js";
import { AdminResource } from "./admin.js";
import { ApiKeysResource } from "./api-keys.js";
import { AuthResource } from "./auth.js";
import { BillingResource } from "./billing.js";
import { CodeResource } from "./code.js";
import { HealthResource } from "./health.js";
import { ProjectsResource } from "./projects.js";
import { TasksResource } from "./tasks.js";
import { TenantsResource } from "./tenants.js";
import { UsersResource } from "./users.js";
import { WebhooksResource } from "./webhooks.js";

export interface Resources {
  auth: AuthResource;
  users: UsersResource;
  apiKeys: ApiKeysResource;
  tenants: TenantsResource;
  billing: BillingResource;
  tasks: TasksResource;
  projects: ProjectsResource;
  code: CodeResource;
  health: HealthResource;
  webhooks: WebhooksResource;
  admin: AdminResource;
}

/** Hangs the resource namespaces on a client (kept out of client.ts so the class stays about transport). */
export function attachResources(client: LeanVibeClient): void {
  const target = client as { -readonly [K in keyof Resources]: Resources[K] };
  target.auth = new AuthResource(client);
  target.users = new UsersResource(client);
  target.apiKeys = new ApiKeysResource(client);
  target.tenants = new TenantsResource(client);
  target.billing = new BillingResource(client);
  target.tasks = new TasksResource(client);
  target.projects = new ProjectsResource(client);
  target.code = new CodeResource(client);
  target.health = new HealthResource(client);
  target.webhooks = new WebhooksResource(client);
  target.admin = new AdminResource(client);
}

export { type LoginParams, type LoginResult, MfaResource } from "./auth.js";
export { InvoicesResource, PaymentMethodsResource } from "./billing.js";
export type { Task, TaskUpdateMessage, WaitForCompletionOptions } from "./tasks.js";
export { CurrentTenantResource } from "./tenants.js";
export {
  AdminResource,
  ApiKeysResource,
  AuthResource,
  BillingResource,
  CodeResource,
  HealthResource,
  ProjectsResource,
  TasksResource,
  TenantsResource,
  UsersResource,
  WebhooksResource,
};
