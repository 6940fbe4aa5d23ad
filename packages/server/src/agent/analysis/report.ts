import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import type { components } from "../../generated/schema.js";
import { type FileMetrics, halsteadVolume, maintainabilityIndex, type SecurityFinding } from "./metrics.js";
import { analysePython } from "./python.js";
import { analyseTypeScript } from "./typescript.js";

export type AnalysisReport = components["schemas"]["AnalysisReport"];
export type AnalysisType = "quick" | "comprehensive" | "security";

export interface AnalyseOptions {
  projectId: string;
  analysisType?: AnalysisType;
  /** Only these paths (relative to the root); default: every source file under it. */
  paths?: readonly string[];
  /** Files larger than this are skipped (generated bundles, vendored code). Default 1 MB. */
  maxFileBytes?: number;
}

const LANGUAGES: Record<string, "typescript" | "python"> = {
  ".ts": "typescript",
  ".tsx": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".js": "typescript",
  ".jsx": "typescript",
  ".mjs": "typescript",
  ".cjs": "typescript",
  ".py": "python",
};
const SKIPPED_DIRS = new Set([
  ".git",
  "node_modules",
  "dist",
  "build",
  "coverage",
  ".venv",
  "venv",
  "__pycache__",
  ".next",
]);

/** Source files under root that an analyser understands, as paths relative to root with forward slashes. */
export async function listSourceFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(join(dir, entry.name));
      } else if (entry.isFile() && LANGUAGES[extname(entry.name)] && !entry.name.endsWith(".d.ts")) {
        found.push(relative(root, join(dir, entry.name)).split(sep).join("/"));
      }
    }
  };
  await walk(root);
  return found.sort();
}

/** Metrics of one file's text; language chosen by the file extension. null for unsupported files. */
export function analyseSource(path: string, source: string): FileMetrics | null {
  const language = LANGUAGES[extname(path)];
  if (language === "python") return analysePython(source);
  if (language === "typescript") return analyseTypeScript(path, source);
  return null;
}

/**
 * Static analysis of a directory: per-file and total size, functions, cyclomatic complexity and
 * maintainability index, and security findings, in the API's AnalysisReport shape.
 */
export async function analyseDirectory(root: string, options: AnalyseOptions): Promise<AnalysisReport> {
  const started = performance.now();
  const analysisType = options.analysisType ?? "comprehensive";
  const maxBytes = options.maxFileBytes ?? 1024 * 1024;
  const paths = options.paths ? [...options.paths].filter((p) => LANGUAGES[extname(p)]) : await listSourceFiles(root);
  const files: AnalysisReport["files"] = [];
  const findings: SecurityFinding[] = [];
  let lines = 0;
  let codeLines = 0;
  let functions = 0;
  let complexity = 0;
  let weightedIndex = 0;
  let totalWeight = 0;
  for (const path of paths) {
    const full = join(root, path);
    const info = await stat(full).catch(() => undefined);
    if (!info?.isFile() || info.size > maxBytes) continue;
    const metrics = analyseSource(path, await readFile(full, "utf8"));
    if (!metrics) continue;
    const index = maintainabilityIndex(halsteadVolume(metrics), metrics.complexity, metrics.codeLines);
    files.push({
      path,
      language: metrics.language,
      lines: metrics.lines,
      functions: metrics.functions,
      complexity: metrics.complexity,
      maintainability_index: index,
    });
    lines += metrics.lines;
    codeLines += metrics.codeLines;
    functions += metrics.functions;
    complexity += metrics.complexity;
    // Weighted by size, so a large hard-to-maintain file pulls the total down more than a small one.
    weightedIndex += index * Math.max(metrics.codeLines, 1);
    totalWeight += Math.max(metrics.codeLines, 1);
    if (analysisType !== "quick") for (const finding of metrics.findings) findings.push({ ...finding, path });
  }
  const order = { critical: 0, high: 1, medium: 2, low: 3 } as const;
  findings.sort((a, b) => order[a.severity] - order[b.severity] || a.path.localeCompare(b.path) || a.line - b.line);
  return {
    project_id: options.projectId,
    analysis_type: analysisType,
    analyzed_at: new Date().toISOString(),
    summary: null,
    totals: {
      files: files.length,
      lines,
      code_lines: codeLines,
      functions,
      complexity,
      average_complexity: functions > 0 ? Math.round((complexity / functions) * 100) / 100 : complexity,
      maintainability_index: files.length > 0 ? Math.round((weightedIndex / totalWeight) * 10) / 10 : 100,
    },
    files,
    security_findings: findings,
    duration_ms: Math.round(performance.now() - started),
  };
}
