import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

/**
 * Counts physical cores. `os.availableParallelism()` counts logical CPUs, and running llama.cpp on
 * hyper-threads makes matrix work slower, not faster. Linux tells us the truth in /proc/cpuinfo;
 * elsewhere (or in containers that hide it) the logical count is the best we know.
 */
export function physicalCoreCount(cpuinfo?: string): number {
  const logical = availableParallelism();
  let text = cpuinfo;
  if (text === undefined) {
    try {
      text = readFileSync("/proc/cpuinfo", "utf8");
    } catch {
      return logical;
    }
  }
  const cores = new Set<string>();
  for (const block of text.split(/\n\s*\n/)) {
    const physical = /^physical id\s*:\s*(\d+)/m.exec(block)?.[1];
    const core = /^core id\s*:\s*(\d+)/m.exec(block)?.[1];
    if (physical !== undefined && core !== undefined) cores.add(`${physical}:${core}`);
  }
  // Some virtual machines and ARM kernels omit core ids; then we cannot tell siblings apart.
  if (cores.size === 0) return logical;
  return Math.max(1, Math.min(cores.size, logical));
}

/** The thread count to run with: what was asked for, never more than the physical cores, at least one. */
export function resolveThreadCount(requested: number | undefined, physicalCores = physicalCoreCount()): number {
  if (requested === undefined || !Number.isFinite(requested) || requested <= 0) return physicalCores;
  return Math.max(1, Math.min(Math.floor(requested), physicalCores));
}
