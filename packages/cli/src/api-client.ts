/**
 * The part of the SDK's client the CLI relies on, written down so command code and tests depend on this
 * surface rather than on the whole client. The SDK's `LeanVibeClient` satisfies it structurally.
 */
export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export interface RequestOptions {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  body?: unknown;
  headers?: Record<string, string>;
  parseAs?: "json" | "text" | "arrayBuffer" | "stream";
}

export interface ApiPromise<T> extends Promise<T> {
  withResponse(): Promise<{ data: T; response: Response }>;
}

export interface Task {
  id: string;
  status: string;
  title?: string;
  project_id?: string;
  progress_percentage?: number;
  current_step?: string;
  deliverables?: Record<string, number>;
  tracking_url?: string;
  error?: unknown;
  [key: string]: unknown;
}

export interface TaskUpdate {
  id?: string | number;
  type: "progress" | "completion" | "error" | string;
  status?: string;
  /** The spec's `TaskUpdateMessage.percentage`; a task object calls the same number `progress_percentage`. */
  percentage?: number;
  progress_percentage?: number;
  current_step?: string;
  deliverables?: Record<string, number>;
  error?: unknown;
  message?: string;
  [key: string]: unknown;
}

export interface SessionTokens {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
  user?: { id?: string; email?: string; role?: string; tenant_id?: string | null };
}

export type LoginResult = SessionTokens | { mfa_required: true; mfa_token: string; methods?: string[] };

export interface ApiClient {
  request<T = unknown>(method: HttpMethod, path: string, options?: RequestOptions): ApiPromise<T>;
  tasks: {
    create(body: Record<string, unknown>): Promise<Record<string, unknown>>;
    get(taskId: string): Promise<Record<string, unknown>>;
    cancel(taskId: string): Promise<Record<string, unknown>>;
    updates(taskId: string): AsyncIterable<TaskUpdate>;
  };
  auth: {
    login(body: { email: string; password: string }): Promise<LoginResult>;
    /** Answers the session, though the type leaves the tokens optional (the verify endpoint also serves enrolment). */
    completeMfa(body: { mfaToken: string; code: string }): Promise<Partial<SessionTokens>>;
  };
}

export interface ClientOptions {
  baseURL: string;
  apiKey?: string;
  accessToken?: string;
  refreshToken?: string;
  /** Called when the client renews the session, so the new pair can be stored. */
  onTokens?: (tokens: { accessToken: string; refreshToken: string }) => void | Promise<void>;
  timeout?: number;
  maxRetries?: number;
  fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

export interface SdkModule {
  LeanVibeClient: new (options: ClientOptions) => ApiClient;
}

/** The SDK module seen through the CLI's narrower view of the client. */
export async function loadSdk(): Promise<SdkModule> {
  // Typed assignment, not a cast: the build fails if the SDK's client drifts from this interface.
  const sdk: SdkModule = await import("@leanvibe/enterprise-sdk");
  return sdk;
}

/** How far along a task is, from an update message (or a task object passed where an update is expected). */
export function updatePercent(update: TaskUpdate | undefined): number | undefined {
  return update?.percentage ?? update?.progress_percentage ?? (update?.type === "completion" ? 100 : undefined);
}

export function isMfaChallenge(result: LoginResult): result is { mfa_required: true; mfa_token: string } {
  return (result as { mfa_required?: boolean }).mfa_required === true;
}
