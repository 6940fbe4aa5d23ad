import type { Factory } from "../../factory.js";

export async function run(_options: Record<string, never>, deps: Factory): Promise<void> {
  const profile = await deps.profile();
  const stored = await deps.credentials().load(profile);
  if (!stored) {
    deps.printer.status(`Not logged in (profile "${profile}").`);
    return;
  }
  if (stored.credentials.kind === "session") {
    // Revoke on the server too, so a copied refresh token is worthless; a failure must not keep the user logged in.
    try {
      const client = await deps.client({ credentials: stored.credentials });
      await client.request("post", "/v1/auth/logout");
    } catch (error) {
      deps.io.stderr.write(`warning: could not revoke the session on the server (${deps.fail(error).message})\n`);
    }
  }
  await deps.credentials().remove(profile);
  deps.printer.status(`Logged out (profile "${profile}").`);
}
