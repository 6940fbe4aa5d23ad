/** One operation of the spec, as the generated table in `src/generated/operations.ts` describes it. */
export interface ServerOperation {
  operationId: string;
  tag: string;
  method: "get" | "put" | "post" | "delete" | "patch";
  /** The spec's path template, e.g. `/v1/tasks/{task_id}`. */
  path: string;
  /** Roles allowed to call it; empty for operations that need no authentication. */
  roles: readonly string[];
  /** Declares `security: []`: no credentials are read. */
  public: boolean;
  /** Credentials are optional (`security` lists `{}`). */
  optionalAuth: boolean;
  websocket: boolean;
  /** Security schemes that may authenticate it (`bearerAuth`, `apiKeyAuth`, `refreshToken`). */
  schemes: readonly string[];
}
