export type Severity = "low" | "medium" | "high" | "critical";

export interface SecurityFinding {
  rule: string;
  severity: Severity;
  path: string;
  line: number;
  message: string;
}

/** What a language analyser measures in one file; path is filled in by the caller. */
export interface FileMetrics {
  language: string;
  lines: number;
  codeLines: number;
  functions: number;
  /** Decision points plus one per function (McCabe), at least 1. */
  complexity: number;
  operators: { total: number; distinct: Set<string> };
  operands: { total: number; distinct: Set<string> };
  findings: Omit<SecurityFinding, "path">[];
}

/** Halstead volume: N · log2(n), with N all operator and operand occurrences and n the distinct ones. */
export function halsteadVolume(metrics: Pick<FileMetrics, "operators" | "operands">): number {
  const length = metrics.operators.total + metrics.operands.total;
  const vocabulary = metrics.operators.distinct.size + metrics.operands.distinct.size;
  return vocabulary > 1 ? length * Math.log2(vocabulary) : 0;
}

/**
 * The classic maintainability index, 171 − 5.2·ln(V) − 0.23·G − 16.2·ln(LOC), rescaled to 0–100 the way
 * Visual Studio does (× 100 / 171, clamped). V is the Halstead volume, G the cyclomatic complexity.
 */
export function maintainabilityIndex(volume: number, complexity: number, codeLines: number): number {
  if (codeLines === 0) return 100;
  const raw = 171 - 5.2 * Math.log(Math.max(volume, 1)) - 0.23 * complexity - 16.2 * Math.log(codeLines);
  return Math.round(Math.max(0, Math.min(100, (raw * 100) / 171)) * 10) / 10;
}

/** Shannon entropy in bits per character; random keys score above 4, words around 3. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

const SECRET_PATTERNS: { rule: string; pattern: RegExp; message: string }[] = [
  { rule: "hardcoded-aws-key", pattern: /\bAKIA[0-9A-Z]{16}\b/, message: "AWS access key id in source" },
  {
    rule: "hardcoded-private-key",
    pattern: /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/,
    message: "Private key in source",
  },
  { rule: "hardcoded-github-token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, message: "GitHub token in source" },
  {
    rule: "hardcoded-stripe-key",
    pattern: /\b[sr]k_live_[0-9a-zA-Z]{20,}\b/,
    message: "Stripe live secret key in source",
  },
  { rule: "hardcoded-slack-token", pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,}\b/, message: "Slack token in source" },
];

const SECRET_NAME =
  /(pass(?:word|wd)?|secret|api[_-]?key|apikey|access[_-]?key|auth[_-]?token|token|private[_-]?key|credential)/i;
const ASSIGNED_STRING = /([A-Za-z_][\w.-]*)["']?\s*[:=]\s*[rbuf]?(["'`])([^"'`\n]{8,})\2/g;
const PLACEHOLDER = /^(?:x+|\*+|changeme|example|placeholder|your[_-].*|<.*>|\$\{.*\}|test|dummy|redacted)$/i;

/**
 * Hard-coded secrets, by known key formats and by high-entropy strings assigned to secret-sounding
 * names. Line-based, so it serves every language.
 */
export function findSecrets(source: string): Omit<SecurityFinding, "path">[] {
  const findings: Omit<SecurityFinding, "path">[] = [];
  const lines = source.split("\n");
  lines.forEach((text, index) => {
    const line = index + 1;
    for (const { rule, pattern, message } of SECRET_PATTERNS) {
      if (pattern.test(text)) findings.push({ rule, severity: "critical", line, message });
    }
    for (const match of text.matchAll(ASSIGNED_STRING)) {
      const name = match[1] ?? "";
      const value = match[3] ?? "";
      if (!SECRET_NAME.test(name) || PLACEHOLDER.test(value) || /\s/.test(value)) continue;
      const entropy = shannonEntropy(value);
      if (entropy >= 3 || /pass/i.test(name)) {
        findings.push({
          rule: "hardcoded-secret",
          severity: entropy >= 4 ? "high" : "medium",
          line,
          message: `String literal assigned to ${name} looks like a secret (entropy ${entropy.toFixed(1)} bits/char)`,
        });
      }
    }
  });
  return findings;
}

export const SQL_TEXT =
  /\b(select\s[\s\S]*\bfrom\b|insert\s+into\b|update\s+\w+\s+set\b|delete\s+from\b|drop\s+table\b)/i;

/** Lines of a text; a final newline ends the last line rather than starting another. */
export function lineCount(source: string): number {
  if (source.length === 0) return 0;
  const breaks = source.split("\n").length - 1;
  return source.endsWith("\n") ? breaks : breaks + 1;
}
