import type { Factory } from "../../factory.js";
import { splitList } from "./columns.js";

export async function run(
  options: { projectId: string; type?: string; metrics?: string },
  deps: Factory,
): Promise<void> {
  const body: Record<string, unknown> = { analysis_type: options.type ?? "comprehensive" };
  if (options.metrics) body.include_metrics = splitList(options.metrics, "--metrics");
  const client = await deps.client();
  try {
    const report = await client.request("post", "/v1/projects/{project_id}/analyze", {
      params: { path: { project_id: options.projectId } },
      body,
    });
    deps.printer.object(report);
  } catch (error) {
    throw deps.fail(error, { flagNames: { analysis_type: "--type", include_metrics: "--metrics" } });
  }
}
