import { basename, resolve } from "node:path";

/** The model the agent uses unless told otherwise: Phi-3 mini, 4k context, 4-bit (about 2.4 GB). */
export const DEFAULT_MODEL_URI = "hf:microsoft/Phi-3-mini-4k-instruct-gguf/Phi-3-mini-4k-instruct-q4.gguf";

export type ModelReference =
  | { kind: "local"; path: string }
  | { kind: "remote"; uri: string; url: string; fileName: string; huggingFace: boolean };

/**
 * Parses what a user may name a model by: a local GGUF path, an `hf:owner/repo/file.gguf[#branch]` URI,
 * or a plain http(s) URL. Remote models are cached under a flat file name derived from the reference.
 */
export function parseModelReference(ref: string): ModelReference {
  const trimmed = ref.trim();
  if (trimmed.startsWith("hf:")) {
    const [spec = "", branch = "main"] = trimmed.slice(3).split("#", 2);
    const parts = spec.split("/").filter((part) => part.length > 0);
    const [owner, repo, ...fileParts] = parts;
    if (!owner || !repo || fileParts.length === 0 || !spec.toLowerCase().endsWith(".gguf")) {
      throw new Error(`Invalid model URI "${ref}": expected hf:<owner>/<repo>/<file>.gguf`);
    }
    const file = fileParts.join("/");
    const url = `https://huggingface.co/${owner}/${repo}/resolve/${encodeURIComponent(branch)}/${fileParts.map(encodeURIComponent).join("/")}`;
    return { kind: "remote", uri: trimmed, url, fileName: `hf_${owner}_${basename(file)}`, huggingFace: true };
  }
  if (/^https?:\/\//i.test(trimmed)) {
    const url = new URL(trimmed);
    const name = decodeURIComponent(basename(url.pathname)) || "model";
    const fileName = name.toLowerCase().endsWith(".gguf") ? name : `${name}.gguf`;
    return { kind: "remote", uri: trimmed, url: url.href, fileName, huggingFace: false };
  }
  return { kind: "local", path: resolve(trimmed) };
}
