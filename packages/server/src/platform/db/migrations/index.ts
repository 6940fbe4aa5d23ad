import type { Migration } from "../migrate.js";
import { initialSchema } from "./001_initial.js";
import { signingKeysAndKeyRoles } from "./002_signing_keys.js";
import { agentSchema } from "./003_agent.js";
import { identitySchema } from "./004_identity.js";
import { billingSchema } from "./005_billing.js";
import { webhooksSchema } from "./006_webhooks.js";
import { ssoSchema } from "./007_sso.js";

/**
 * Every migration, in version order. Migrations are TypeScript modules holding SQL text so that
 * they travel inside the bundled server; an applied migration is never edited (its checksum is
 * recorded), a change is a new version.
 */
export const migrations: readonly Migration[] = [
  initialSchema,
  signingKeysAndKeyRoles,
  agentSchema,
  identitySchema,
  billingSchema,
  webhooksSchema,
  ssoSchema,
];
