import { appendFileSync } from "node:fs";

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  if (process.env.LEANVIBE_TRACE_FILE) appendFileSync(process.env.LEANVIBE_TRACE_FILE, `${result.url}\n`);
  return result;
}
