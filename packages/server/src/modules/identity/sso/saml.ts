import { type Profile, SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { withTenant } from "../../../platform/db/index.js";
import { ApiError } from "../../../platform/errors.js";
import type { Schemas } from "../../../platform/http/handler-types.js";
import type { PlatformServices } from "../../../platform/services.js";
import { type SamlConnection, samlConnection, tenantBySlug } from "./connections.js";
import type { SsoSignIn } from "./sign-in.js";

/** Clocks of an IdP and ours drift a little; more than this and the assertion's window is not trusted. */
const CLOCK_SKEW_MS = 30_000;
const BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

type XmlNode = { $?: Record<string, string>; _?: string } & Record<string, unknown>;

const invalidAssertion = (why: string) => new ApiError("unauthorized", `The SAML response was refused: ${why}`);

/**
 * SAML 2.0 assertion consumer (HTTP-POST binding). The flow may start at the IdP, so there is no request of ours
 * to match: `RelayState` names the tenant, whose IdP certificate must have signed the assertion. node-saml checks
 * the signature, the audience and the Conditions window; the subject confirmation (bearer, Recipient = this
 * endpoint, its NotOnOrAfter) and the issuer are checked here, and each assertion id is accepted once.
 */
export class SamlSignOn {
  constructor(
    private readonly s: PlatformServices,
    private readonly signIn: SsoSignIn,
  ) {}

  /** Where IdPs post their responses: what administrators enter as the ACS URL, and the Recipient we require. */
  consumerUrl(): string {
    return `${this.s.config.publicUrl}/v1/auth/saml/sso`;
  }

  async consume(form: Schemas["SamlResponseForm"]): Promise<Schemas["LoginResponse"]> {
    const slug = form.RelayState?.trim();
    if (!slug) {
      throw new ApiError("invalid_request", "RelayState must carry the organisation's slug", { field: "RelayState" });
    }
    const tenant = await tenantBySlug(this.s.db, slug);
    if (!tenant)
      throw new ApiError("invalid_request", `No organisation with the slug ${slug}`, { field: "RelayState" });
    const conn = await withTenant(this.s.db, tenant.id, (trx) => samlConnection(trx, this.s.box, tenant));
    if (!conn) {
      throw new ApiError("invalid_request", "SAML single sign-on is not set up for this organisation", {
        field: "RelayState",
      });
    }
    const details = { method: "saml", provider: "saml" };
    let profile: Profile;
    try {
      profile = await this.validate(conn, form.SAMLResponse);
    } catch (err) {
      const why = err instanceof Error ? err.message.slice(0, 300) : String(err);
      await this.signIn.refuse(tenant.id, { ...details, error: why }, "assertion_invalid");
      throw invalidAssertion(why);
    }
    const assertion = profile.getAssertion?.() as { Assertion?: XmlNode } | undefined;
    const id = assertion?.Assertion?.$?.ID;
    const until = notOnOrAfter(assertion?.Assertion);
    if (!id || !until) {
      await this.signIn.refuse(tenant.id, details, "assertion_invalid");
      throw invalidAssertion("the assertion has no ID or no NotOnOrAfter");
    }
    const fresh = await withTenant(this.s.db, tenant.id, async (trx) => {
      await trx.deleteFrom("saml_assertions_seen").where("expires_at", "<", this.s.clock.now()).execute();
      const row = await trx
        .insertInto("saml_assertions_seen")
        .values({ tenant_id: tenant.id, assertion_id: id, expires_at: new Date(until.getTime() + CLOCK_SKEW_MS) })
        .onConflict((oc) => oc.columns(["tenant_id", "assertion_id"]).doNothing())
        .returning("assertion_id")
        .executeTakeFirst();
      return Boolean(row);
    });
    if (!fresh) {
      await this.signIn.refuse(tenant.id, { ...details, assertion_id: id }, "assertion_replayed");
      throw invalidAssertion("this assertion was already used");
    }
    const email = emailOf(profile);
    if (!email) {
      await this.signIn.refuse(tenant.id, { ...details, subject: profile.nameID }, "no_email");
      throw invalidAssertion("it names no e-mail address (NameID or an email/mail attribute)");
    }
    return this.signIn.complete(tenant, { method: "saml", provider: "saml", subject: profile.nameID, email });
  }

  private async validate(conn: SamlConnection, samlResponse: string): Promise<Profile> {
    const acs = this.consumerUrl();
    const saml = new SAML({
      idpCert: conn.cert,
      issuer: conn.audience,
      audience: conn.audience,
      callbackUrl: acs,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: false,
      validateInResponseTo: ValidateInResponseTo.never,
      acceptedClockSkewMs: CLOCK_SKEW_MS,
    });
    const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse });
    if (!profile) throw new Error("the response carries no assertion");
    if (conn.issuer && profile.issuer !== conn.issuer) {
      throw new Error(`the issuer ${profile.issuer ?? "(none)"} is not ${conn.issuer}`);
    }
    const assertion = (profile.getAssertion?.() as { Assertion?: XmlNode } | undefined)?.Assertion;
    if (!assertion) throw new Error("the response carries no assertion");
    this.confirmSubject(assertion, acs);
    return profile;
  }

  /**
   * A bearer assertion must be addressed to this endpoint and still be within its confirmation window; node-saml
   * checks these only when it matches InResponseTo, which an IdP-started flow does not have.
   */
  private confirmSubject(assertion: XmlNode, acs: string): void {
    const now = this.s.clock.nowMs();
    const subject = (assertion.Subject as XmlNode[] | undefined)?.[0];
    const confirmations = (subject?.SubjectConfirmation as XmlNode[] | undefined) ?? [];
    const bearer = confirmations.filter((c) => c.$?.Method === BEARER);
    if (bearer.length === 0) throw new Error("no bearer subject confirmation");
    const data = bearer.map((c) => (c.SubjectConfirmationData as XmlNode[] | undefined)?.[0]?.$ ?? {});
    const addressed = data.filter((d) => d.Recipient === acs);
    if (addressed.length === 0) throw new Error(`the subject confirmation is not addressed to ${acs}`);
    const live = addressed.filter((d) => {
      const after = d.NotOnOrAfter ? Date.parse(d.NotOnOrAfter) : Number.NaN;
      const before = d.NotBefore ? Date.parse(d.NotBefore) : undefined;
      return after + CLOCK_SKEW_MS > now && (before === undefined || before - CLOCK_SKEW_MS <= now);
    });
    if (live.length === 0) throw new Error("the subject confirmation has expired (NotOnOrAfter)");
  }
}

function notOnOrAfter(assertion: XmlNode | undefined): Date | undefined {
  const conditions = (assertion?.Conditions as XmlNode[] | undefined)?.[0];
  const value = conditions?.$?.NotOnOrAfter;
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

function emailOf(profile: Profile): string | undefined {
  for (const v of [profile.email, profile.mail]) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string" && first.includes("@")) return first;
  }
  return profile.nameID?.includes("@") ? profile.nameID : undefined;
}
