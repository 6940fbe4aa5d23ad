import { type Principal, roleOf } from "../context.js";
import { ApiError } from "../errors.js";
import type { ServerOperation } from "../operations.js";

/** The scope an API key needs for an operation: `<tag>:read` for GET, `<tag>:write` otherwise. */
export function requiredScope(op: ServerOperation): string {
  return `${op.tag}:${op.method === "get" ? "read" : "write"}`;
}

/**
 * Role check against the spec's `x-required-roles` (the generated operation table is the permission table),
 * then the API key's scopes. Throws `403 forbidden` naming what would be allowed.
 */
export function authorize(principal: Principal, op: ServerOperation): void {
  if (op.roles.length === 0) return;
  const role = roleOf(principal);
  if (!role) throw new ApiError("unauthorized", "Authentication required");
  if (!op.roles.includes(role)) {
    throw new ApiError("forbidden", `This operation needs one of the roles: ${op.roles.join(", ")}; you are ${role}`, {
      required_roles: [...op.roles],
      role,
    });
  }
  if (principal.kind === "api_key") {
    const scope = requiredScope(op);
    if (!principal.scopes.includes("*") && !principal.scopes.includes(scope)) {
      throw new ApiError("forbidden", `This API key lacks the scope ${scope}`, {
        required_scope: scope,
        scopes: [...principal.scopes],
      });
    }
  }
}
