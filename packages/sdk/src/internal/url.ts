import { createFinalURL, createQuerySerializer, defaultPathSerializer } from "openapi-fetch";

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
  const query = params?.query ? withoutUndefined(params.query) : {};
  return createFinalURL(versioned, {
    baseUrl: root,
    params: { path: params?.path ?? {}, query },
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}

function withoutUndefined(query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) out[key] = value;
  return out;
}
