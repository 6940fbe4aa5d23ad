import * as oidc from "openid-client";
import { hashToken } from "../../../platform/auth/tokens.js";
import { withPlatform, withTenant } from "../../../platform/db/index.js";
import { ApiError } from "../../../platform/errors.js";
import type { Schemas } from "../../../platform/http/handler-types.js";
import type { PlatformServices } from "../../../platform/services.js";
import {
  isLoopback,
  type OidcConnection,
  type OidcProviderName,
  oidcConnection,
  type SsoTenant,
  tenantBySlug,
} from "./connections.js";
import type { SsoSignIn } from "./sign-in.js";

/** Long enough to type a password and approve a consent screen; short enough that a leaked state is soon useless. */
const STATE_TTL_MS = 10 * 60_000;
/** Providers rotate keys and endpoints rarely; re-reading discovery hourly picks changes up without a restart. */
const DISCOVERY_TTL_MS = 60 * 60_000;
const DISCOVERY_TIMEOUT_SECONDS = 10;
const SCOPE = "openid email profile";
type Claims = oidc.IDToken | (oidc.IDToken & oidc.UserInfoResponse);
const LABEL: Record<OidcProviderName, string> = { google: "Google", microsoft: "Microsoft" };

const badState = () =>
  new ApiError("unauthorized", "This sign-on is unknown or has expired: start again from the sign-in page");

/**
 * OpenID Connect sign-on (authorisation code flow with PKCE, state and nonce) against each tenant's Google or
 * Microsoft settings. The state row binds the callback to one tenant, provider, redirect URI and PKCE verifier;
 * it is spent before the code is exchanged, so a replayed callback fails even if the exchange would have worked.
 */
export class OidcSignOn {
  private readonly discovered = new Map<string, { config: Promise<oidc.Configuration>; until: number }>();

  constructor(
    private readonly s: PlatformServices,
    private readonly signIn: SsoSignIn,
  ) {}

