export { identityHandlers, platformAdminExists } from "./handlers.js";
export { type Identity, type IdentityOptions, identityOf } from "./runtime.js";
export { DEFAULT_LOCKOUT, type LockoutPolicy } from "./throttle.js";
