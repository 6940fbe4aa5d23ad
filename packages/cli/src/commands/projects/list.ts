import type { Factory } from "../../factory.js";
import { toListPage } from "../../output/printer.js";
import { pageQuery } from "../tasks/list.js";
import { projectColumns } from "./columns.js";

export async function run(options: { limit?: string; offset?: string }, deps: Factory): Promise<void> {
  const query = pageQuery(options);
  const client = await deps.client();
  try {
    deps.printer.list(toListPage(await client.request("get", "/v1/projects", { params: { query } })), projectColumns);
  } catch (error) {
    throw deps.fail(error);
  }
}
