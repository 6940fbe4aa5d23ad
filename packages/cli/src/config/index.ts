// The settings writer (settings-store.ts) is left out on purpose: it loads `conf`, and only the commands that
// change settings import it, dynamically.
export {
  type CredentialLocation,
  CredentialStore,
  type CredentialStoreOptions,
  type Credentials,
  type Keychain,
  osKeychain,
} from "./credentials.js";
export { type CliEnvironment, readEnvironment } from "./environment.js";
export { configDirectory } from "./paths.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_PROFILE,
  isProfileKey,
  PROFILE_KEYS,
  type ProfileKey,
  Settings,
  validateSetting,
} from "./settings.js";
