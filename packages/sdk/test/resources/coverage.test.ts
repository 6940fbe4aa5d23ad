import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeanVibeClient } from "../../src/index.js";
import type { Endpoint } from "../../src/internal/operation.js";
import { APIResource } from "../../src/internal/resource.js";
import { sendJson, startServer, type TestServer } from "../helpers/http-server.js";

interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
}

const spec = JSON.parse(
  readFileSync(new URL("../../../server/src/generated/openapi.json", import.meta.url), "utf8"),
) as { paths: Record<string, Record<string, { operationId?: string }>> };

const specOperations: SpecOperation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  (["get", "post", "put", "patch", "delete"] as const)
    .filter((method) => item[method])
    .map((method) => ({ operationId: item[method]?.operationId ?? `(missing id) ${method} ${path}`, method, path })),
);

interface SdkMethod {
  name: string;
  resource: APIResource;
  endpoint: Endpoint;
}

/** Every resource method and the operation it declares, found by walking the client's namespaces. */
function sdkMethods(client: LeanVibeClient): SdkMethod[] {
  const found: SdkMethod[] = [];
  const visit = (resource: APIResource, label: string) => {
    const table = (resource.constructor as { operations?: Record<string, Endpoint> }).operations ?? {};
    for (const [name, endpoint] of Object.entries(table)) found.push({ name: `${label}.${name}`, resource, endpoint });
    for (const [key, value] of Object.entries(resource))
      if (value instanceof APIResource) visit(value, `${label}.${key}`);
  };
  for (const [key, value] of Object.entries(client)) if (value instanceof APIResource) visit(value, `client.${key}`);
  return found;
}

const methods = sdkMethods(new LeanVibeClient({ apiKey: "lv_x", baseURL: "http://127.0.0.1:1" }));

describe("SDK coverage of the API document", () => {
  it("has an SDK method for every operation of the bundled spec", () => {
    const covered = new Set(methods.map((m) => m.endpoint.operationId));
    const missing = specOperations
      .filter((op) => !covered.has(op.operationId))
      .map((op) => `${op.operationId} (${op.method} ${op.path})`);
    expect(missing).toEqual([]);
    expect(specOperations.length).toBeGreaterThan(50);
  });

  it("declares each operation with the spec's method and path, once", () => {
    const byId = new Map(specOperations.map((op) => [op.operationId, op]));
    for (const { name, endpoint } of methods) {
      const op = byId.get(endpoint.operationId);
      expect(op, `${name} declares unknown operation ${endpoint.operationId}`).toBeDefined();
      expect(`${endpoint.method} ${endpoint.path}`, name).toBe(`${op?.method} ${op?.path}`);
    }
    const ids = methods.map((m) => m.endpoint.operationId);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it("exposes each declared operation as a method of its resource", () => {
    for (const { name, resource } of methods) {
      const method = name.split(".").at(-1) ?? "";
      expect(typeof (resource as unknown as Record<string, unknown>)[method], name).toBe("function");
    }
  });
});

describe("every resource method on the wire", () => {
  let server: TestServer;
  let client: LeanVibeClient;
  beforeAll(async () => {
    server = await startServer((_req, res) =>
      sendJson(res, 200, { data: [], pagination: { limit: 20, offset: 0, total: 0, has_more: false } }),
    );
    client = new LeanVibeClient({ apiKey: "lv_wire", baseURL: `${server.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => server.close());

  // Methods take their path parameters first, in path order, then the body or query, then options.
  const httpMethods = methods.filter((m) => m.endpoint.operationId !== "subscribeTaskUpdates");

  it.each(httpMethods.map((m) => [m.name, m] as const))(
    "%s sends the request its operation describes",
    async (_name, m) => {
      const names = [...m.endpoint.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");
      const values = names.map((_, i) => `id-${i + 1}`);
      const owner = resolveOwner(client, m.name);
      const method = m.name.split(".").at(-1) ?? "";
      const before = server.requests.length;
      await (owner[method] as (...args: unknown[]) => Promise<unknown>).call(owner, ...values, {});
      const request = server.requests[before];
      let expected = m.endpoint.path as string;
      names.forEach((name, i) => {
        expected = expected.replace(`{${name}}`, values[i] ?? "");
      });
      expect(request?.method).toBe(m.endpoint.method.toUpperCase());
      expect(request?.url.split("?")[0]).toBe(expected);
    },
  );
});

function resolveOwner(client: LeanVibeClient, name: string): Record<string, unknown> {
  const parts = name.split(".").slice(1, -1);
  let target: unknown = client;
  for (const part of parts) target = (target as Record<string, unknown>)[part];
  return target as Record<string, unknown>;
}
