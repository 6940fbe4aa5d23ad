import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";

const root = join(import.meta.dirname, "../..");
const spec = YAML.parse(readFileSync(join(root, "openapi/leanvibe.yaml"), "utf8"));
const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const TAGS = [
  "auth",
  "users",
  "api-keys",
  "tenants",
  "billing",
  "tasks",
  "projects",
  "code",
  "health",
  "webhooks",
  "admin",
];
const ROLES = ["platform_admin", "owner", "admin", "billing_admin", "developer", "viewer"];

type Op = Record<string, any>;
const ops: { method: string; path: string; op: Op }[] = [];
for (const [path, item] of Object.entries<Record<string, any>>(spec.paths)) {
  for (const method of METHODS) if (item[method]) ops.push({ method, path, op: item[method] });
}

function resolve(node: any): any {
  let cur = node;
  while (cur?.$ref)
    cur = cur.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((a: any, k: string) => a?.[k], spec);
  return cur;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1", () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
  });

  it.each(ops.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o]))(
    "%s has an id, one known tag, a summary, a 2xx schema, declared errors, roles and a CLI command",
    (_name, { op }) => {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags).toHaveLength(1);
      expect(TAGS).toContain(op.tags[0]);
      expect(op.summary?.length).toBeGreaterThan(3);
      const codes = Object.keys(op.responses);
      const success = codes.filter((c) => /^2\d\d$/.test(c) || (c === "101" && op["x-websocket"]));
      expect(success.length).toBeGreaterThan(0);
      const withBody = success.map((c) => resolve(op.responses[c])).filter((r) => r.content);
      const emptyOk = success.every((c) => c === "204" || c === "202");
      if (!emptyOk) expect(withBody.length).toBeGreaterThan(0);
      for (const r of withBody) for (const media of Object.values<any>(r.content)) expect(media.schema).toBeDefined();
      expect(codes.some((c) => /^[45]\d\d$/.test(c))).toBe(true);
      for (const c of codes.filter((c) => /^[45]\d\d$/.test(c))) {
        if (op.operationId === "getHealth" && c === "503") continue; // health describes itself even when down
        const schema = resolve(resolve(op.responses[c]).content?.["application/json"]?.schema);
        expect(schema, `${c} must use the Error schema`).toBe(spec.components.schemas.Error);
      }
      expect(Array.isArray(op["x-required-roles"])).toBe(true);
      for (const role of op["x-required-roles"]) expect(ROLES).toContain(role);
      const isPublic =
        Array.isArray(op.security) &&
        (op.security.length === 0 || op.security.some((s: object) => Object.keys(s).length === 0));
      if (op["x-required-roles"].length === 0) expect(isPublic, "no roles means no authentication").toBe(true);
      expect(op["x-cli"]).toMatchObject({ noun: expect.any(String), verb: expect.any(String) });
    },
  );

  it("has unique operation ids and unique CLI commands", () => {
    const ids = ops.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const commands = ops.map((o) => `${o.op["x-cli"].noun} ${o.op["x-cli"].verb}`);
    expect(new Set(commands).size).toBe(commands.length);
  });

  it("covers every endpoint of the API documentation", () => {
    const documented = [
      "post /v1/auth/login",
      "get /v1/auth/sso/{provider}",
      "post /v1/auth/saml/sso",
      "post /v1/auth/mfa/setup",
      "post /v1/auth/mfa/verify",
      "post /v1/auth/refresh",
      "post /v1/auth/logout",
      "post /v1/tenants",
      "get /v1/tenants",
      "get /v1/tenants/me/info",
      "put /v1/tenants/me/info",
      "get /v1/tenants/me/usage",
      "get /v1/tenants/me/quota-check/{quota_type}",
      "post /v1/tenants/{tenant_id}/suspend",
      "post /v1/tenants/{tenant_id}/reactivate",
      "get /v1/billing/plans",
      "post /v1/billing/subscription",
      "get /v1/billing/subscription",
      "patch /v1/billing/subscription",
      "delete /v1/billing/subscription",
      "post /v1/billing/usage",
      "get /v1/billing/usage",
      "get /v1/billing/analytics",
      "post /v1/billing/payment-methods",
      "get /v1/billing/payment-methods",
      "get /v1/billing/invoice/{invoice_id}",
      "get /v1/billing/invoice/{invoice_id}/pdf",
      "get /v1/billing/invoices",
      "post /v1/billing/webhooks/stripe",
      "get /v1/billing/health",
      "post /v1/tasks",
      "get /v1/tasks/{task_id}",
      "get /v1/tasks/{task_id}/updates",
      "post /v1/projects",
      "get /v1/projects/{project_id}",
      "patch /v1/projects/{project_id}",
      "post /v1/projects/{project_id}/analyze",
      "post /v1/code/generate",
      "get /v1/health",
      "get /v1/health/mlx",
      "get /v1/health/tenant/{tenant_id}",
      "post /v1/admin/webhooks",
      "get /v1/admin/analytics/revenue",
      "get /v1/admin/analytics/usage",
      "get /v1/admin/audit/auth",
      "get /v1/admin/audit/billing",
      // beyond the document
      "post /v1/auth/register",
      "get /v1/users",
      "post /v1/users/invitations",
      "patch /v1/users/{user_id}",
      "delete /v1/users/{user_id}",
      "post /v1/auth/invitations/accept",
      "post /v1/api-keys",
      "get /v1/api-keys",
      "delete /v1/api-keys/{key_id}",
      "get /v1/auth/mfa/methods",
      "post /v1/auth/mfa/disable",
      "get /v1/tasks",
      "post /v1/tasks/{task_id}/cancel",
      "get /v1/tasks/{task_id}/events",
      "get /v1/projects",
      "delete /v1/projects/{project_id}",
      "delete /v1/billing/payment-methods/{payment_method_id}",
      "post /v1/billing/payment-methods/{payment_method_id}/default",
      "get /v1/admin/webhooks",
      "get /v1/admin/webhooks/{webhook_id}",
      "patch /v1/admin/webhooks/{webhook_id}",
      "delete /v1/admin/webhooks/{webhook_id}",
      "post /v1/admin/webhooks/{webhook_id}/test",
      "get /v1/admin/webhooks/{webhook_id}/deliveries",
      "post /v1/admin/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
      "get /v1/openapi.json",
    ];
    const present = new Set(ops.map((o) => `${o.method} ${o.path}`));
    expect(documented.filter((d) => !present.has(d))).toEqual([]);
  });

  it("declares every documented webhook event with the documented payload fields", () => {
    const events = [
      "user.created",
      "user.login",
      "user.logout",
      "mfa.enabled",
      "task.created",
      "task.in_progress",
      "task.completed",
      "task.failed",
      "project.created",
      "subscription.created",
      "subscription.updated",
      "subscription.cancelled",
      "invoice.paid",
      "payment.failed",
      "tenant.quota_warning",
      "tenant.quota_exceeded",
      "tenant.suspended",
      "maintenance.scheduled",
    ];
    for (const e of events) expect(Object.keys(spec.webhooks)).toContain(e);
    const payload = spec.components.schemas.WebhookEvent.properties;
    for (const f of ["event_type", "tenant_id", "timestamp", "data", "signature"]) expect(payload).toHaveProperty(f);
  });

  it("has the documented error format, codes and quota body", () => {
    const error = spec.components.schemas.Error;
    expect(error.required).toEqual(["error", "message", "details", "request_id", "timestamp"]);
    const codes = spec.components.schemas.ErrorCode.enum;
    for (const c of [
      "invalid_request",
      "unauthorized",
      "payment_required",
      "forbidden",
      "not_found",
      "tenant_suspended",
      "quota_exceeded",
      "server_error",
      "service_unavailable",
      "conflict",
      "validation_failed",
    ]) {
      expect(codes).toContain(c);
    }
    expect(error.properties.upgrade_options.items.$ref).toBe("#/components/schemas/UpgradeOption");
    const headers = Object.keys(spec.components.responses.TooManyRequests.headers);
    expect(headers).toEqual(
      expect.arrayContaining(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"]),
    );
  });

  it("lints clean with Redocly's recommended rules", () => {
    execFileSync(join(root, "node_modules/.bin/redocly"), ["lint", "openapi/leanvibe.yaml", "--format=summary"], {
      cwd: root,
      stdio: "pipe",
    });
  });

  it("matches the committed generated files", () => {
    execFileSync(process.execPath, [join(root, "scripts/gen.mjs"), "--check", "--no-lint"], {
      cwd: root,
      stdio: "pipe",
    });
  });
});
