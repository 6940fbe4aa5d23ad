import type { Redis } from "ioredis";

/** Atomic counters with expiry: in-process for one server, Redis when several processes share limits. */
export interface CounterStore {
  readonly kind: "memory" | "redis";
  /** Adds `by` and answers the new value; the key expires `ttlSeconds` after it was created. */
  increment(key: string, ttlSeconds: number, by?: number): Promise<number>;
  /** Sets the value only if the key does not exist yet (seeding from the database). */
  seed(key: string, value: number, ttlSeconds: number): Promise<void>;
  get(key: string): Promise<number>;
  ping(): Promise<number>;
  close(): Promise<void>;
}

export function memoryCounters(now: () => number = Date.now): CounterStore {
  const values = new Map<string, { value: number; expiresAt: number }>();
  let operations = 0;
  const live = (key: string) => {
    const entry = values.get(key);
    if (entry && entry.expiresAt <= now()) {
      values.delete(key);
      return undefined;
    }
    return entry;
  };
  const sweep = () => {
    if (++operations % 10_000 !== 0) return;
    const t = now();
    for (const [k, v] of values) if (v.expiresAt <= t) values.delete(k);
  };
  return {
    kind: "memory",
    async increment(key, ttlSeconds, by = 1) {
      sweep();
      const entry = live(key);
      if (entry) {
        entry.value += by;
        return entry.value;
      }
      values.set(key, { value: by, expiresAt: now() + ttlSeconds * 1000 });
      return by;
    },
    async seed(key, value, ttlSeconds) {
      if (!live(key)) values.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
    },
    async get(key) {
      return live(key)?.value ?? 0;
    },
    async ping() {
      return 0;
    },
    async close() {},
  };
}

export function redisCounters(redis: Redis): CounterStore {
  return {
    kind: "redis",
    async increment(key, ttlSeconds, by = 1) {
      // INCRBY and EXPIRE NX in one transaction: the window starts with the first request.
      const result = await redis.multi().incrby(key, by).expire(key, ttlSeconds, "NX").exec();
      const [err, value] = result?.[0] ?? [new Error("Redis returned no result"), 0];
      if (err) throw err;
      return Number(value);
    },
    async seed(key, value, ttlSeconds) {
      await redis.set(key, value, "EX", ttlSeconds, "NX");
    },
    async get(key) {
      return Number((await redis.get(key)) ?? 0);
    },
    async ping() {
      const started = performance.now();
      await redis.ping();
      return performance.now() - started;
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
