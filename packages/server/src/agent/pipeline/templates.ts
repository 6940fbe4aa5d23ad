import type { PlannedFile, TaskPlan } from "./plan.js";

const pascal = (snake: string) =>
  snake
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
const camel = (snake: string) => {
  const p = pascal(snake);
  return p.charAt(0).toLowerCase() + p.slice(1);
};

interface Route {
  method: string;
  path: string;
  handler: string;
}

function routesOf(plan: TaskPlan, module: string): Route[] {
  const n = pascal(module);
  const base = `/${plan.resource}`;
  const table: Record<string, Route> = {
    GET: { method: "GET", path: base, handler: `list${n}` },
    POST: { method: "POST", path: base, handler: `create${n}` },
    PUT: { method: "PUT", path: `${base}/:id`, handler: `update${n}` },
    DELETE: { method: "DELETE", path: `${base}/:id`, handler: `remove${n}` },
  };
  // Helper modules serve the main one; only the main module exposes the planned endpoints.
  return module === plan.name ? plan.methods.map((m) => table[m] as Route) : [];
}

/** Source of a code module written from the template, for the plan's language. */
export function codeTemplate(plan: TaskPlan, file: PlannedFile, title: string): string {
  if (plan.language === "python") return pythonModule(plan, file.module, title);
  return jsModule(plan, file.module, title, plan.language === "typescript");
}

/** Source of a test file written from the template; it exercises the matching code module. */
export function testTemplate(plan: TaskPlan, file: PlannedFile): string {
  if (plan.language === "python") return pythonTests(plan, file.module);
  return jsTests(plan, file.module, plan.language === "typescript");
}

function jsModule(plan: TaskPlan, module: string, title: string, typed: boolean): string {
  const n = pascal(module);
  const t = (annotation: string) => (typed ? annotation : "");
  const routes = routesOf(plan, module);
  const lines = [
    `// ${title}: ${plan.kind.replace("_", " ")} for ${plan.resource} (${module}).`,
    typed ? `export interface ${n} {\n  id: number;\n  name: string;\n  createdAt: string;\n}\n` : "",
    `const records${t(`: Map<number, ${n}>`)} = new Map();`,
    "let nextId = 1;",
    "",
    `export function validate${n}(input${t(": unknown")})${t(": { name: string }")} {`,
    plan.validate_input
      ? `  if (typeof input !== "object" || input === null) throw new TypeError("expected an object");\n  const name = (input${t(" as { name?: unknown }")}).name;\n  if (typeof name !== "string" || name.trim() === "") throw new TypeError("name must be a non-empty string");\n  return { name: name.trim() };`
      : `  return { name: String((input${t(" as { name?: unknown }")})?.name ?? "") };`,
    "}",
    "",
    `export function list${n}()${t(`: ${n}[]`)} {`,
    "  return [...records.values()];",
    "}",
    "",
    `export function create${n}(input${t(": unknown")})${t(`: ${n}`)} {`,
    `  const { name } = validate${n}(input);`,
    `  const record = { id: nextId++, name, createdAt: new Date().toISOString() };`,
    "  records.set(record.id, record);",
    "  return record;",
    "}",
    "",
    `export function update${n}(id${t(": number")}, input${t(": unknown")})${t(`: ${n} | undefined`)} {`,
    "  const existing = records.get(id);",
    "  if (!existing) return undefined;",
    `  const updated = { ...existing, ...validate${n}(input) };`,
    "  records.set(id, updated);",
    "  return updated;",
    "}",
    "",
    `export function remove${n}(id${t(": number")})${t(": boolean")} {`,
    "  return records.delete(id);",
    "}",
    "",
  ];
  if (routes.length > 0) {
    lines.push(`export const ${camel(module)}Routes = [`);
    for (const r of routes) lines.push(`  { method: "${r.method}", path: "${r.path}", handler: ${r.handler} },`);
    lines.push("];", "");
  }
  return lines.filter((l, i) => !(l === "" && i === 1 && !typed)).join("\n");
}

function jsTests(plan: TaskPlan, module: string, typed: boolean): string {
  const n = pascal(module);
  const file = module.replaceAll("_", "-");
  const ext = typed ? "ts" : "mjs";
  const cases = [
    `test("creates a record and lists it", () => {\n  const record = create${n}({ name: "first" });\n  assert.equal(record.name, "first");\n  assert.ok(list${n}().some((r) => r.id === record.id));\n});`,
    plan.validate_input
      ? `test("rejects input without a name", () => {\n  assert.throws(() => create${n}({}), TypeError);\n});`
      : `test("removes a record", () => {\n  const record = create${n}({ name: "gone" });\n  assert.equal(remove${n}(record.id), true);\n});`,
    `test("updates a record by id", () => {\n  const record = create${n}({ name: "before" });\n  assert.equal(update${n}(record.id, { name: "after" })?.name, "after");\n});`,
  ];
  return [
    `import assert from "node:assert/strict";`,
    `import { test } from "node:test";`,
    `import { create${n}, list${n}, remove${n}, update${n} } from "../src/${file}.${typed ? "js" : ext}";`,
    "",
    cases.slice(0, plan.tests_per_module).join("\n\n"),
    "",
  ].join("\n");
}

