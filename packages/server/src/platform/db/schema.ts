import type { ColumnType, Generated } from "kysely";

/** Column types as Kysely sees them; keep in step with migrations/. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json = ColumnType<unknown, unknown, unknown>;
export type JsonObject = ColumnType<Record<string, unknown>, Record<string, unknown> | string | undefined, unknown>;

export type TenantStatus = "active" | "suspended" | "trial" | "cancelled";
export type TenantPlan = "developer" | "team" | "enterprise";
export type DataResidency = "us" | "eu" | "uk" | "ca" | "ap";
export type TenantRole = "owner" | "admin" | "billing_admin" | "developer" | "viewer";
export type AuditCategory = "auth" | "billing" | "tenant" | "task" | "admin";
export type AuditActorType = "user" | "api_key" | "platform_admin" | "system";
export type AuditResult = "success" | "failure" | "denied";
export type TaskStatus = "queued" | "in_progress" | "completed" | "failed" | "cancelled";
export type TaskPriority = "low" | "medium" | "high" | "critical";

export interface TenantsTable {
  id: Generated<string>;
  slug: string;
  organization_name: string;
  display_name: string;
  status: ColumnType<TenantStatus, TenantStatus | undefined, TenantStatus>;
  plan: ColumnType<TenantPlan, TenantPlan | undefined, TenantPlan>;
  data_residency: ColumnType<DataResidency, DataResidency | undefined, DataResidency>;
  parent_tenant_id: string | null;
  configuration: JsonObject;
  suspended_reason: string | null;
  trial_ends_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PlatformAdminsTable {
  id: Generated<string>;
  email: string;
  name: string | null;
  password_hash: string | null;
  status: Generated<"active" | "disabled">;
  mfa_enabled: Generated<boolean>;
  mfa_totp_secret: string | null;
  failed_login_count: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface UsersTable {
  id: Generated<string>;
  tenant_id: string;
  email: string;
  name: string | null;
  password_hash: string | null;
  role: TenantRole;
  status: Generated<"active" | "invited" | "disabled">;
  mfa_enabled: Generated<boolean>;
  mfa_totp_secret: string | null;
  mfa_backup_code_hashes: Generated<string[]>;
  failed_login_count: Generated<number>;
  locked_until: Timestamp | null;
  last_login_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  refresh_token_hash: string;
  family_id: string;
  used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  created_at: GeneratedTimestamp;
}

export interface ApiKeysTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: Generated<string[]>;
  role: ColumnType<TenantRole, TenantRole | undefined, TenantRole>;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface AuditLogTable {
  id: string;
  tenant_id: string | null;
  seq: number;
  actor_type: AuditActorType;
  actor_id: string | null;
  action: string;
  category: AuditCategory;
  target_type: string | null;
  target_id: string | null;
  result: AuditResult;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: JsonObject;
  prev_hash: string;
  hash: string;
  created_at: Timestamp;
}

export interface DomainEventsTable {
  id: Generated<string>;
  tenant_id: string;
  event_type: string;
  payload: Json;
  created_at: GeneratedTimestamp;
  dispatched_at: Timestamp | null;
}

export interface IdempotencyKeysTable {
  tenant_id: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number | null;
  response_body: Json | null;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
}

export interface UsageCountersTable {
  tenant_id: string;
  metric: string;
  period_start: Timestamp;
  value: Generated<number>;
  updated_at: GeneratedTimestamp;
}

export interface ProjectsTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  description: string | null;
  tech_stack: Generated<string[]>;
  repository_url: string | null;
  ai_assistance_level: Generated<string>;
  auto_deployment: Generated<boolean>;
  quality_gates: JsonObject;
  /** Added by 003_agent. */
  test_command: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface TasksTable {
  id: Generated<string>;
  tenant_id: string;
  project_id: string;
  title: string;
  description: string | null;
  priority: ColumnType<TaskPriority, TaskPriority | undefined, TaskPriority>;
  estimated_complexity: "low" | "medium" | "high" | null;
  requirements: JsonObject;
  status: ColumnType<TaskStatus, TaskStatus | undefined, TaskStatus>;
  progress_percentage: Generated<number>;
  current_step: string | null;
  assigned_agent: string | null;
  estimated_duration_minutes: number | null;
  estimated_completion: Timestamp | null;
  deliverables: JsonObject;
  branch: string | null;
  error: Json | null;
  /** base_commit, commit, failure_reason and plan are added by 003_agent. */
  base_commit: ColumnType<string | null, string | null | undefined, string | null>;
  commit: ColumnType<string | null, string | null | undefined, string | null>;
  failure_reason: ColumnType<string | null, string | null | undefined, string | null>;
  plan: ColumnType<unknown, unknown, unknown>;
  last_event_seq: Generated<number>;
  created_by: string | null;
  started_at: Timestamp | null;
  completed_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface TaskEventsTable {
  tenant_id: string;
  task_id: string;
  seq: number;
  type: string;
  payload: JsonObject;
  created_at: GeneratedTimestamp;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: GeneratedTimestamp;
}

export interface SigningKeysTable {
  kid: string;
  alg: "ES256" | "EdDSA";
  public_jwk: JsonObject;
  private_jwk_sealed: string;
  created_at: GeneratedTimestamp;
  retired_at: Timestamp | null;
}

export type AgentJobStatus = "queued" | "running" | "completed" | "dead";

export interface AgentJobsTable {
  id: Generated<string>;
  tenant_id: string;
  task_id: string;
  status: ColumnType<AgentJobStatus, AgentJobStatus | undefined, AgentJobStatus>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: GeneratedTimestamp;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface AuthRevocationsTable {
  id: Generated<string>;
  tenant_id: string;
  kind: "token" | "session";
  value: string;
  expires_at: Timestamp;
  created_at: GeneratedTimestamp;
}

export interface LoginThrottlesTable {
  key: string;
  failures: Generated<number>;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface MfaChallengesTable {
  token_hash: string;
  tenant_id: string;
  user_id: string;
  attempts: Generated<number>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export type MfaMethodName = "totp" | "sms" | "email" | "hardware_key";

export interface MfaEnrolmentsTable {
  tenant_id: string;
  user_id: string;
  method: MfaMethodName;
  status: "pending" | "enabled";
  secret_sealed: string;
  backup_code_hashes: Generated<string[]>;
  /** bigint: the driver may answer a string. */
  last_used_step: ColumnType<string | number | null, number | null | undefined, number | null>;
  last_used_at: Timestamp | null;
  enabled_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  email: string;
  role: TenantRole;
  token_hash: string;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export type WebhookDeliveryStatus = "pending" | "succeeded" | "failed" | "dead";

export interface WebhookEndpointsTable {
  id: Generated<string>;
  tenant_id: string;
  url: string;
  events: string[];
  description: string | null;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
  /** SecretBox-sealed: needed back to sign deliveries, so encrypted rather than hashed. */
  secret_sealed: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  tenant_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  event_data: JsonObject;
  event_created_at: Timestamp;
  redelivery_of: string | null;
  status: ColumnType<WebhookDeliveryStatus, WebhookDeliveryStatus | undefined, WebhookDeliveryStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  locked_by: string | null;
  locked_until: Timestamp | null;
  response_status: number | null;
  last_error: string | null;
  delivered_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

// ── billing (migration 005) ──
export type BillingProviderName = "local" | "stripe";
export type SubscriptionStatus = "trialing" | "active" | "past_due" | "canceled" | "unpaid";
export type InvoiceStatus = "draft" | "open" | "paid" | "void" | "uncollectible";
export type InvoiceLineType = "base" | "proration" | "overage" | "tax" | "credit";
export type BillingMetric = "api_calls" | "storage_gb" | "ai_requests" | "active_users";

export interface BillingCustomersTable {
  tenant_id: string;
  provider: BillingProviderName;
  provider_customer_id: string;
  created_at: Timestamp;
}

export interface SubscriptionsTable {
  id: Generated<string>;
  tenant_id: string;
  plan: TenantPlan;
  status: SubscriptionStatus;
  provider: BillingProviderName;
  provider_subscription_id: string | null;
  billing_anchor: Timestamp;
  period_index: number;
  current_period_start: Timestamp;
  current_period_end: Timestamp;
  trial_end: Timestamp | null;
  cancel_at_period_end: Generated<boolean>;
  canceled_at: Timestamp | null;
  payment_failed_at: Timestamp | null;
  payment_retry_count: Generated<number>;
  next_payment_retry_at: Timestamp | null;
  paid_features_blocked_at: Timestamp | null;
  suspended_for_payment_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PaymentMethodsTable {
  id: string;
  tenant_id: string;
  provider: BillingProviderName;
  brand: string;
  last4: string;
  exp_month: number;
  exp_year: number;
  behaviour: "succeed" | "decline" | "insufficient_funds";
  is_default: Generated<boolean>;
  created_at: Timestamp;
}

export interface InvoicesTable {
  id: Generated<string>;
  tenant_id: string;
  subscription_id: string | null;
  number: string;
  status: InvoiceStatus;
  subtotal: number;
  tax: number;
  total: number;
  amount_paid: Generated<number>;
  amount_due: number;
  currency: Generated<string>;
  region: string;
  tax_rate_bps: number;
  issue_date: Timestamp;
  due_date: Timestamp;
  paid_at: Timestamp | null;
  period_start: Timestamp;
  period_end: Timestamp;
  usage: JsonObject;
  provider: BillingProviderName;
  provider_invoice_id: string | null;
  attempt_count: Generated<number>;
  created_at: Timestamp;
}

export interface InvoiceLinesTable {
  id: Generated<string>;
  tenant_id: string;
  invoice_id: string;
  position: number;
  type: InvoiceLineType;
  description: string;
  quantity: number;
  unit_amount: number;
  amount: number;
  period_start: Timestamp | null;
  period_end: Timestamp | null;
}

export interface PendingInvoiceItemsTable {
  id: Generated<string>;
  tenant_id: string;
  subscription_id: string;
  type: "proration" | "credit";
  description: string;
  quantity: number;
  unit_amount: number;
  amount: number;
  period_start: Timestamp | null;
  period_end: Timestamp | null;
  invoice_id: string | null;
  created_at: Timestamp;
}

export interface PaymentsTable {
  id: Generated<string>;
  tenant_id: string;
  invoice_id: string;
  amount: number;
  status: "succeeded" | "failed" | "refunded";
  failure_code: string | null;
  payment_method_id: string | null;
  created_at: Timestamp;
}

export interface UsageRecordsTable {
  id: Generated<string>;
  tenant_id: string;
  metric: BillingMetric;
  quantity: number;
  recorded_at: Timestamp;
  created_at: Timestamp;
}

export interface UsageBilledTable {
  tenant_id: string;
  metric: string;
  counter_period_start: Timestamp;
  billed: number;
}

export interface SubscriptionChangesTable {
  id: Generated<string>;
  tenant_id: string;
  subscription_id: string;
  kind: "created" | "activated" | "plan_changed" | "canceled";
  from_plan: TenantPlan | null;
  to_plan: TenantPlan | null;
  mrr_delta: number;
  occurred_at: Timestamp;
}

export interface StripeEventsTable {
  id: string;
  type: string;
  tenant_id: string | null;
  received_at: Timestamp;
}

export type SsoProviderName = "google" | "microsoft" | "saml";

export interface SsoConnectionsTable {
  tenant_id: string;
  provider: SsoProviderName;
  issuer: string | null;
  client_id: string | null;
  client_secret_sealed: string | null;
  saml_entry_point: string | null;
  saml_cert_sealed: string | null;
  saml_audience: string | null;
  enabled: Generated<boolean>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface SsoStatesTable {
  state_hash: string;
  tenant_id: string;
  provider: "google" | "microsoft";
  nonce: string;
  code_verifier_sealed: string;
  redirect_uri: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface SamlAssertionsSeenTable {
  tenant_id: string;
  assertion_id: string;
  expires_at: Timestamp;
  created_at: GeneratedTimestamp;
}

export interface DatabaseSchema {
  signing_keys: SigningKeysTable;
  tenants: TenantsTable;
  platform_admins: PlatformAdminsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  domain_events: DomainEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  usage_counters: UsageCountersTable;
  projects: ProjectsTable;
  tasks: TasksTable;
  task_events: TaskEventsTable;
  agent_jobs: AgentJobsTable;
  auth_revocations: AuthRevocationsTable;
  login_throttles: LoginThrottlesTable;
  mfa_challenges: MfaChallengesTable;
  mfa_enrolments: MfaEnrolmentsTable;
  invitations: InvitationsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  schema_migrations: SchemaMigrationsTable;
  billing_customers: BillingCustomersTable;
  subscriptions: SubscriptionsTable;
  payment_methods: PaymentMethodsTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  pending_invoice_items: PendingInvoiceItemsTable;
  payments: PaymentsTable;
  usage_records: UsageRecordsTable;
  usage_billed: UsageBilledTable;
  subscription_changes: SubscriptionChangesTable;
  stripe_events: StripeEventsTable;
  sso_connections: SsoConnectionsTable;
  sso_states: SsoStatesTable;
  saml_assertions_seen: SamlAssertionsSeenTable;
}
