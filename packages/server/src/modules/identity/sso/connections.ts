import { X509Certificate } from "node:crypto";
import { audit } from "../../../platform/audit.js";
import type { SecretBox } from "../../../platform/auth/secret-box.js";
import { type Database, type SsoProviderName, type Tx, withPlatform } from "../../../platform/db/index.js";
import { ApiError } from "../../../platform/errors.js";

export type OidcProviderName = Exclude<SsoProviderName, "saml">;
export const SSO_PROVIDERS: readonly SsoProviderName[] = ["google", "microsoft", "saml"];

export const GOOGLE_ISSUER = "https://accounts.google.com";

/** Microsoft's issuer names one directory: `common` and `organizations` sign tokens with the user's own tenant. */
export const microsoftIssuer = (directory: string) => `https://login.microsoftonline.com/${directory}/v2.0`;

/** What an administrator sets for one provider of one tenant. */
export interface SsoSettings {
  /** OpenID: the provider's issuer (discovery base). SAML: the IdP's entity id, checked when given. */
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  /** SAML: the IdP's sign-on URL (kept for IdP discovery by administrators; the flow is IdP-initiated). */
  samlEntryPoint?: string;
  /** SAML: the IdP's signing certificate, PEM. */
  samlCert?: string;
  /** SAML: the audience (our entity id) the assertions must name; defaults to `urn:leanvibe:sp:<tenant-slug>`. */
  samlAudience?: string;
  enabled?: boolean;
}

export interface OidcConnection {
  tenantId: string;
  provider: OidcProviderName;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Changes whenever the settings do, so a cached discovery never outlives them. */
  version: string;
}

export interface SamlConnection {
  tenantId: string;
  issuer: string | null;
  cert: string;
  audience: string;
}

export interface SsoTenant {
  id: string;
  slug: string;
  status: "active" | "suspended" | "trial" | "cancelled";
}

export const defaultSamlAudience = (slug: string) => `urn:leanvibe:sp:${slug}`;

/** The tenant named by a slug, or undefined. */
export async function tenantBySlug(db: Database, slug: string): Promise<SsoTenant | undefined> {
  return withPlatform(db, "sso: find tenant by slug", (trx) =>
    trx.selectFrom("tenants").select(["id", "slug", "status"]).where("slug", "=", slug).executeTakeFirst(),
  );
}

/**
 * Sets (creates or replaces) the single sign-on settings of one provider for a tenant. Secrets and the IdP
 * certificate are sealed before they reach the database. Used by `leanvibe-server sso set`.
 */
export async function setSsoConnection(
  db: Database,
  box: SecretBox,
  tenantSlug: string,
  provider: SsoProviderName,
  settings: SsoSettings,
): Promise<{ tenantId: string; provider: SsoProviderName; issuer: string | null; audience: string | null }> {
  if (!SSO_PROVIDERS.includes(provider)) {
    throw new ApiError("invalid_request", `The provider must be one of ${SSO_PROVIDERS.join(", ")}`);
  }
  const tenant = await tenantBySlug(db, tenantSlug);
  if (!tenant) throw new ApiError("not_found", `No tenant with the slug ${tenantSlug}`);
  const values = provider === "saml" ? samlValues(tenant.slug, box, settings) : oidcValues(provider, box, settings);
  await withPlatform(db, "sso: set provider settings", async (trx: Tx) => {
    await trx
      .insertInto("sso_connections")
      .values({ tenant_id: tenant.id, provider, ...values, enabled: settings.enabled ?? true })
      .onConflict((oc) =>
        oc.columns(["tenant_id", "provider"]).doUpdateSet({ ...values, enabled: settings.enabled ?? true }),
      )
      .execute();
    await audit(trx, {
      tenantId: tenant.id,
      actorType: "system",
      action: "sso.configured",
      category: "auth",
      targetType: "sso_connection",
      targetId: provider,
      result: "success",
      details: { provider, issuer: values.issuer, enabled: settings.enabled ?? true },
    });
  });
  return { tenantId: tenant.id, provider, issuer: values.issuer, audience: values.saml_audience };
}

function oidcValues(provider: OidcProviderName, box: SecretBox, s: SsoSettings) {
  const issuer = s.issuer ?? (provider === "google" ? GOOGLE_ISSUER : undefined);
  if (!issuer) {
    throw new ApiError(
      "invalid_request",
      `Microsoft needs the issuer of your directory: ${microsoftIssuer("<directory-id>")}`,
      { field: "issuer" },
    );
  }
  httpsOrLoopback(issuer, "issuer");
  if (!s.clientId) throw new ApiError("invalid_request", "The client id is required", { field: "client_id" });
  if (!s.clientSecret) {
    throw new ApiError("invalid_request", "The client secret is required", { field: "client_secret" });
  }
  return {
    issuer: issuer.replace(/\/$/, ""),
    client_id: s.clientId,
    client_secret_sealed: box.seal(s.clientSecret),
    saml_entry_point: null,
    saml_cert_sealed: null,
    saml_audience: null,
  };
}

function samlValues(slug: string, box: SecretBox, s: SsoSettings) {
  if (!s.samlCert)
    throw new ApiError("invalid_request", "The IdP's signing certificate is required", { field: "cert" });
  try {
    new X509Certificate(s.samlCert);
  } catch {
    throw new ApiError("invalid_request", "The IdP certificate is not a PEM X.509 certificate", { field: "cert" });
  }
  if (s.samlEntryPoint) httpsOrLoopback(s.samlEntryPoint, "saml_entry_point");
  return {
    issuer: s.issuer ?? null,
    client_id: null,
    client_secret_sealed: null,
    saml_entry_point: s.samlEntryPoint ?? null,
    saml_cert_sealed: box.seal(s.samlCert),
    saml_audience: s.samlAudience ?? defaultSamlAudience(slug),
  };
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Plain http is allowed for a provider on this machine only (a development or test IdP). */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

function httpsOrLoopback(value: string, field: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ApiError("invalid_request", `${field} is not a URL`, { field });
  }
  if (url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url))) return;
  throw new ApiError("invalid_request", `${field} must be an https URL`, { field });
}

/** The enabled OpenID settings of a provider for a tenant, secrets opened. */
export async function oidcConnection(
  trx: Tx,
  box: SecretBox,
  tenantId: string,
  provider: OidcProviderName,
): Promise<OidcConnection | undefined> {
  const row = await trx
    .selectFrom("sso_connections")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("provider", "=", provider)
    .where("enabled", "=", true)
    .executeTakeFirst();
  if (!row?.issuer || !row.client_id || !row.client_secret_sealed) return undefined;
  return {
    tenantId,
    provider,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: box.open(row.client_secret_sealed),
    version: row.updated_at.toISOString(),
  };
}

/** The enabled SAML settings of a tenant, the certificate opened. */
export async function samlConnection(trx: Tx, box: SecretBox, tenant: SsoTenant): Promise<SamlConnection | undefined> {
  const row = await trx
    .selectFrom("sso_connections")
    .selectAll()
    .where("tenant_id", "=", tenant.id)
    .where("provider", "=", "saml")
    .where("enabled", "=", true)
    .executeTakeFirst();
  if (!row?.saml_cert_sealed) return undefined;
  return {
    tenantId: tenant.id,
    issuer: row.issuer,
    cert: box.open(row.saml_cert_sealed),
    audience: row.saml_audience ?? defaultSamlAudience(tenant.slug),
  };
}