function pythonModule(plan: TaskPlan, module: string, title: string): string {
  const routes = routesOf(plan, module).map((r) => ({
    ...r,
    handler: r.handler.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  }));
  const n = module;
  const lines = [
    `"""${title}: ${plan.kind.replace("_", " ")} for ${plan.resource} (${module})."""`,
    "from datetime import datetime, timezone",
    "",
    "_records = {}",
    "_next_id = [1]",
    "",
    "",
    `def validate_${n}(data):`,
    plan.validate_input
      ? `    if not isinstance(data, dict):\n        raise TypeError("expected a dict")\n    name = data.get("name")\n    if not isinstance(name, str) or not name.strip():\n        raise ValueError("name must be a non-empty string")\n    return {"name": name.strip()}`
      : `    return {"name": str((data or {}).get("name", ""))}`,
    "",
    "",
    `def list_${n}():`,
    "    return list(_records.values())",
    "",
    "",
    `def create_${n}(data):`,
    `    record = {"id": _next_id[0], **validate_${n}(data), "created_at": datetime.now(timezone.utc).isoformat()}`,
    "    _next_id[0] += 1",
    '    _records[record["id"]] = record',
    "    return record",
    "",
    "",
    `def update_${n}(record_id, data):`,
    "    if record_id not in _records:",
    "        return None",
    `    _records[record_id] = {**_records[record_id], **validate_${n}(data)}`,
    "    return _records[record_id]",
    "",
    "",
    `def remove_${n}(record_id):`,
    "    return _records.pop(record_id, None) is not None",
    "",
  ];
  if (routes.length > 0) {
    lines.push("", "ROUTES = [");
    for (const r of routes) lines.push(`    ("${r.method}", "${r.path}", ${r.handler}),`);
    lines.push("]", "");
  }
  return lines.join("\n");
}

function pythonTests(plan: TaskPlan, module: string): string {
  const n = module;
  const cases = [
    `    def test_creates_a_record_and_lists_it(self):\n        record = ${n}.create_${n}({"name": "first"})\n        self.assertEqual(record["name"], "first")\n        self.assertIn(record, ${n}.list_${n}())`,
    plan.validate_input
      ? `    def test_rejects_input_without_a_name(self):\n        with self.assertRaises(ValueError):\n            ${n}.create_${n}({})`
      : `    def test_removes_a_record(self):\n        record = ${n}.create_${n}({"name": "gone"})\n        self.assertTrue(${n}.remove_${n}(record["id"]))`,
    `    def test_updates_a_record_by_id(self):\n        record = ${n}.create_${n}({"name": "before"})\n        self.assertEqual(${n}.update_${n}(record["id"], {"name": "after"})["name"], "after")`,
  ];
  return [
    "import unittest",
    "",
    `from app import ${n}`,
    "",
    "",
    `class ${pascal(n)}Test(unittest.TestCase):`,
    cases.slice(0, plan.tests_per_module).join("\n\n"),
    "",
    "",
    'if __name__ == "__main__":',
    "    unittest.main()",
    "",
  ].join("\n");
}

const ENDPOINT_PATTERNS = [
  /["'](GET|POST|PUT|PATCH|DELETE)["']\s*,\s*(?:path:\s*)?["']\//g,
  /\b(?:app|router)\.(?:get|post|put|patch|delete)\(\s*["'`]\//g,
  /@(?:app|router)\.(?:get|post|put|patch|delete)\(/g,
];

/** HTTP endpoints a source file declares (route tables, Express-style and decorator-style routes). */
export function countEndpoints(source: string): number {
  return ENDPOINT_PATTERNS.reduce((sum, pattern) => sum + (source.match(pattern)?.length ?? 0), 0);
}

/** Test cases in a test file: test()/it() calls, or Python test_ methods and functions. */
export function countTests(source: string, language: TaskPlan["language"]): number {
  const pattern = language === "python" ? /^\s*(?:async\s+)?def\s+test_\w*\s*\(/gm : /^\s*(?:test|it)(?:\.\w+)?\(/gm;
  return source.match(pattern)?.length ?? 0;
}
