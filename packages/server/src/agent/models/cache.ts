import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseModelReference } from "./reference.js";

export interface CachedModel {
  fileName: string;
  path: string;
  sizeBytes: number;
  modifiedAt: Date;
}

/** Thrown when a model reference names nothing on this machine. */
export class ModelNotFoundError extends Error {
  override readonly name = "ModelNotFoundError";
}

/** Where a remote model lives once pulled into `cacheDir`. */
export function cachedModelPath(uri: string, cacheDir: string): string {
  const ref = parseModelReference(uri);
  if (ref.kind === "local") throw new Error(`"${uri}" is a local path, not a model URI`);
  return join(cacheDir, ref.fileName);
}

/** Complete GGUF files in the cache, largest first; partial downloads are not listed. */
export async function listModels(cacheDir: string): Promise<CachedModel[]> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const models: CachedModel[] = [];
  for (const fileName of names) {
    if (!fileName.toLowerCase().endsWith(".gguf")) continue;
    const path = join(cacheDir, fileName);
    const info = await stat(path);
    if (info.isFile()) models.push({ fileName, path, sizeBytes: info.size, modifiedAt: info.mtime });
  }
  return models.sort((a, b) => b.sizeBytes - a.sizeBytes || a.fileName.localeCompare(b.fileName));
}

/** Turns a model reference into a local file path, or explains how to get the file. */
export async function resolveModel(ref: string, cacheDir: string): Promise<string> {
  const parsed = parseModelReference(ref);
  const path = parsed.kind === "local" ? parsed.path : join(cacheDir, parsed.fileName);
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (parsed.kind === "local") {
    throw new ModelNotFoundError(`Model file ${path} does not exist. Set LEANVIBE_MODEL to an existing .gguf file.`);
  }
  throw new ModelNotFoundError(
    `Model ${parsed.uri} is not in the model cache (${cacheDir}). Run \`leanvibe-server models pull ${parsed.uri}\` ` +
      "or set LEANVIBE_MODEL to a local .gguf file.",
  );
}
