import { createQuerySerializer } from "openapi-fetch";

export interface RequestParams {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
}

const querySerializer = createQuerySerializer({ array: { style: "form", explode: true } });

/** `https://host/v1/` → `https://host` — the spec's paths carry `/v1` themselves. */
export function apiRoot(baseURL: string): string {
  return baseURL.replace(/\/+$/, "").replace(/\/v1$/, "");
}

/**
 * Joins the client's root with a path. Spec paths (`/v1/tasks`, `/.well-known/jwks.json`) are
 * resolved against the root; other paths are taken as relative to `/v1` (`/tasks`). Either way both
 * `baseURL` spellings (`…/v1` and the bare host) reach the same URL.
 */
export function buildURL(root: string, path: string, params: RequestParams | undefined): string {
  if (/^https?:\/\//i.test(path)) return path;
  const rooted = path === "/v1" || path.startsWith("/v1/") || path.startsWith("/.well-known/");
  const versioned = rooted ? path : `/v1${path.startsWith("/") ? "" : "/"}${path}`;
  const filled = params?.path ? fillPath(versioned, params.path) : versioned;
  const query = params?.query ? querySerializer(withoutUndefined(params.query)) : "";
  return query ? `${root}${filled}?${query}` : `${root}${filled}`;
}

// Templates split once into [literal, name, literal, name, …]: filling a path is on every call's path.
const templates = new Map<string, string[]>();
const MAX_TEMPLATES = 512;

/** `{task_id}` → the encoded value (OpenAPI's `simple` style: arrays and objects comma-joined). */
function fillPath(path: string, values: Record<string, unknown>): string {
  if (!path.includes("{")) return path;
  let parts = templates.get(path);
  if (!parts) {
    parts = path.split(/\{([^{}]+)\}/);
    if (templates.size < MAX_TEMPLATES) templates.set(path, parts);
  }
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += encodeParam(name, values[name]) + (parts[i + 1] ?? "");
  }
  return out;
}

function encodeParam(name: string, value: unknown): string {
  if (value === undefined || value === null) return `{${name}}`;
  if (Array.isArray(value)) return value.map((v) => encodeURIComponent(String(v))).join(",");
  if (typeof value === "object") {
    return Object.entries(value)
      .flatMap(([k, v]) => [encodeURIComponent(k), encodeURIComponent(String(v))])
      .join(",");
  }
  return encodeURIComponent(String(value));
}

function withoutUndefined(query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) out[key] = value;
  return out;
}
