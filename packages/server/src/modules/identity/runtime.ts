import type { PlatformServices } from "../../platform/services.js";
import { ApiKeyService } from "./api-keys.js";
import { LoginService } from "./login.js";
import { MfaService } from "./mfa.js";
import { RevocationList } from "./revocations.js";
import { SessionService } from "./sessions.js";
import { OidcSignOn, SamlSignOn, SsoSignIn } from "./sso/index.js";
import { DEFAULT_LOCKOUT, type LockoutPolicy, LoginThrottle } from "./throttle.js";
import { UserService } from "./users.js";

export interface IdentityOptions {
  lockout?: Partial<LockoutPolicy>;
  /** How often each process reads revocations made by the others. */
  revocationSyncMs?: number;
}

export interface Identity {
  revocations: RevocationList;
  sessions: SessionService;
  login: LoginService;
  mfa: MfaService;
  users: UserService;
  apiKeys: ApiKeyService;
  oidc: OidcSignOn;
  saml: SamlSignOn;
}

const built = new WeakMap<PlatformServices, Identity>();

/**
 * The identity services of one server, built once per PlatformServices: the handlers and the authenticator's
 * revocation check must share one RevocationList, so that a logout counts at once in this process.
 */
export function identityOf(s: PlatformServices, options: IdentityOptions = {}): Identity {
  const existing = built.get(s);
  if (existing) return existing;
  const revocations = new RevocationList(s.db, () => s.clock.nowMs(), s.logger, options.revocationSyncMs);
  const sessions = new SessionService(s, revocations);
  const mfa = new MfaService(s, sessions);
  const signIn = new SsoSignIn(s, mfa);
  const throttle = new LoginThrottle(s.db, { ...DEFAULT_LOCKOUT, ...options.lockout });
  const identity: Identity = {
    revocations,
    sessions,
    mfa,
    login: new LoginService(s, sessions, mfa, throttle),
    users: new UserService(s, sessions, revocations),
    apiKeys: new ApiKeyService(s),
    oidc: new OidcSignOn(s, signIn),
    saml: new SamlSignOn(s, signIn),
  };
  built.set(s, identity);
  return identity;
}
