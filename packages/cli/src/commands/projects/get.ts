import type { Factory } from "../../factory.js";
import { projectFields } from "./columns.js";

export async function run(options: { projectId: string }, deps: Factory): Promise<void> {
  const client = await deps.client();
  try {
    const project = await client.request("get", "/v1/projects/{project_id}", {
      params: { path: { project_id: options.projectId } },
    });
    deps.printer.object(project, projectFields);
  } catch (error) {
    throw deps.fail(error);
  }
}
