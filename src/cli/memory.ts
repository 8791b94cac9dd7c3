import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { AppError } from '../domain/errors.js';

export type HeapMode = 'small' | 'fast';

/** The heap mode from MAKERDESK_HEAP: `fast` (the default) or `small`. */
export function resolveHeapMode(env: string | undefined): HeapMode {
  const text = (env ?? '').trim().toLowerCase();
  if (text === '' || text === 'fast') return 'fast';
  if (text === 'small') return 'small';
  throw new AppError(
    'bad_request',
    `MAKERDESK_HEAP is "${env}"; use "fast" (the default) or "small"`,
  );
}

/**
 * Sets how V8 sizes the heap of a server, before it starts. Under load V8 grows the young
 * generation to 32 MB and lets the old generation fill with two to three times what is live
 * before it collects: ~240 MB after the HTTP bench's load, for ~45 MB live. `small` asks V8 to
 * favour size (the young generation stays a few MB, the old one is collected sooner): ~170–190
 * MB after the same load, but about 45 % more CPU per turn over HTTP (docs/performance.md), so
 * it is for machines short of memory. `fast` keeps V8's defaults but for how far the old
 * generation may grow past what is live before its next collection (see below).
 */
export function applyHeapMode(mode: HeapMode): void {
  if (mode === 'small') setFlagsFromString('--optimize-for-size');
  // The old generation may grow by half of what is live before the next major collection,
  // instead of by V8's own factor (1.1 to 4 times, more the faster it collects): after the HTTP
  // bench's load a server holds ~45 MB live, so this caps the dead old space left waiting.
  else setFlagsFromString('--heap-growing-percent=50');
}

let exposedGc: (() => void) | null = null;

/** A full garbage collection. `gc` is exposed only inside a throw-away context, never globally. */
function fullGc(): void {
  if (!exposedGc) {
    setFlagsFromString('--expose-gc');
    exposedGc = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  }
  exposedGc();
}

/**
 * One full garbage collection, once the server has started. Start-up (the modules, the language
 * model, migrations, the demo seed) leaves tens of MB of garbage that V8 collects only when the
 * program next allocates enough, so an idle server would keep it; this hands it back to the system
 * before the first request.
 */
export function collectStartupGarbage(): void {
  fullGc();
}

export type IdleSettling = { stop(): void };

export type SettleOptions = {
  /** How often to look, in ms. */
  everyMs?: number;
  /** Busiest the event loop may have been since the last look (0–1) for the server to count as idle. */
  idleBelow?: number;
  /** For tests: the collection, the heap's and the young generation's sizes in bytes, and the event loop's utilisation since the last call. */
  collect?: () => void;
  heapBytes?: () => number;
  youngBytes?: () => number;
  utilisation?: () => number;
};

/**
 * Keeps an idle server small. Start-up and load grow V8's young generation to 32 MB and leave
 * garbage behind; V8 shrinks the young generation again only in a full collection made while
 * little is being allocated, which an idle server never triggers. So every few seconds: if the
 * event loop was nearly idle since the last look and the heap grew since the last such
 * collection (or the young generation is still large, at most three times), one full collection
 * (tens of ms). A busy server is never collected here.
 */
export function settleWhenIdle(options: SettleOptions = {}): IdleSettling {
  const collect = options.collect ?? fullGc;
  const heapBytes = options.heapBytes ?? (() => getHeapStatistics().total_heap_size);
  let last = performance.eventLoopUtilization();
  const utilisation =
    options.utilisation ??
    (() => {
      const now = performance.eventLoopUtilization();
      const u = performance.eventLoopUtilization(now, last).utilization;
      last = now;
      return u;
    });
  const youngBytes =
    options.youngBytes ??
    (() => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0);
  const idleBelow = options.idleBelow ?? 0.05;
  // Nothing collected yet: the first idle look collects whatever start-up left.
  let settledAt = -1;
  // V8 shrinks the young generation only when the last seconds allocated little: if the first
  // idle collection came too soon after the work, a few more idle looks try again.
  let tries = 0;
  const timer = setInterval(() => {
    if (utilisation() >= idleBelow) return;
    const grown = heapBytes() > settledAt + 1024 * 1024;
    if (!grown && (youngBytes() <= 2 * 1024 * 1024 || tries >= 3)) return;
    collect();
    tries = grown ? 1 : tries + 1;
    settledAt = heapBytes();
  }, options.everyMs ?? 5000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
