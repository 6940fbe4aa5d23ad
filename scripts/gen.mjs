#!/usr/bin/env node
// Regenerates everything derived from openapi/leanvibe.yaml: the bundled document, the TypeScript types,
// and the operation tables of the server and the CLI. `--check` writes nothing and fails on drift.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import YAML from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const specPath = join(root, "openapi/leanvibe.yaml");
const check = process.argv.includes("--check");
const skipLint = process.argv.includes("--no-lint");
const NOTICE = "generated from openapi/leanvibe.yaml by `pnpm gen` — do not edit";
const METHODS = ["get", "put", "post", "delete", "patch"];

function lint() {
  const bin = join(root, "node_modules/.bin/redocly");
  try {
    execFileSync(bin, ["lint", specPath, "--format=summary"], { cwd: root, stdio: "pipe" });
  } catch (err) {
    process.stderr.write(String(err.stdout ?? "") + String(err.stderr ?? ""));
    throw new Error("openapi/leanvibe.yaml does not lint clean (run `npx redocly lint openapi/leanvibe.yaml`)");
  }
}

const spec = YAML.parse(readFileSync(specPath, "utf8"));

/** Every operation of the spec, in document order, with its path-level parameters merged in. */
function operations() {
  const out = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      out.push({ path, method, op, params });
    }
  }
  return out;
}

function resolve(node) {
  let cur = node;
  while (cur && typeof cur === "object" && typeof cur.$ref === "string") {
    const parts = cur.$ref.replace(/^#\//, "").split("/");
    cur = parts.reduce((acc, key) => acc?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return cur;
}

function jsonType(schema) {
  const s = resolve(schema) ?? {};
  if (s.allOf) return "object";
  const types = Array.isArray(s.type) ? s.type.filter((t) => t !== "null") : [s.type];
  const t = types[0];
  return ["string", "integer", "number", "boolean", "array", "object"].includes(t) ? t : "string";
}

function enumOf(schema) {
  const s = resolve(schema) ?? {};
  return Array.isArray(s.enum) ? s.enum.filter((v) => v !== null).map(String) : undefined;
}

function bodyFields(schema) {
  const s = resolve(schema) ?? {};
  const objects = s.allOf ? s.allOf.map(resolve) : [s];
  const required = new Set(objects.flatMap((o) => o.required ?? []));
  const fields = [];
  for (const o of objects) {
    for (const [name, prop] of Object.entries(o.properties ?? {})) {
      const p = resolve(prop);
      const field = { name, required: required.has(name), type: jsonType(p) };
      const e = enumOf(p);
      if (e) field.enum = e;
      if (p.description) field.description = p.description.trim();
      fields.push(field);
    }
  }
  return fields;
}

function responseKind(op) {
  if (op["x-websocket"]) return "websocket";
  const ok = Object.entries(op.responses).find(([code]) => /^2/.test(code));
  if (!ok) return "empty";
  const content = resolve(ok[1]).content;
  if (!content) return "empty";
  return content["application/json"] ? "json" : "binary";
}

function cliTable() {
  return operations().map(({ path, method, op, params }) => {
    const cli = op["x-cli"];
    const pathParams = params.filter((p) => p.in === "path").map((p) => p.name);
    const entry = {
      operationId: op.operationId,
      tag: op.tags[0],
      noun: cli.noun,
      verb: cli.verb,
      method,
      path,
      summary: op.summary,
    };
    if (op.description) entry.description = op.description.trim();
    entry.positionals = cli.positionals ?? pathParams;
    entry.params = params
      .filter((p) => !entry.positionals.includes(p.name) && p.in !== "cookie" && p.name !== "Idempotency-Key")
      .map((p) => {
        const param = { name: p.name, in: p.in, required: Boolean(p.required), type: jsonType(p.schema) };
        const e = enumOf(p.schema);
        if (e) param.enum = e;
        if (p.description) param.description = p.description.trim();
        return param;
      });
    if (op.requestBody) {
      const body = resolve(op.requestBody);
      const [contentType, media] = Object.entries(body.content)[0];
      entry.body = { contentType, required: Boolean(body.required), fields: bodyFields(media.schema) };
    }
    entry.response = responseKind(op);
    entry.roles = op["x-required-roles"];
    return entry;
  });
}

function serverTable() {
  return operations().map(({ path, method, op }) => ({
    operationId: op.operationId,
    tag: op.tags[0],
    method,
    path,
    roles: op["x-required-roles"],
    public: Array.isArray(op.security) && op.security.length === 0,
    optionalAuth: Array.isArray(op.security) && op.security.some((s) => Object.keys(s).length === 0),
    websocket: Boolean(op["x-websocket"]),
    schemes: [...new Set((op.security ?? spec.security).flatMap((s) => Object.keys(s)))],
  }));
}

async function typesSource() {
  const ast = await openapiTS(new URL(`file://${specPath}`), {
    alphabetize: false,
    rootTypes: false,
    defaultNonNullable: false,
  });
  return `// ${NOTICE}\n\n${astToString(ast)}`;
}

function tsModule(importLine, name, type, value) {
  return `// ${NOTICE}\n${importLine}\n\nexport const ${name} = ${JSON.stringify(value, null, 2)} as const satisfies readonly ${type}[];\n`;
}

async function main() {
  if (!skipLint) lint();
  const types = await typesSource();
  const bundled = { "x-generated": NOTICE, ...spec };
  const files = {
    "packages/server/src/generated/openapi.json": `${JSON.stringify(bundled, null, 2)}\n`,
    "packages/server/src/generated/schema.ts": types,
    "packages/server/src/generated/operations.ts": tsModule(
      'import type { ServerOperation } from "../platform/operations.js";',
      "operations",
      "ServerOperation",
      serverTable(),
    ),
    "packages/sdk/src/generated/schema.ts": types,
    "packages/cli/src/generated/operations.ts": tsModule(
      'import type { OperationEntry } from "../command-table.js";',
      "operations",
      "OperationEntry",
      cliTable(),
    ),
  };
  const drift = [];
  for (const [rel, content] of Object.entries(files)) {
    const file = join(root, rel);
    const current = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (current === content) continue;
    if (check) {
      drift.push(rel);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`wrote ${relative(root, file)}`);
    }
  }
  if (check && drift.length > 0) {
    console.error(`Generated files differ from the spec; run \`pnpm gen\`:\n  ${drift.join("\n  ")}`);
    process.exit(1);
  }
  const count = operations().length;
  console.log(`${count} operations${check ? ", generated files up to date" : ""}`);
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
