import { CliError, ExitCode } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";
import { field } from "../../output/table.js";

export async function run(_options: Record<string, never>, deps: Factory): Promise<void> {
  const client = await deps.client({ requireAuth: false });
  let health: Record<string, unknown>;
  try {
    health = await client.request<Record<string, unknown>>("get", "/v1/health");
  } catch (error) {
    throw deps.fail(error);
  }
  const services = (health.services ?? {}) as Record<string, unknown>;
  deps.printer.object(health, [
    field("Status", "status"),
    field("Version", "version"),
    field("Uptime", "uptime_seconds"),
    ...Object.keys(services).map((name) => ({
      header: name,
      value: () => {
        const service = services[name] as Record<string, unknown> | string;
        return typeof service === "string" ? service : service?.status;
      },
    })),
  ]);
  const status = String(health.status ?? "");
  if (status && status !== "healthy" && status !== "ok") {
    throw new CliError(`Server at ${await deps.baseUrl()} reports status "${status}".`, ExitCode.error);
  }
}
