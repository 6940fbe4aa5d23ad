export {
  GOOGLE_ISSUER,
  microsoftIssuer,
  type OidcProviderName,
  SSO_PROVIDERS,
  type SsoSettings,
  setSsoConnection,
} from "./connections.js";
export { OidcSignOn } from "./oidc.js";
export { SamlSignOn } from "./saml.js";
export { SsoSignIn } from "./sign-in.js";