  async start(
    provider: OidcProviderName,
    tenantSlug: string,
    requestedRedirect: string | undefined,
  ): Promise<Schemas["SsoRedirect"]> {
    const tenant = await tenantBySlug(this.s.db, tenantSlug);
    if (!tenant) throw new ApiError("not_found", `No organisation with the slug ${tenantSlug}`);
    const conn = await withTenant(this.s.db, tenant.id, (trx) => oidcConnection(trx, this.s.box, tenant.id, provider));
    if (!conn) {
      throw new ApiError("not_found", `Single sign-on with ${LABEL[provider]} is not set up for this organisation`, {
        provider,
      });
    }
    const redirectUri = this.redirectUri(provider, requestedRedirect);
    const config = await this.configuration(conn);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const verifier = oidc.randomPKCECodeVerifier();
    const now = this.s.clock.now();
    await withTenant(this.s.db, tenant.id, async (trx) => {
      // States nobody came back for pile up otherwise; a day's grace keeps recent ones for investigating replays.
      await trx
        .deleteFrom("sso_states")
        .where("expires_at", "<", new Date(now.getTime() - 86_400_000))
        .execute();
      await trx
        .insertInto("sso_states")
        .values({
          state_hash: hashToken(state),
          tenant_id: tenant.id,
          provider,
          nonce,
          code_verifier_sealed: this.s.box.seal(verifier),
          redirect_uri: redirectUri,
          expires_at: new Date(now.getTime() + STATE_TTL_MS),
        })
        .execute();
    });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: SCOPE,
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
    });
    return { provider, authorization_url: url.href, state };
  }

  async complete(provider: OidcProviderName, code: string, state: string): Promise<Schemas["LoginResponse"]> {
    const hash = hashToken(state);
    const found = await withPlatform(this.s.db, "sso: find sign-on state", (trx) =>
      trx
        .selectFrom("sso_states")
        .innerJoin("tenants", "tenants.id", "sso_states.tenant_id")
        .select(["tenants.id", "tenants.slug", "tenants.status"])
        .where("sso_states.state_hash", "=", hash)
        .executeTakeFirst(),
    );
    if (!found) throw badState();
    const tenant: SsoTenant = found;
    const now = this.s.clock.now();
    const spent = await withTenant(this.s.db, tenant.id, async (trx) => {
      const row = await trx
        .selectFrom("sso_states")
        .selectAll()
        .where("state_hash", "=", hash)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (row.used_at) return { kind: "replayed" as const, row };
      if (row.expires_at <= now) return { kind: "expired" as const, row };
      if (row.provider !== provider) return { kind: "wrong_provider" as const, row };
      await trx.updateTable("sso_states").set({ used_at: now }).where("state_hash", "=", hash).execute();
      const conn = await oidcConnection(trx, this.s.box, tenant.id, provider);
      return { kind: "ok" as const, row, conn };
    });
    const details = { method: "oidc", provider };
    if (spent.kind !== "ok") {
      await this.signIn.refuse(tenant.id, details, `state_${spent.kind}`);
      if (spent.kind === "replayed") {
        throw new ApiError("unauthorized", "This sign-on was already completed: a callback works once; start again");
      }
      throw badState();
    }
    if (!spent.conn) {
      await this.signIn.refuse(tenant.id, details, "provider_disabled");
      throw new ApiError("unauthorized", `Single sign-on with ${LABEL[provider]} is no longer set up here`);
    }
    const config = await this.configuration(spent.conn);
    // The callback is rebuilt from what was stored: the redirect URI sent to the token endpoint must be the one
    // the authorisation request named. The issuer parameter (RFC 9207) is restored from the provider's metadata:
    // the state already binds this response to that provider.
    const callback = new URL(spent.row.redirect_uri);
    callback.searchParams.set("code", code);
    callback.searchParams.set("state", state);
    const meta = config.serverMetadata();
    if (meta.authorization_response_iss_parameter_supported) callback.searchParams.set("iss", meta.issuer);
    let claims: Claims | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: this.s.box.open(spent.row.code_verifier_sealed),
        expectedState: state,
        expectedNonce: spent.row.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      // A provider may keep the e-mail out of the ID token (code flow) and answer it at userinfo instead; the
      // answer must be about the same subject.
      if (claims && typeof claims.email !== "string") {
        const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
        claims = { ...info, ...claims, email: info.email, email_verified: info.email_verified };
      }
    } catch (err) {
      await this.signIn.refuse(tenant.id, { ...details, error: describe(err) }, "code_exchange_failed");
      throw new ApiError("unauthorized", `${LABEL[provider]} did not confirm this sign-on: ${describe(err)}`);
    }
    const email = typeof claims?.email === "string" ? claims.email : undefined;
    if (!claims || !email || !verifiedEmail(provider, claims)) {
      await this.signIn.refuse(tenant.id, { ...details, subject: claims?.sub, email }, "email_not_verified");
      throw new ApiError(
        "unauthorized",
        `${LABEL[provider]} did not vouch for a verified e-mail address, so it cannot be matched to a user`,
      );
    }
    return this.signIn.complete(tenant, { method: "oidc", provider, subject: claims.sub, email });
  }

  /** The provider's callback target: ours by default, or one on this API's or the web app's origin. */
  private redirectUri(provider: OidcProviderName, requested: string | undefined): string {
    const fallback = `${this.s.config.publicUrl}/v1/auth/sso/${provider}/callback`;
    if (!requested) return fallback;
    let url: URL;
    try {
      url = new URL(requested);
    } catch {
      throw new ApiError("invalid_request", "redirect_uri is not a URL", { field: "redirect_uri" });
    }
    if (url.search || url.hash) {
      throw new ApiError("invalid_request", "redirect_uri must not carry a query or fragment", {
        field: "redirect_uri",
      });
    }
    const allowed = new Set([new URL(this.s.config.publicUrl).origin, new URL(this.s.config.appUrl).origin]);
    if (!allowed.has(url.origin)) {
      throw new ApiError("invalid_request", `redirect_uri must be on ${[...allowed].join(" or ")}`, {
        field: "redirect_uri",
      });
    }
    return url.href;
  }

  private configuration(conn: OidcConnection): Promise<oidc.Configuration> {
    const key = `${conn.tenantId}:${conn.provider}:${conn.version}`;
    const hit = this.discovered.get(key);
    const nowMs = this.s.clock.nowMs();
    if (hit && hit.until > nowMs) return hit.config;
    const issuer = new URL(conn.issuer);
    const config = oidc
      .discovery(issuer, conn.clientId, undefined, oidc.ClientSecretPost(conn.clientSecret), {
        execute: issuer.protocol === "http:" && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [],
        timeout: DISCOVERY_TIMEOUT_SECONDS,
      })
      .catch((err: unknown) => {
        this.discovered.delete(key);
        this.s.logger.warn({ err, issuer: conn.issuer }, "OpenID discovery failed");
        throw new ApiError(
          "service_unavailable",
          `${LABEL[conn.provider]} could not be reached for sign-on (${describe(err)}); try again shortly`,
        );
      });
    this.discovered.set(key, { config, until: nowMs + DISCOVERY_TTL_MS });
    return config;
  }
}

/**
 * Google states `email_verified`. Microsoft's tokens seldom carry it; its `xms_edov` claim (optional, set up in
 * the app registration) says the domain owner verified the address. Anything else is refused: an unverified
 * address could name somebody else's account.
 */
function verifiedEmail(provider: OidcProviderName, claims: Claims): boolean {
  if (claims.email_verified === true) return true;
  return provider === "microsoft" && claims.xms_edov === true;
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { error_description?: unknown; error?: unknown }).error_description ?? err.message;
    return String(cause).slice(0, 300);
  }
  return String(err).slice(0, 300);
}
