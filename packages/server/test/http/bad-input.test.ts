import { afterAll, beforeAll, describe, expect, it } from "vitest";
import spec from "../../src/generated/openapi.json" with { type: "json" };
import { startTestServer, type TestServer } from "../support/server.js";

/**
 * Generated from the spec: for every operation, a malformed body and a wrong-typed parameter (or, with neither,
 * an unknown query parameter) must get 400 in the standard error format, never a 500.
 */
type Json = any;
const doc = spec as Json;
const resolve = (node: Json): Json => {
  let cur = node;
  while (cur?.$ref)
    cur = cur.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce((a: Json, k: string) => a?.[k], doc);
  return cur;
};
const UUID = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";

interface Case {
  name: string;
  method: string;
  path: string;
  roles: string[];
  body?: string;
  contentType?: string;
  omitHeaders?: boolean;
}

function validValue(schema: Json): string {
  const s = resolve(schema) ?? {};
  if (s.enum) return String(s.enum[0]);
  if (s.format === "uuid") return UUID;
  if (s.type === "integer") return String(s.minimum ?? 1);
  return "x";
}

function wrongValue(schema: Json): string | undefined {
  const s = resolve(schema) ?? {};
  const type = Array.isArray(s.type) ? s.type.find((x: string) => x !== "null") : s.type;
  if (s.enum) return "not-an-allowed-value";
  if (type === "integer" || type === "number") return "not-a-number";
  if (type === "boolean") return "maybe";
  if (s.format === "uuid") return "not-a-uuid";
  if (s.format === "date") return "not-a-date";
  if (s.pattern) return "!!!";
  return undefined;
}

function wrongJson(schema: Json): unknown {
  const s = resolve(schema) ?? {};
  const type = Array.isArray(s.type) ? s.type.find((x: string) => x !== "null") : s.type;
  if (type === "string") return 12345;
  if (type === "array") return "not-an-array";
  if (type === "object") return "not-an-object";
  return "not-a-number-or-boolean";
}

const cases: Case[] = [];
for (const [path, item] of Object.entries<Json>(doc.paths)) {
  for (const method of ["get", "post", "put", "patch", "delete"]) {
    const op = item[method];
    if (!op) continue;
    if (op.operationId === "getOpenApiDocument") continue; // a static document: it reads no input at all
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
    const pathParams = params.filter((p: Json) => p.in === "path");
    const fill = (overrides: Record<string, string> = {}) =>
      path.replace(
        /\{([^}]+)\}/g,
        (_m, name) => overrides[name] ?? validValue(pathParams.find((p: Json) => p.name === name)?.schema),
      );
    const base = { method: method.toUpperCase(), roles: op["x-required-roles"] as string[] };
    const headerParams = params.filter((p: Json) => p.in === "header" && p.required);
    const jsonBody = op.requestBody && resolve(op.requestBody).content?.["application/json"];
    if (jsonBody) {
      cases.push({
        ...base,
        name: `${op.operationId}: malformed JSON body`,
        path: fill(),
        body: '{"oops": ',
        contentType: "application/json",
      });
      const schema = resolve(jsonBody.schema);
      const first = Object.entries<Json>(schema.properties ?? {})[0];
      if (first) {
        cases.push({
          ...base,
          name: `${op.operationId}: body field ${first[0]} of the wrong type`,
          path: fill(),
          body: JSON.stringify({ [first[0]]: wrongJson(first[1]) }),
          contentType: "application/json",
        });
      }
    }
    const formBody = op.requestBody && resolve(op.requestBody).content?.["application/x-www-form-urlencoded"];
    if (formBody) {
      cases.push({
        ...base,
        name: `${op.operationId}: form body without its required fields`,
        path: fill(),
        body: "unrelated=1",
        contentType: "application/x-www-form-urlencoded",
      });
      continue;
    }
    let paramCase: Case | undefined;
    for (const p of params.filter((x: Json) => x.in === "path" || x.in === "query")) {
      const wrong = wrongValue(p.schema);
      if (wrong === undefined) continue;
      paramCase =
        p.in === "path"
          ? { ...base, name: `${op.operationId}: path ${p.name}=${wrong}`, path: fill({ [p.name]: wrong }) }
          : {
              ...base,
              name: `${op.operationId}: query ${p.name}=${wrong}`,
              path: `${fill()}?${p.name}=${encodeURIComponent(wrong)}`,
            };
      break;
    }
    if (!paramCase && headerParams.length > 0) {
      paramCase = { ...base, name: `${op.operationId}: required header missing`, path: fill(), omitHeaders: true };
    }
    paramCase ??= {
      ...base,
      name: `${op.operationId}: unknown query parameter`,
      path: `${fill()}?unexpected_parameter=1`,
    };
    if (jsonBody && (paramCase.method === "POST" || paramCase.method === "PUT" || paramCase.method === "PATCH")) {
      paramCase.body = "{}";
      paramCase.contentType = "application/json";
    }
    cases.push(paramCase);
  }
}

describe("bad input on every operation", () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer("pglite", { LEANVIBE_ANONYMOUS_RATE_LIMIT: "100000" });
    const tenant = await t.seedTenant({ plan: "enterprise" });
    const owner = await t.seedUser(tenant.id, "owner");
    tokens.owner = await t.userToken(owner, tenant.id, "owner");
    tokens.platform_admin = await t.platformToken(await t.seedPlatformAdmin());
  }, 60_000);
  afterAll(() => t?.close());

  it("covers every operation of the spec", () => {
    const ops = new Set(cases.map((c) => c.name.split(":")[0]));
    expect(ops.size).toBe(
      Object.values<Json>(doc.paths).flatMap((i) => Object.keys(i).filter((k) => k !== "parameters")).length - 1,
    );
  });

  it.each(cases.map((c) => [c.name, c]))("%s → 400", async (_name, c) => {
    const token = c.roles.length === 0 ? undefined : c.roles.includes("owner") ? tokens.owner : tokens.platform_admin;
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (c.contentType) headers["content-type"] = c.contentType;
    if (c.path.startsWith("/v1/auth/sso/")) headers["x-tenant-slug"] = "acme";
    if (c.name.startsWith("receiveStripeWebhook") && !c.omitHeaders) headers["stripe-signature"] = "t=1,v1=00";
    const res = await fetch(`${t.url}${c.path}`, { method: c.method, headers, body: c.body });
    const body = (await res.json()) as any;
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error).toBe("invalid_request");
    expect(Object.keys(body).sort()).toEqual(["details", "error", "message", "request_id", "timestamp"]);
  });
});
