import ts from "typescript";
import { tokenizePython } from "../analysis/python.js";

export type CodeLanguage = "typescript" | "javascript" | "python";

/** The code inside the first fenced block, or the whole text when there is none. */
export function extractCode(text: string): string {
  const fenced = /```[\w+-]*\n([\s\S]*?)```/.exec(text);
  return (fenced?.[1] ?? text).trim();
}

/** Maps a free-form language name to one the checks understand; anything else is treated as plain text. */
export function normaliseLanguage(language: string | undefined): CodeLanguage | null {
  const l = (language ?? "").toLowerCase();
  if (["typescript", "ts", "tsx"].includes(l)) return "typescript";
  if (["javascript", "js", "node", "mjs"].includes(l)) return "javascript";
  if (["python", "py", "python3"].includes(l)) return "python";
  return null;
}

/**
 * Whether model output can be used as source: mostly printable text that parses. A model with random
 * weights fails here, and the caller falls back to a template and says so.
 */
export function checkCode(code: string, language: CodeLanguage | null): { usable: boolean; reason?: string } {
  if (code.trim().length < 20) return { usable: false, reason: "the output is too short to be code" };
  const printable = [...code].filter((c) => c === "\n" || c === "\t" || (c >= " " && c <= "~")).length / code.length;
  if (printable < 0.97) return { usable: false, reason: "the output is not plain source text" };
  if (language === "python") {
    if (!/^\s*(def|class|import|from|async def)\s/m.test(code))
      return { usable: false, reason: "no definitions or imports" };
    const { tokens } = tokenizePython(code);
    let depth = 0;
    for (const t of tokens) {
      if (t.kind !== "op") continue;
      if ("([{".includes(t.text)) depth++;
      else if (")]}".includes(t.text) && --depth < 0) return { usable: false, reason: "unbalanced brackets" };
    }
    return depth === 0 ? { usable: true } : { usable: false, reason: "unbalanced brackets" };
  }
  if (language === "typescript" || language === "javascript") {
    const out = ts.transpileModule(code, {
      reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      fileName: language === "typescript" ? "module.ts" : "module.js",
    });
    const errors = out.diagnostics?.length ?? 0;
    if (errors > 0) return { usable: false, reason: `${errors} syntax error(s)` };
    if (!/\b(export|function|class|const)\b/.test(code)) return { usable: false, reason: "no declarations" };
    return { usable: true };
  }
  return { usable: true };
}
