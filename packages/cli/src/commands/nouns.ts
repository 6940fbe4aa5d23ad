/** One-line descriptions of the top-level nouns, for `leanvibe --help`. */
export const NOUN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  auth: "Sign-up, SSO, invitations and tokens",
  mfa: "Multi-factor authentication methods",
  users: "Users of the tenant and their roles",
  "api-keys": "API keys of the tenant",
  tenants: "Tenant information, usage and quotas",
  billing: "Plans, subscription, usage, payment methods and invoices",
  tasks: "Submit and follow development tasks",
  projects: "Create, inspect and analyse projects",
  code: "Generate code directly",
  health: "Server health",
  webhooks: "Webhook endpoints and deliveries",
  admin: "Platform analytics and the billing clock",
  audit: "Authentication and billing audit logs",
  config: "Read and change settings and profiles",
};
