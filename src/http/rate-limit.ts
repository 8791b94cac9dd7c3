/**
 * A fixed-window request counter per key, kept in this process: the first request of a key opens a
 * window of `windowMs`; requests beyond `max` in it are refused until it ends. At most `maxKeys`
 * keys are held; the one used longest ago goes first. The same counting as @fastify/rate-limit's
 * local store (which the console's sign-in limit uses), but answered synchronously: the customer
 * API checks two limits on every turn, and the plugin's check costs a handful of promises each.
 */
export type WindowLimiter = {
  /** Counts one request of `key` at `nowMs`. */
  hit(key: string, nowMs?: number): LimitResult;
  /** Keys held now. */
  readonly size: number;
};

export type LimitResult = {
  /** False once the key has made more than `max` requests in its window. */
  allowed: boolean;
  /** Seconds until the window ends (what Retry-After says). */
  retryAfterSeconds: number;
};

type Window = { count: number; startMs: number };

export function createWindowLimiter(options: {
  max: number;
  windowMs: number;
  maxKeys?: number;
}): WindowLimiter {
  const max = Math.max(0, Math.trunc(options.max));
  const windowMs = Math.max(0, Math.trunc(options.windowMs));
  const maxKeys = Math.max(1, options.maxKeys ?? 5000);
  const windows = new Map<string, Window>();
  return {
    hit(key, nowMs = Date.now()) {
      let w = windows.get(key);
      if (w === undefined) {
        if (windows.size >= maxKeys) {
          const oldest = windows.keys().next().value;
          if (oldest !== undefined) windows.delete(oldest);
        }
        w = { count: 1, startMs: nowMs };
      } else {
        // Most recently used last, so the first key is the one to drop when full.
        windows.delete(key);
        if (w.startMs + windowMs <= nowMs) {
          w.count = 1;
          w.startMs = nowMs;
        } else w.count++;
      }
      windows.set(key, w);
      return {
        allowed: w.count <= max,
        retryAfterSeconds: Math.ceil((windowMs - (nowMs - w.startMs)) / 1000),
      };
    },
    get size() {
      return windows.size;
    },
  };
}
