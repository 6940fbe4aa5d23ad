export {
  type AuditBreak,
  type AuditEntry,
  type AuditRecord,
  type AuditVerification,
  appendAudit,
  auditHash,
  canonicalJson,
  GENESIS_HASH,
  verifyAuditChain,
} from "./audit-chain.js";
export { DataDirectoryInUseError, LOCK_FILE_NAME } from "./data-dir-lock.js";
export { type Database, type DatabaseOptions, openDatabase, type QueryRows, redactUrl } from "./database.js";
export { type Migration, type MigrationReport, migrate } from "./migrate.js";
export { migrations } from "./migrations/index.js";
export { assertRlsEnforced, RlsNotEnforcedError } from "./rls-check.js";
export { APP_ROLE } from "./roles.js";
export type * from "./schema.js";
export { type Tx, withPlatform, withTenant } from "./tenancy.js";
