/**
 * The SDK's only window on the environment. Runtimes without `process` (browsers, edge workers)
 * simply get `undefined`, so the core stays portable.
 */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name]?.trim();
  return value ? value : undefined;
}

/** True on Node.js (and runtimes that mimic it, like Bun), where the `ws` package can stand in for WebSocket. */
export function isNodeLike(): boolean {
  return typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === "string";
}
