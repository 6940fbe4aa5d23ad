import { Router } from "express";

// The reference page is served from these two strings: no CDN, no network, works offline.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LeanVibe Enterprise API reference</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;display:flex;color:#1f2937}
nav{width:280px;height:100vh;overflow:auto;position:sticky;top:0;background:#f3f4f6;padding:1rem;box-sizing:border-box}
nav a{display:block;color:#374151;text-decoration:none;font-size:.85rem;padding:.15rem 0}
main{flex:1;padding:1.5rem 2rem;max-width:960px}
h2{border-bottom:1px solid #e5e7eb;padding-bottom:.3rem;margin-top:2.5rem}
.op{margin:1.2rem 0;padding:.8rem 1rem;border:1px solid #e5e7eb;border-radius:6px}
.m{display:inline-block;min-width:4.2rem;font-weight:700;font-family:monospace}
.get{color:#2563eb}.post{color:#059669}.put,.patch{color:#d97706}.delete{color:#dc2626}
code,pre{font-family:ui-monospace,monospace;font-size:.8rem}
pre{background:#f9fafb;padding:.6rem;overflow:auto;border-radius:4px}
.roles{font-size:.8rem;color:#6b7280}
</style>
</head>
<body>
<nav id="nav"><strong>LeanVibe API</strong><p><a href="/v1/openapi.json">openapi.json</a></p></nav>
<main id="main"><p>Loading the API description…</p></main>
<script src="/docs/reference.js"></script>
</body>
</html>`;

const SCRIPT = `(async function () {
  const spec = await (await fetch("/v1/openapi.json")).json();
  const main = document.getElementById("main");
  const nav = document.getElementById("nav");
  const esc = (s) => String(s == null ? "" : s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const ref = (r) => r && r.$ref ? r.$ref.split("/").pop() : null;
  const byTag = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const op = item[method];
      if (!op) continue;
      (byTag[op.tags[0]] = byTag[op.tags[0]] || []).push({ path, method, op, shared: item.parameters || [] });
    }
  }
  let html = "<h1>" + esc(spec.info.title) + " <small>" + esc(spec.info.version) + "</small></h1><pre>" + esc(spec.info.description) + "</pre>";
  for (const tag of spec.tags) {
    const ops = byTag[tag.name] || [];
    html += '<h2 id="tag-' + esc(tag.name) + '">' + esc(tag.name) + "</h2><p>" + esc(tag.description) + "</p>";
    nav.insertAdjacentHTML("beforeend", '<a href="#tag-' + esc(tag.name) + '"><b>' + esc(tag.name) + "</b></a>");
    for (const { path, method, op, shared } of ops) {
      const params = shared.concat(op.parameters || []).map((p) => ref(p) || p.name + " (" + p.in + ")");
      const body = op.requestBody && Object.entries(op.requestBody.content || {}).map(([t, m]) => t + ": " + (ref(m.schema) || "inline"));
      const responses = Object.entries(op.responses).map(([code, r]) => code + " " + (ref(r) || Object.values(r.content || {}).map((m) => ref(m.schema) || "").join("")));
      html += '<div class="op" id="' + esc(op.operationId) + '"><span class="m ' + method + '">' + method.toUpperCase() + "</span> <code>" + esc(path) + "</code>" +
        "<p><b>" + esc(op.summary) + "</b> <code>" + esc(op.operationId) + "</code></p>" +
        (op.description ? "<pre>" + esc(op.description) + "</pre>" : "") +
        '<p class="roles">Roles: ' + esc((op["x-required-roles"] || []).join(", ") || "none (public)") + " · CLI: <code>leanvibe " + esc(op["x-cli"].noun + " " + op["x-cli"].verb) + "</code></p>" +
        (params.length ? "<p>Parameters: <code>" + esc(params.join(", ")) + "</code></p>" : "") +
        (body ? "<p>Body: <code>" + esc(body.join(", ")) + "</code></p>" : "") +
        "<p>Responses: <code>" + esc(responses.join(" · ")) + "</code></p></div>";
      nav.insertAdjacentHTML("beforeend", '<a href="#' + esc(op.operationId) + '">' + method.toUpperCase() + " " + esc(path) + "</a>");
    }
  }
  html += "<h2>Schemas</h2>";
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    html += '<div class="op" id="schema-' + esc(name) + '"><b>' + esc(name) + "</b><pre>" + esc(JSON.stringify(schema, null, 2)) + "</pre></div>";
  }
  main.innerHTML = html;
})();`;

export function docsRouter(): Router {
  const router = Router();
  router.get("/", (_req, res) => {
    res.type("html").send(PAGE);
  });
  router.get("/reference.js", (_req, res) => {
    res.type("application/javascript").send(SCRIPT);
  });
  return router;
}
