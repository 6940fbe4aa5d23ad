import type { Factory } from "../../factory.js";
import { field } from "../../output/table.js";

export async function run(_options: Record<string, never>, deps: Factory): Promise<void> {
  const profile = await deps.profile();
  const baseUrl = await deps.baseUrl();
  const stored = deps.env.apiKey ? undefined : await deps.credentials().load(profile);
  const client = await deps.client();
  let identity: Record<string, unknown>;
  try {
    identity = (await client.request<Record<string, unknown>>("get", "/v1/auth/me")) ?? {};
  } catch (error) {
    // An API key without the auth:read scope is still a valid login: say what is known rather than fail.
    const apiKey = deps.env.apiKey !== undefined || stored?.credentials.kind === "api_key";
    if (!apiKey || (error as { status?: number }).status !== 403) throw deps.fail(error);
    identity = { type: "api_key", identity_visible: false };
  }
  const result = {
    ...identity,
    profile,
    base_url: baseUrl,
    credentials_source: deps.env.apiKey ? "LEANVIBE_API_KEY" : (stored?.location ?? null),
  };
  deps.printer.object(result, [
    field("User", "user.email"),
    field("Type", "type"),
    field("Role", "role"),
    field("Tenant", "tenant.organization_name"),
    field("Tenant slug", "tenant.slug"),
    field("Scopes", "scopes"),
    field("Profile", "profile"),
    field("Server", "base_url"),
    field("Credentials", "credentials_source"),
  ]);
}
