// Creates a project and a development task with the SDK and follows the task live to completion.
//
//   LEANVIBE_BASE_URL=http://127.0.0.1:8080/v1 LEANVIBE_API_KEY=lv_… node index.mjs
//
// Against the reference server, `node packages/server/dist/bin.js seed-demo` prints a developer API key.
import { APIError, LeanVibeClient } from "@leanvibe/enterprise-sdk";

const client = new LeanVibeClient({
  apiKey: process.env.LEANVIBE_API_KEY,
  baseURL: process.env.LEANVIBE_BASE_URL ?? "http://127.0.0.1:8080/v1",
});

try {
  const project = await client.projects.create({
    name: "Quickstart service",
    description: "A small HTTP service",
    tech_stack: ["TypeScript", "Node.js"],
  });
  console.log(`Project ${project.id}`);

  const task = await client.tasks.create({
    project_id: project.id,
    title: "Add a health check endpoint",
    description: "GET /health answers { status: 'ok' }",
    priority: "high",
  });
  console.log(`Task ${task.id} is ${task.status}; tracking at ${task.tracking_url}`);

  for await (const update of client.tasks.updates(task.id)) {
    if (update.type === "progress")
      console.log(`[${String(update.percentage ?? 0).padStart(3)}%] ${update.current_step ?? ""}`);
    else console.log(`${update.type}: ${JSON.stringify(update.deliverables ?? update.error ?? update.status)}`);
  }

  const done = await client.tasks.get(task.id);
  console.log(`Finished ${done.status} on branch ${done.branch}`, done.deliverables);
} catch (err) {
  if (err instanceof APIError) console.error(`${err.status} ${err.code}: ${err.message} (request ${err.requestId})`);
  else console.error(err);
  process.exitCode = 1;
}
