import { operations } from "../../generated/operations.js";
import type { ServerOperation } from "../operations.js";

interface CompiledRoute {
  regex: RegExp;
  names: string[];
  byMethod: Map<string, ServerOperation>;
}

function compile(): CompiledRoute[] {
  const byPath = new Map<string, CompiledRoute>();
  for (const op of operations) {
    let route = byPath.get(op.path);
    if (!route) {
      const names: string[] = [];
      const pattern = op.path
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const m = /^\{([^}]+)\}$/.exec(part);
          if (m) {
            names.push(m[1]!);
            return "([^/]+)";
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
        .join("");
      route = { regex: new RegExp(`^${pattern}/?$`), names, byMethod: new Map() };
      byPath.set(op.path, route);
    }
    route.byMethod.set(op.method, op);
  }
  // Literal segments win over parameters (`/v1/tenants/me/info` before `/v1/tenants/{tenant_id}`).
  return [...byPath.values()].sort((a, b) => a.names.length - b.names.length);
}

const routes = compile();

export type RouteMatch =
  | { kind: "operation"; operation: ServerOperation; params: Record<string, string> }
  | { kind: "method_not_allowed"; allowed: string[] }
  | { kind: "none" };

/** Finds the spec operation for a method and path (without query string). */
export function matchOperation(method: string, path: string): RouteMatch {
  let allowed: string[] | undefined;
  for (const route of routes) {
    const m = route.regex.exec(path);
    if (!m) continue;
    const op = route.byMethod.get(method.toLowerCase()) ?? (method === "HEAD" ? route.byMethod.get("get") : undefined);
    if (!op) {
      allowed ??= [...route.byMethod.keys()].map((k) => k.toUpperCase());
      continue;
    }
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1]!);
    });
    return { kind: "operation", operation: op, params };
  }
  return allowed ? { kind: "method_not_allowed", allowed } : { kind: "none" };
}

export { operations };
