import { UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";
import { parseBoolean, projectFields } from "./columns.js";

export interface UpdateOptions {
  projectId: string;
  name?: string;
  description?: string;
  aiAssistanceLevel?: string;
  autoDeployment?: string;
  requireTests?: string;
  minTestCoverage?: string;
  securityScan?: string;
}

const FLAGS = {
  name: "--name",
  description: "--description",
  ai_assistance_level: "--ai-assistance-level",
  auto_deployment: "--auto-deployment",
  quality_gates: "--require-tests/--min-test-coverage/--security-scan",
};

export async function run(options: UpdateOptions, deps: Factory): Promise<void> {
  const body: Record<string, unknown> = {};
  if (options.name !== undefined) body.name = options.name;
  if (options.description !== undefined) body.description = options.description;
  if (options.aiAssistanceLevel !== undefined) body.ai_assistance_level = options.aiAssistanceLevel;
  if (options.autoDeployment !== undefined)
    body.auto_deployment = parseBoolean("--auto-deployment", options.autoDeployment);
  const gates: Record<string, unknown> = {};
  if (options.requireTests !== undefined) gates.require_tests = parseBoolean("--require-tests", options.requireTests);
  if (options.securityScan !== undefined) gates.security_scan = parseBoolean("--security-scan", options.securityScan);
  if (options.minTestCoverage !== undefined) {
    const coverage = Number(options.minTestCoverage);
    if (!(coverage >= 0 && coverage <= 100)) {
      throw new UsageError(`--min-test-coverage must be between 0 and 100, got "${options.minTestCoverage}"`);
    }
    gates.min_test_coverage = coverage;
  }
  if (Object.keys(gates).length > 0) body.quality_gates = gates;
  if (Object.keys(body).length === 0) throw new UsageError("nothing to update: give at least one flag (see --help)");

  const client = await deps.client();
  try {
    const project = await client.request("patch", "/v1/projects/{project_id}", {
      params: { path: { project_id: options.projectId } },
      body,
    });
    deps.printer.object(project, projectFields);
  } catch (error) {
    throw deps.fail(error, { flagNames: FLAGS });
  }
}
