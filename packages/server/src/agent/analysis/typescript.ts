import ts from "typescript";
import { type FileMetrics, findSecrets, lineCount, type SecurityFinding, SQL_TEXT } from "./metrics.js";

type Finding = Omit<SecurityFinding, "path">;

const CHILD_PROCESS = new Set(["child_process", "node:child_process"]);
const SHELL_CALLS = new Set(["exec", "execSync"]);

/** Metrics and security findings of one TypeScript or JavaScript file, from the compiler's own parser. */
export function analyseTypeScript(fileName: string, source: string): FileMetrics {
  const kind = /\.(tsx|jsx)$/.test(fileName)
    ? ts.ScriptKind.TSX
    : /\.[cm]?js$/.test(fileName)
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const findings: Finding[] = [];
  const childProcessNames = new Set<string>(); // namespaces bound to child_process
  const shellFunctions = new Set<string>(); // exec / execSync imported by name
  let functions = 0;
  let decisions = 0;

  const isDynamicString = (node: ts.Node | undefined): boolean =>
    node !== undefined &&
    (ts.isTemplateExpression(node) ||
      (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken));

  const visit = (node: ts.Node): void => {
    switch (node.kind) {
      case ts.SyntaxKind.FunctionDeclaration:
      case ts.SyntaxKind.FunctionExpression:
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.MethodDeclaration:
      case ts.SyntaxKind.Constructor:
      case ts.SyntaxKind.GetAccessor:
      case ts.SyntaxKind.SetAccessor:
        if ((node as ts.FunctionLikeDeclaration).body) functions++;
        break;
      case ts.SyntaxKind.IfStatement:
      case ts.SyntaxKind.ConditionalExpression:
      case ts.SyntaxKind.ForStatement:
      case ts.SyntaxKind.ForInStatement:
      case ts.SyntaxKind.ForOfStatement:
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement:
      case ts.SyntaxKind.CaseClause:
      case ts.SyntaxKind.CatchClause:
        decisions++;
        break;
      case ts.SyntaxKind.BinaryExpression: {
        const op = (node as ts.BinaryExpression).operatorToken.kind;
        if (
          op === ts.SyntaxKind.AmpersandAmpersandToken ||
          op === ts.SyntaxKind.BarBarToken ||
          op === ts.SyntaxKind.QuestionQuestionToken
        ) {
          decisions++;
        }
        break;
      }
    }

    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (CHILD_PROCESS.has(node.moduleSpecifier.text)) {
        const clause = node.importClause;
        if (clause?.name) childProcessNames.add(clause.name.text);
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) childProcessNames.add(bindings.name.text);
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const imported = (element.propertyName ?? element.name).text;
            if (SHELL_CALLS.has(imported)) shellFunctions.add(element.name.text);
          }
        }
      }
    }
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === "require" &&
      node.initializer.arguments[0] &&
      ts.isStringLiteral(node.initializer.arguments[0]) &&
      CHILD_PROCESS.has(node.initializer.arguments[0].text)
    ) {
      if (ts.isIdentifier(node.name)) childProcessNames.add(node.name.text);
      if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          const imported = element.propertyName ?? element.name;
          if (ts.isIdentifier(imported) && SHELL_CALLS.has(imported.text) && ts.isIdentifier(element.name)) {
            shellFunctions.add(element.name.text);
          }
        }
      }
    }

    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const first = node.arguments?.[0];
      if (ts.isIdentifier(callee) && callee.text === "eval" && ts.isCallExpression(node)) {
        findings.push({ rule: "no-eval", severity: "high", line: lineOf(node), message: "eval() runs arbitrary code" });
      }
      if (ts.isIdentifier(callee) && callee.text === "Function") {
        findings.push({
          rule: "no-new-function",
          severity: "high",
          line: lineOf(node),
          message: "The Function constructor compiles code from a string",
        });
      }
      const shellCall =
        (ts.isIdentifier(callee) && shellFunctions.has(callee.text)) ||
        (ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          childProcessNames.has(callee.expression.text) &&
          SHELL_CALLS.has(callee.name.text));
      if (shellCall && isDynamicString(first)) {
        findings.push({
          rule: "command-injection",
          severity: "critical",
          line: lineOf(node),
          message: "Shell command built from concatenated strings; use execFile with an argument array",
        });
      }
    }

    // A tagged template (sql`...`) is parameterised by its tag; only plain templates and concatenation build SQL text.
    if (
      ts.isTemplateExpression(node) &&
      !ts.isTaggedTemplateExpression(node.parent) &&
      SQL_TEXT.test(node.getText(file))
    ) {
      findings.push({
        rule: "sql-injection",
        severity: "high",
        line: lineOf(node),
        message: "SQL built with a template literal; use query parameters",
      });
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      !(ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken) &&
      SQL_TEXT.test(node.getText(file)) &&
      containsNonLiteral(node)
    ) {
      findings.push({
        rule: "sql-injection",
        severity: "high",
        line: lineOf(node),
        message: "SQL built by string concatenation; use query parameters",
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  const { operators, operands, codeLines } = tokenCounts(source, kind);
  return {
    language: kind === ts.ScriptKind.JS || /\.jsx$/.test(fileName) ? "javascript" : "typescript",
    lines: lineCount(source),
    codeLines,
    functions,
    complexity: Math.max(1, functions + decisions),
    operators,
    operands,
    findings: [...findings, ...findSecrets(source)],
  };
}

function containsNonLiteral(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return false;
  if (ts.isBinaryExpression(node)) return containsNonLiteral(node.left) || containsNonLiteral(node.right);
  if (ts.isParenthesizedExpression(node)) return containsNonLiteral(node.expression);
  return true;
}

/** Halstead counts from the scanner (identifiers and literals are operands, the rest operators) and code lines. */
function tokenCounts(source: string, kind: ts.ScriptKind) {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    true,
    kind === ts.ScriptKind.TS ? ts.LanguageVariant.Standard : ts.LanguageVariant.JSX,
    source,
  );
  const operators = { total: 0, distinct: new Set<string>() };
  const operands = { total: 0, distinct: new Set<string>() };
  const codeLineSet = new Set<number>();
  let lineStart = 0;
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (pos: number) => {
    while (lineStart + 1 < lineStarts.length && (lineStarts[lineStart + 1] ?? Number.POSITIVE_INFINITY) <= pos)
      lineStart++;
    return lineStart;
  };
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const text = scanner.getTokenText();
    const first = lineAt(scanner.getTokenStart());
    const last = lineAt(scanner.getTokenEnd() - 1);
    for (let l = first; l <= last; l++) codeLineSet.add(l);
    const isOperand =
      token === ts.SyntaxKind.Identifier ||
      token === ts.SyntaxKind.StringLiteral ||
      token === ts.SyntaxKind.NumericLiteral ||
      token === ts.SyntaxKind.BigIntLiteral ||
      token === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      token === ts.SyntaxKind.RegularExpressionLiteral ||
      token === ts.SyntaxKind.TrueKeyword ||
      token === ts.SyntaxKind.FalseKeyword ||
      token === ts.SyntaxKind.NullKeyword;
    const bucket = isOperand ? operands : operators;
    bucket.total++;
    bucket.distinct.add(text);
  }
  return { operators, operands, codeLines: codeLineSet.size };
}
