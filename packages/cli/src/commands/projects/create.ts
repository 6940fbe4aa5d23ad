import type { Factory } from "../../factory.js";
import { projectFields, splitList } from "./columns.js";

export interface CreateOptions {
  name: string;
  description?: string;
  techStack?: string;
  repositoryUrl?: string;
  aiAssistanceLevel?: string;
}

export async function run(options: CreateOptions, deps: Factory): Promise<void> {
  const body: Record<string, unknown> = { name: options.name };
  if (options.description !== undefined) body.description = options.description;
  if (options.techStack !== undefined) body.tech_stack = splitList(options.techStack, "--tech-stack");
  if (options.repositoryUrl !== undefined) body.repository_url = options.repositoryUrl;
  if (options.aiAssistanceLevel !== undefined) body.ai_assistance_level = options.aiAssistanceLevel;
  const client = await deps.client();
  try {
    deps.printer.object(await client.request("post", "/v1/projects", { body }), projectFields);
  } catch (error) {
    throw deps.fail(error);
  }
}
