import { appendFileSync } from "node:fs";
import type { Writable } from "node:stream";
import type { CliEnvironment } from "./config/index.js";

function escapeCommandData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/**
 * What the CLI tells a CI system beyond stdout: on GitHub Actions, step outputs, a job summary and error
 * annotations. Elsewhere every method does nothing, so commands call it unconditionally.
 */
export class CiReporter {
  readonly #env: CliEnvironment;
  readonly #stderr: Writable;

  constructor(env: CliEnvironment, stderr: Writable) {
    this.#env = env;
    this.#stderr = stderr;
  }

  get githubActions(): boolean {
    return this.#env.githubActions;
  }

  /** Appends `name=value` lines to $GITHUB_OUTPUT (multi-line values use the heredoc form). */
  setOutputs(outputs: Record<string, string | number | undefined>): void {
    const file = this.#env.githubActions ? this.#env.githubOutput : undefined;
    if (!file) return;
    let text = "";
    for (const [name, raw] of Object.entries(outputs)) {
      if (raw === undefined) continue;
      const value = String(raw);
      if (value.includes("\n")) {
        const delimiter = `LEANVIBE_${Math.random().toString(36).slice(2)}`;
        text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
      } else {
        text += `${name}=${value}\n`;
      }
    }
    appendFileSync(file, text);
  }

  /** Appends Markdown to $GITHUB_STEP_SUMMARY. */
  summary(markdown: string): void {
    const file = this.#env.githubActions ? this.#env.githubStepSummary : undefined;
    if (!file) return;
    appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  }

  /** An `::error::` annotation; the runner reads workflow commands from stderr as well as stdout. */
  error(message: string, title?: string): void {
    if (!this.#env.githubActions) return;
    const properties = title
      ? ` title=${escapeCommandData(title).replace(/[:,]/g, (c) => (c === ":" ? "%3A" : "%2C"))}`
      : "";
    this.#stderr.write(`::error${properties}::${escapeCommandData(message)}\n`);
  }
}

/** A Markdown summary of a task for the job summary page. */
export function taskSummaryMarkdown(task: Record<string, unknown>): string {
  const rows: [string, unknown][] = [
    ["Task", task.id],
    ["Title", task.title],
    ["Status", task.status],
    ["Progress", task.progress_percentage === undefined ? undefined : `${task.progress_percentage}%`],
    ["Tracking", task.tracking_url],
  ];
  const deliverables = task.deliverables as Record<string, unknown> | undefined;
  if (deliverables) {
    for (const [name, value] of Object.entries(deliverables)) rows.push([name.replace(/_/g, " "), value]);
  }
  const lines = rows
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([label, value]) => `| ${label} | ${String(value).replace(/\|/g, "\\|")} |`);
  return `### LeanVibe task\n\n| | |\n|---|---|\n${lines.join("\n")}\n`;
}
