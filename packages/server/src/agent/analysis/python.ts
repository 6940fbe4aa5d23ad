import { type FileMetrics, findSecrets, lineCount, type SecurityFinding, SQL_TEXT } from "./metrics.js";

type Finding = Omit<SecurityFinding, "path">;

interface Token {
  kind: "name" | "number" | "string" | "op";
  text: string;
  line: number;
  /** For strings: an f-string with a replacement field. */
  interpolated?: boolean;
}

const KEYWORDS = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
  "match",
  "case",
]);
const BRANCHES = new Set(["if", "elif", "for", "while", "and", "or", "except", "with", "case"]);
const STRING_START = /^([rRbBuUfF]{0,2})('''|"""|'|")/;
const OPERATORS =
  /^(\*\*=|\/\/=|>>=|<<=|->|:=|\*\*|\/\/|<<|>>|<=|>=|==|!=|\+=|-=|\*=|\/=|%=|&=|\|=|\^=|@=|[-+*/%@&|^~<>()[\]{},:.;=])/;

/** A small tokenizer: enough of Python's lexical rules to tell code from strings and comments. */
export function tokenizePython(source: string): { tokens: Token[]; codeLines: Set<number> } {
  const tokens: Token[] = [];
  const codeLines = new Set<number>();
  let i = 0;
  let line = 1;
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === "\n") {
      line++;
      i++;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\\") {
      i++;
      continue;
    }
    if (ch === "#") {
      while (i < source.length && source[i] !== "\n") i++;
      continue;
    }
    const rest = source.slice(i, i + 8);
    const str = STRING_START.exec(rest);
    if (str) {
      const prefix = str[1] ?? "";
      const quote = str[2] as string;
      const start = i;
      const startLine = line;
      i += str[0].length;
      while (i < source.length && !source.startsWith(quote, i)) {
        if (source[i] === "\\") i++;
        else if (source[i] === "\n") {
          if (quote.length === 1) break;
          line++;
        }
        i++;
      }
      i += quote.length;
      const text = source.slice(start, i);
      for (let l = startLine; l <= line; l++) codeLines.add(l);
      tokens.push({
        kind: "string",
        text,
        line: startLine,
        interpolated: /f/i.test(prefix) && /\{[^{]/.test(text),
      });
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 128));
    if (word) {
      tokens.push({ kind: "name", text: word[0], line });
      codeLines.add(line);
      i += word[0].length;
      continue;
    }
    const number = /^(0[xXoObB][0-9a-fA-F_]+|\d[\d_]*(\.\d*)?([eE][-+]?\d+)?j?|\.\d+)/.exec(source.slice(i, i + 64));
    if (number) {
      tokens.push({ kind: "number", text: number[0], line });
      codeLines.add(line);
      i += number[0].length;
      continue;
    }
    const op = OPERATORS.exec(source.slice(i, i + 3));
    const text = op?.[0] ?? ch;
    tokens.push({ kind: "op", text, line });
    codeLines.add(line);
    i += text.length;
  }
  return { tokens, codeLines };
}

/** Metrics and security findings of one Python file. */
export function analysePython(source: string): FileMetrics {
  const { tokens, codeLines } = tokenizePython(source);
  const operators = { total: 0, distinct: new Set<string>() };
  const operands = { total: 0, distinct: new Set<string>() };
  let functions = 0;
  let decisions = 0;
  for (const token of tokens) {
    const isOperator = token.kind === "op" || KEYWORDS.has(token.text);
    const bucket = isOperator && token.kind !== "string" ? operators : operands;
    bucket.total++;
    bucket.distinct.add(token.text);
    if (token.kind !== "name") continue;
    if (token.text === "def" || token.text === "lambda") functions++;
    else if (BRANCHES.has(token.text)) decisions++;
  }
  return {
    language: "python",
    lines: lineCount(source),
    codeLines: codeLines.size,
    functions,
    complexity: Math.max(1, functions + decisions),
    operators,
    operands,
    findings: [...securityFindings(tokens), ...findSecrets(source)],
  };
}

/** Index of the token closing the bracket opened at `open`. */
function closing(tokens: Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.kind !== "op") continue;
    if ("([{".includes(token.text)) depth++;
    else if (")]}".includes(token.text) && --depth === 0) return j;
  }
  return tokens.length - 1;
}

function isDynamic(args: Token[]): boolean {
  return args.some(
    (t) =>
      t.interpolated ||
      (t.kind === "op" && (t.text === "+" || t.text === "%")) ||
      (t.kind === "name" && t.text === "format"),
  );
}

function securityFindings(tokens: Token[]): Finding[] {
  const findings: Finding[] = [];
  tokens.forEach((token, k) => {
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const called = next?.text === "(";
    const attribute = prev?.text === ".";
    const owner = attribute ? tokens[k - 2]?.text : undefined;
    if (token.kind !== "name") {
      if (token.kind === "string" && token.interpolated && SQL_TEXT.test(token.text)) {
        findings.push({
          rule: "sql-injection",
          severity: "high",
          line: token.line,
          message: "SQL built with an f-string; use query parameters",
        });
      }
      return;
    }
    if (called && !attribute && prev?.text !== "def" && (token.text === "eval" || token.text === "exec")) {
      findings.push({
        rule: `no-${token.text}`,
        severity: "high",
        line: token.line,
        message: `${token.text}() runs arbitrary code`,
      });
    }
    if (called && owner === "pickle" && (token.text === "loads" || token.text === "load")) {
      findings.push({
        rule: "unsafe-deserialization",
        severity: "high",
        line: token.line,
        message: `pickle.${token.text}() can run arbitrary code from untrusted data`,
      });
    }
    if (called && owner === "subprocess") {
      const args = tokens.slice(k + 2, closing(tokens, k + 1));
      const shell = args.some(
        (t, j) => t.text === "shell" && args[j + 1]?.text === "=" && args[j + 2]?.text === "True",
      );
      if (shell) {
        findings.push({
          rule: "command-injection",
          severity: isDynamic(args) ? "critical" : "high",
          line: token.line,
          message: `subprocess.${token.text}() with shell=True`,
        });
      }
    }
    if (called && owner === "os" && (token.text === "system" || token.text === "popen")) {
      const args = tokens.slice(k + 2, closing(tokens, k + 1));
      if (isDynamic(args)) {
        findings.push({
          rule: "command-injection",
          severity: "critical",
          line: token.line,
          message: `os.${token.text}() with a built command string`,
        });
      }
    }
    if (called && attribute && (token.text === "execute" || token.text === "executemany")) {
      const args = tokens.slice(k + 2, closing(tokens, k + 1));
      const comma = args.findIndex((t) => t.text === ",");
      const firstArg = comma < 0 ? args : args.slice(0, comma);
      const sqlText = firstArg.some((t) => t.kind === "string" && SQL_TEXT.test(t.text));
      if (
        isDynamic(firstArg) &&
        (sqlText || firstArg.some((t) => t.interpolated)) &&
        !firstArg.some((t) => t.interpolated && SQL_TEXT.test(t.text))
      ) {
        findings.push({
          rule: "sql-injection",
          severity: "high",
          line: token.line,
          message: "SQL built by string formatting; use query parameters",
        });
      }
    }
  });
  return findings;
}
