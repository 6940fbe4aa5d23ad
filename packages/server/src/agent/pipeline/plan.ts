import type { LlamaEngine } from "../engine/index.js";

export type Language = "typescript" | "javascript" | "python";
export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/** What the model decides. Only enums, booleans and a bounded array: valid even from a model with random weights. */
export interface ModelPlan {
  kind: "api_endpoint" | "service" | "data_model" | "utility";
  methods: HttpMethod[];
  extra_modules: 0 | 1 | 2;
  tests_per_module: 1 | 2 | 3;
  validate_input: boolean;
}

export const PLAN_SCHEMA = {
  type: "object",
  properties: {
    kind: { enum: ["api_endpoint", "service", "data_model", "utility"] },
    methods: { type: "array", items: { enum: ["GET", "POST", "PUT", "DELETE"] }, maxItems: 4 },
    extra_modules: { enum: [0, 1, 2] },
    tests_per_module: { enum: [1, 2, 3] },
    validate_input: { type: "boolean" },
  },
  required: ["kind", "methods", "extra_modules", "tests_per_module", "validate_input"],
} as const;

export interface PlannedFile {
  path: string;
  role: "code" | "test";
  /** The code module a test file exercises (its import name), or the module's own name. */
  module: string;
}

/** The concrete plan: the model's choices turned into files, names and endpoints by fixed rules. */
export interface TaskPlan extends ModelPlan {
  language: Language;
  /** A valid identifier derived from the task title. */
  name: string;
  resource: string;
  files: PlannedFile[];
  /** "model" when the plan came from the model, "template" when the fallback plan was used. */
  source: "model" | "template";
}

/** The project's language, from its tech stack. */
export function languageOf(techStack: readonly string[]): Language {
  const stack = techStack.map((s) => s.toLowerCase());
  if (stack.some((s) => ["python", "fastapi", "django", "flask"].includes(s))) return "python";
  if (stack.some((s) => s === "typescript" || s === "ts")) return "typescript";
  if (stack.some((s) => ["javascript", "js", "node", "node.js", "express"].includes(s))) return "javascript";
  return "typescript";
}

const STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "for",
  "to",
  "of",
  "with",
  "in",
  "on",
  "add",
  "implement",
  "create",
  "build",
  "write",
  "make",
  "new",
  "api",
]);

/** Words of the title that name the thing being built, e.g. "Implement user authentication API" → ["user", "authentication"]. */
export function titleWords(title: string): string[] {
  const words = title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w) && !/^\d/.test(w));
  return (words.length > 0 ? words : ["feature"]).slice(0, 3);
}

/** The deterministic plan used when the model cannot produce one; seeded by the task's own fields. */
export function templatePlan(title: string, complexity: string | null): ModelPlan {
  const api = /\b(api|endpoint|rest|route|http)\b/i.test(title);
  return {
    kind: api ? "api_endpoint" : "service",
    methods: api ? ["GET", "POST"] : [],
    extra_modules: complexity === "high" ? 1 : 0,
    tests_per_module: complexity === "low" ? 1 : 2,
    validate_input: true,
  };
}

/** Turns the model's choices into files: one main module, optional helper modules, a test file for each. */
export function concretePlan(
  choice: ModelPlan,
  task: { title: string; estimated_complexity: string | null },
  techStack: readonly string[],
  source: TaskPlan["source"],
): TaskPlan {
  const language = languageOf(techStack);
  const words = titleWords(task.title);
  const snake = words.join("_");
  const kebab = words.join("-");
  const methods =
    choice.kind === "api_endpoint" ? [...new Set(choice.methods.length ? choice.methods : ["GET" as const])] : [];
  const extras = (["validation", "store"] as const).slice(0, choice.extra_modules);
  const modules = [snake, ...extras.map((e) => `${snake}_${e}`)];
  const files: PlannedFile[] = [];
  for (const module of modules) {
    const fileBase = language === "python" ? module : module.replaceAll("_", "-");
    if (language === "python") {
      files.push({ path: `app/${fileBase}.py`, role: "code", module });
      files.push({ path: `tests/test_${fileBase}.py`, role: "test", module });
    } else {
      const ext = language === "typescript" ? "ts" : "mjs";
      files.push({ path: `src/${fileBase}.${ext}`, role: "code", module });
      files.push({ path: `test/${fileBase}.test.${ext}`, role: "test", module });
    }
  }
  return { ...choice, methods, language, name: snake, resource: kebab, files, source };
}

/** Asks the model for a plan under the JSON grammar; a generation that cannot finish yields the template plan. */
export async function planTask(
  engine: LlamaEngine,
  task: { title: string; description: string | null; estimated_complexity: string | null },
  techStack: readonly string[],
  signal: AbortSignal,
): Promise<{ plan: TaskPlan; note?: string }> {
  const prompt = [
    `Plan the implementation of this task for a ${languageOf(techStack)} project.`,
    `Title: ${task.title}`,
    task.description ? `Description: ${task.description}` : "",
    "Choose the kind of component, the HTTP methods if it is an API, how many helper modules and tests per module.",
  ]
    .filter(Boolean)
    .join("\n");
  try {
    const result = await engine.generateJson<ModelPlan>({ prompt, schema: PLAN_SCHEMA, maxTokens: 400, signal });
    return { plan: concretePlan(result.value, task, techStack, "model") };
  } catch (error) {
    if (signal.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      plan: concretePlan(templatePlan(task.title, task.estimated_complexity), task, techStack, "template"),
      note: `The model could not produce a plan (${reason}); the template plan was used`,
    };
  }
}
