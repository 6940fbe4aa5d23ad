import { APIPromise } from "../core/api-promise.js";
import type { components } from "../generated/schema.js";
import { type Body, endpoint, type Query, type Result } from "../internal/operation.js";
import { APIResource, type CallOptions } from "../internal/resource.js";

type Schemas = components["schemas"];

const operations = {
  register: endpoint("registerTenant", "post", "/v1/auth/register"),
  login: endpoint("login", "post", "/v1/auth/login"),
  startSso: endpoint("startSso", "get", "/v1/auth/sso/{provider}"),
  completeSso: endpoint("completeSso", "get", "/v1/auth/sso/{provider}/callback"),
  samlSso: endpoint("samlSso", "post", "/v1/auth/saml/sso"),
  refresh: endpoint("refreshToken", "post", "/v1/auth/refresh"),
  logout: endpoint("logout", "post", "/v1/auth/logout"),
  me: endpoint("getCurrentIdentity", "get", "/v1/auth/me"),
  acceptInvitation: endpoint("acceptInvitation", "post", "/v1/auth/invitations/accept"),
  jwks: endpoint("getJwks", "get", "/.well-known/jwks.json"),
} as const;

const mfaOperations = {
  setup: endpoint("setupMfa", "post", "/v1/auth/mfa/setup"),
  verify: endpoint("verifyMfa", "post", "/v1/auth/mfa/verify"),
  list: endpoint("listMfaMethods", "get", "/v1/auth/mfa/methods"),
  disable: endpoint("disableMfa", "post", "/v1/auth/mfa/disable"),
} as const;

export type LoginResponse = Schemas["LoginResponse"];
export type LoginParams = Omit<Body<"/v1/auth/login", "post">, "provider"> & { provider?: "local" };
/** What `login` resolves to: a session (the client now uses its tokens) or an MFA challenge to complete. */
export type LoginResult =
  | (LoginResponse & { mfa_required?: false; access_token: string; refresh_token: string })
  | (LoginResponse & { mfa_required: true; mfa_token: string });

/** Multi-factor enrolment and verification: `client.auth.mfa`. */
export class MfaResource extends APIResource {
  static readonly operations = mfaOperations;

  setup(
    body: Body<"/v1/auth/mfa/setup", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/auth/mfa/setup", "post">> {
    return this.call(mfaOperations.setup, { body }, options);
  }

  /** Confirms a pending enrolment (signed in) or answers a login challenge (with `mfa_token`). */
  verify(
    body: Body<"/v1/auth/mfa/verify", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/auth/mfa/verify", "post">> {
    return this.call(mfaOperations.verify, { body }, options);
  }

  list(options?: CallOptions): APIPromise<Result<"/v1/auth/mfa/methods", "get">> {
    return this.call(mfaOperations.list, {}, options);
  }

  disable(
    body: Body<"/v1/auth/mfa/disable", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/auth/mfa/disable", "post">> {
    return this.call(mfaOperations.disable, { body }, options);
  }
}

/** Login, single sign-on, tokens and the caller's identity: `client.auth`. */
export class AuthResource extends APIResource {
  static readonly operations = operations;
  readonly mfa = new MfaResource(this.client);

  /** Creates a tenant with its first owner (self-service sign-up). */
  register(
    body: Body<"/v1/auth/register", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/auth/register", "post">> {
    return this.call(operations.register, { body }, options);
  }

  /**
   * Logs in with e-mail and password. On success the client switches to the new tokens (and calls
   * `onTokens`); when the user has MFA the result has `mfa_required: true` and an `mfa_token` for
   * `completeMfa`.
   */
  async login(params: LoginParams, options?: CallOptions & { tenantSlug?: string }): Promise<LoginResult> {
    const { tenantSlug, ...rest } = options ?? {};
    const headers = tenantSlug ? { ...rest.headers, "X-Tenant-Slug": tenantSlug } : rest.headers;
    const result = await this.call(
      operations.login,
      { body: { provider: "local", ...params } },
      { ...rest, headers, bearer: null },
    );
    await this.adoptTokens(result);
    return result as LoginResult;
  }

  /** Completes an MFA login challenge; the client then uses the returned tokens. */
  async completeMfa(
    params: { mfaToken: string; code: string; method?: Schemas["MfaMethodType"] },
    options?: CallOptions,
  ): Promise<Result<"/v1/auth/mfa/verify", "post">> {
    const body = { mfa_token: params.mfaToken, code: params.code, ...(params.method ? { method: params.method } : {}) };
    const result = await this.call(mfaOperations.verify, { body }, { ...options, bearer: null });
    await this.adoptTokens(result);
    return result;
  }

  /** Starts an OAuth single sign-on; answers the provider's redirect URL. */
  startSso(
    provider: string,
    query: Query<"/v1/auth/sso/{provider}", "get"> | Record<string, never> = {},
    options?: CallOptions,
  ): APIPromise<Result<"/v1/auth/sso/{provider}", "get">> {
    return this.call(operations.startSso, { path: { provider }, query }, options);
  }

  completeSso(
    provider: string,
    query: Query<"/v1/auth/sso/{provider}/callback", "get">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/auth/sso/{provider}/callback", "get">> {
    return this.call(operations.completeSso, { path: { provider }, query }, options);
  }

  /** Posts a SAML response (form-encoded, as the identity provider sends it). */
  samlSso(
    body: Body<"/v1/auth/saml/sso", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/auth/saml/sso", "post">> {
    const form = new URLSearchParams(body as Record<string, string>);
    return this.call(operations.samlSso, { body: form }, options);
  }

  /** Exchanges the client's refresh token for a new pair, which the client then uses. */
  async refresh(options?: CallOptions): Promise<Result<"/v1/auth/refresh", "post">> {
    const refreshToken = this.client.tokens.refreshToken;
    const result = await this.call(operations.refresh, {}, { ...options, bearer: refreshToken ?? null });
    await this.adoptTokens(result);
    return result;
  }

  /** Ends the session on the server; the client then forgets its tokens (drop any you saved from `onTokens`). */
  logout(options?: CallOptions): APIPromise<Result<"/v1/auth/logout", "post">> {
    const result = this.call(operations.logout, {}, options).withResponse();
    return new APIPromise(
      result.then((response) => {
        this.client.clearTokens();
        return response;
      }),
    );
  }

  /** Who the client is authenticated as: user or API key, role, scopes, tenant. */
  me(options?: CallOptions): APIPromise<Result<"/v1/auth/me", "get">> {
    return this.call(operations.me, {}, options);
  }

  acceptInvitation(
    body: Body<"/v1/auth/invitations/accept", "post">,
    options?: CallOptions,
  ): APIPromise<Result<"/v1/auth/invitations/accept", "post">> {
    return this.call(operations.acceptInvitation, { body }, options);
  }

  /** The public keys that verify access tokens. */
  jwks(options?: CallOptions): APIPromise<Result<"/.well-known/jwks.json", "get">> {
    return this.call(operations.jwks, {}, options);
  }

  private async adoptTokens(result: { access_token?: string; refresh_token?: string } | undefined): Promise<void> {
    if (result?.access_token && result.refresh_token) {
      await this.client.setTokens({ accessToken: result.access_token, refreshToken: result.refresh_token });
    }
  }
}
