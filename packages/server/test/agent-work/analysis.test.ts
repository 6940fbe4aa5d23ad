import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  analyseDirectory,
  analysePython,
  analyseTypeScript,
  maintainabilityIndex,
  shannonEntropy,
} from "../../src/agent/analysis/index.js";

// Stored as .txt so the repository's own linters and type checks leave the planted issues alone.
const stored = fileURLToPath(new URL("./fixtures", import.meta.url));
let fixtures: string;

beforeAll(async () => {
  fixtures = await mkdtemp(join(tmpdir(), "leanvibe-analysis-"));
  for (const name of await readdir(stored))
    await copyFile(join(stored, name), join(fixtures, name.replace(/\.txt$/, "")));
});

afterAll(() => rm(fixtures, { recursive: true, force: true }));
const projectId = "00000000-0000-4000-8000-000000000001";

describe("static analysis", () => {
  it("finds every planted issue in the TypeScript fixture, at the right lines", async () => {
    const report = await analyseDirectory(fixtures, { projectId, paths: ["risky.ts"] });
    const found = report.security_findings.map((f) => `${f.rule}@${f.line}`).sort();
    expect(found).toEqual(
      [
        "hardcoded-secret@4",
        "hardcoded-aws-key@5",
        "command-injection@8",
        "command-injection@9",
        "no-eval@10",
        "no-new-function@14",
        "sql-injection@18",
        "sql-injection@22",
      ].sort(),
    );
    const severity = Object.fromEntries(report.security_findings.map((f) => [`${f.rule}@${f.line}`, f.severity]));
    expect(severity["command-injection@8"]).toBe("critical");
    expect(severity["hardcoded-aws-key@5"]).toBe("critical");
    expect(severity["hardcoded-secret@4"]).toBe("high");
  });

  it("finds every planted issue in the Python fixture", async () => {
    const report = await analyseDirectory(fixtures, { projectId, paths: ["risky.py"] });
    const found = report.security_findings.map((f) => `${f.rule}@${f.line}`).sort();
    expect(found).toEqual(
      [
        "hardcoded-secret@5",
        "hardcoded-github-token@6",
        "hardcoded-secret@6",
        "unsafe-deserialization@10",
        "command-injection@14",
        "command-injection@15",
        "no-eval@16",
        "sql-injection@20",
        "sql-injection@21",
      ].sort(),
    );
  });

  it("reports nothing for clean code: parameterised SQL, RegExp#exec, code-like words in strings and comments", async () => {
    const report = await analyseDirectory(fixtures, { projectId, paths: ["clean.ts", "clean.py"] });
    expect(report.security_findings).toEqual([]);
  });

  it("counts functions and cyclomatic complexity the McCabe way", async () => {
    const ts = analyseTypeScript("clean.ts", await readFile(join(fixtures, "clean.ts"), "utf8"));
    // classify: 1 + if, else-if, for, if, &&, ?: = 7; double and safeQuery: 1 each.
    expect(ts.functions).toBe(3);
    expect(ts.complexity).toBe(9);
    const py = analysePython(await readFile(join(fixtures, "clean.py"), "utf8"));
    // classify: 1 + if, elif, and, for, while, except = 7; query: 1. Strings and comments do not count.
    expect(py.functions).toBe(2);
    expect(py.complexity).toBe(8);
    expect(py.lines).toBe(23);
    expect(py.codeLines).toBe(18);
  });

  it("computes the classic maintainability index rescaled to 0–100, with totals over the directory", async () => {
    // 171 − 5.2·ln 100 − 0.23·1 − 16.2·ln 10 = 109.52 → × 100 / 171 = 64.0
    expect(maintainabilityIndex(100, 1, 10)).toBeCloseTo(64.0, 0);
    expect(maintainabilityIndex(1e9, 500, 1e6)).toBe(0);
    expect(maintainabilityIndex(0, 0, 0)).toBe(100);
    expect(shannonEntropy("aaaa")).toBe(0);
    expect(shannonEntropy("abcd")).toBe(2);

    const report = await analyseDirectory(fixtures, { projectId, analysisType: "quick" });
    expect(report.files.map((f) => f.path)).toEqual(["clean.py", "clean.ts", "risky.py", "risky.ts"]);
    expect(report.security_findings).toEqual([]); // quick analysis skips the security rules
    const sum = (key: "lines" | "functions" | "complexity") => report.files.reduce((s, f) => s + f[key], 0);
    expect(report.totals).toMatchObject({
      files: 4,
      lines: sum("lines"),
      functions: sum("functions"),
      complexity: sum("complexity"),
    });
    for (const file of report.files) {
      expect(file.maintainability_index).toBeGreaterThan(0);
      expect(file.maintainability_index).toBeLessThanOrEqual(100);
    }
    const indexes = report.files.map((f) => f.maintainability_index);
    expect(report.totals.maintainability_index).toBeGreaterThanOrEqual(Math.min(...indexes));
    expect(report.totals.maintainability_index).toBeLessThanOrEqual(Math.max(...indexes));
    expect(report.totals.average_complexity).toBeCloseTo(report.totals.complexity / report.totals.functions, 2);
  });
});
