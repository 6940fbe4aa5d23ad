import { AsyncLocalStorage } from "node:async_hooks";

/** Who is calling, as established by authentication. */
export type Principal =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      tenantId: string;
      role: TenantRoleName;
      sessionId: string;
      tokenId: string;
      tokenExpiresAt: number;
      email: string;
    }
  | { kind: "api_key"; keyId: string; tenantId: string; role: TenantRoleName; scopes: readonly string[] }
  | {
      kind: "platform_admin";
      adminId: string;
      email: string;
      sessionId: string;
      tokenId: string;
      tokenExpiresAt: number;
    };

export type TenantRoleName = "owner" | "admin" | "billing_admin" | "developer" | "viewer";
export type RoleName = TenantRoleName | "platform_admin";

export interface RequestContext {
  requestId: string;
  principal: Principal;
  ip: string | undefined;
  userAgent: string | undefined;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const runWithContext = <T>(ctx: RequestContext, fn: () => T): T => storage.run(ctx, fn);

/** The current request's context, for code far from the handler (audit, logging). */
export const currentContext = (): RequestContext | undefined => storage.getStore();

export function roleOf(principal: Principal): RoleName | undefined {
  if (principal.kind === "anonymous") return undefined;
  if (principal.kind === "platform_admin") return "platform_admin";
  return principal.role;
}

export function tenantOf(principal: Principal): string | undefined {
  return principal.kind === "user" || principal.kind === "api_key" ? principal.tenantId : undefined;
}
