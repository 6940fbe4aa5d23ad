import { writeFile } from "node:fs/promises";
import { UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";
import { readJsonInput } from "../../input.js";

export interface GenerateOptions {
  project?: string;
  componentType: string;
  spec?: string;
  specFile?: string;
  out?: string;
}

const FLAGS = { project_id: "--project", component_type: "--component-type", specification: "--spec" };

async function specification(options: GenerateOptions, deps: Factory): Promise<unknown> {
  if (options.spec !== undefined && options.specFile !== undefined)
    throw new UsageError("use --spec or --spec-file, not both");
  if (options.specFile !== undefined) return readJsonInput(options.specFile, deps.io, "--spec-file");
  if (options.spec === undefined) return {};
  try {
    return JSON.parse(options.spec);
  } catch {
    throw new UsageError(`--spec must be a JSON object, got ${options.spec}`);
  }
}

export async function run(options: GenerateOptions, deps: Factory): Promise<void> {
  const project = options.project ?? (await deps.settings()).get(await deps.profile(), "project");
  if (!project)
    throw new UsageError("--project is required (or set a default with `leanvibe config set project <id>`)");
  const body = {
    project_id: project,
    component_type: options.componentType,
    specification: await specification(options, deps),
  };
  const client = await deps.client();
  let result: Record<string, unknown>;
  try {
    result = await client.request<Record<string, unknown>>("post", "/v1/code/generate", { body });
  } catch (error) {
    throw deps.fail(error, { flagNames: FLAGS });
  }
  const code = typeof result.response === "string" ? result.response : "";
  if (options.out) {
    await writeFile(options.out, code.endsWith("\n") || code === "" ? code : `${code}\n`);
    const review = result.requires_review ? "; needs review" : "";
    deps.printer.status(`Wrote ${options.out} (confidence ${result.confidence ?? "n/a"}${review}).`);
    if (deps.globals.json) deps.printer.json(result);
    return;
  }
  if (deps.globals.json) return deps.printer.json(result);
  deps.io.stdout.write(code.endsWith("\n") ? code : `${code}\n`);
  if (result.requires_review) deps.io.stderr.write("note: the server flagged this code for review\n");
}
