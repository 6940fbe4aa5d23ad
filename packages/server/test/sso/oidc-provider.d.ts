// oidc-provider ships no types; the tests use its constructor and `callback()` only.
declare module "oidc-provider";
