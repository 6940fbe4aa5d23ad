import { audit } from "../../../platform/audit.js";
import { withTenant } from "../../../platform/db/index.js";
import { ApiError } from "../../../platform/errors.js";
import type { Schemas } from "../../../platform/http/handler-types.js";
import type { PlatformServices } from "../../../platform/services.js";
import type { MfaService } from "../mfa.js";
import type { SessionUser } from "../sessions.js";
import type { SsoTenant } from "./connections.js";

export interface SsoIdentity {
  /** How the person signed on: `oidc` or `saml`. */
  method: "oidc" | "saml";
  /** google, microsoft or saml. */
  provider: string;
  /** The provider's subject (OpenID `sub`, SAML NameID), kept in the audit trail. */
  subject: string;
  email: string;
}

/**
 * The last step every sign-on shares: the identity the provider vouched for becomes a session of the existing,
 * active user with that e-mail in the tenant, through the same session machinery as a password login (so
 * refresh, logout and revocation work alike). Nobody is created here: an unknown e-mail is refused, and audited.
 * A user who enrolled a second factor with us is still asked for it: the provider vouches for the e-mail, not
 * for the factor the user chose here.
 */
export class SsoSignIn {
  constructor(
    private readonly s: PlatformServices,
    private readonly mfa: MfaService,
  ) {}

  async complete(tenant: SsoTenant, who: SsoIdentity): Promise<Schemas["LoginResponse"]> {
    if (tenant.status === "suspended") {
      throw new ApiError("tenant_suspended", "This tenant is suspended; contact support to reactivate it");
    }
    if (tenant.status === "cancelled") throw new ApiError("unauthorized", "This organisation's account is closed");
    const email = who.email.trim().toLowerCase();
    const now = this.s.clock.now();
    const details = { method: who.method, provider: who.provider, subject: who.subject };
    const result = await withTenant(
      this.s.db,
      tenant.id,
      async (trx): Promise<Schemas["LoginResponse"] | undefined> => {
        const row = await trx
          .selectFrom("users")
          .select(["id", "email", "role"])
          .where("tenant_id", "=", tenant.id)
          .where("email", "=", email)
          .where("status", "=", "active")
          .executeTakeFirst();
        if (!row) return undefined;
        const user: SessionUser = { id: row.id, tenantId: tenant.id, email: row.email, role: row.role };
        return this.mfa.completeSignIn(trx, user, now, details);
      },
    );
    if (!result) {
      await this.refuse(tenant.id, { ...details, email }, "unknown_user");
      throw new ApiError(
        "unauthorized",
        `No active user with the e-mail ${email} in this organisation: ask an administrator to invite you`,
      );
    }
    if (!result.mfa_required) await this.s.events.wake();
    return result;
  }

  /** Records a refused sign-on in the tenant's audit trail, in a transaction of its own so it outlives the error. */
  async refuse(tenantId: string, details: Record<string, unknown>, reason: string): Promise<void> {
    await withTenant(this.s.db, tenantId, (trx) =>
      audit(trx, {
        tenantId,
        actorType: "system",
        action: "user.login_failed",
        category: "auth",
        targetType: null,
        targetId: null,
        result: "failure",
        details: { ...details, reason },
      }),
    );
  }
}
