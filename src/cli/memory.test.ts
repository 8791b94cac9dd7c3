import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../domain/errors.js';
import { collectStartupGarbage, resolveHeapMode, settleWhenIdle } from './memory.js';

describe('collectStartupGarbage', () => {
  it('frees what start-up left unreachable, without exposing gc globally', () => {
    let garbage: string[] | null = Array.from({ length: 200_000 }, (_, i) =>
      `start-up ${i} `.repeat(8),
    );
    const held = process.memoryUsage().heapUsed;
    garbage = null;
    collectStartupGarbage();
    expect(garbage).toBeNull();
    expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(10 * 1024 * 1024);
    expect('gc' in globalThis).toBe(false);
  });
});

describe('settleWhenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects once when idle, not while busy, and again only after the heap grew', () => {
    vi.useFakeTimers();
    let heap = 80e6;
    // A collection shrinks the heap.
    const collect = vi.fn(() => {
      heap = 45e6;
    });
    let busy = 0.5;
    const settling = settleWhenIdle({
      everyMs: 1000,
      collect,
      heapBytes: () => heap,
      youngBytes: () => 1024 * 1024,
      utilisation: () => busy,
    });
    vi.advanceTimersByTime(3000);
    expect(collect).not.toHaveBeenCalled();
    busy = 0.01;
    vi.advanceTimersByTime(1000);
    expect(collect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(collect).toHaveBeenCalledTimes(1);
    heap = 45.5e6;
    vi.advanceTimersByTime(1000);
    expect(collect).toHaveBeenCalledTimes(1);
    heap = 60e6;
    vi.advanceTimersByTime(1000);
    expect(collect).toHaveBeenCalledTimes(2);
    settling.stop();
    heap = 90e6;
    vi.advanceTimersByTime(5000);
    expect(collect).toHaveBeenCalledTimes(2);
  });

  it('tries again, at most three times, while the young generation stays large', () => {
    vi.useFakeTimers();
    let young = 32 * 1024 * 1024;
    const collect = vi.fn();
    settleWhenIdle({
      everyMs: 1000,
      collect,
      heapBytes: () => 75e6,
      youngBytes: () => young,
      utilisation: () => 0,
    });
    vi.advanceTimersByTime(2000);
    expect(collect).toHaveBeenCalledTimes(2);
    young = 1024 * 1024;
    vi.advanceTimersByTime(5000);
    expect(collect).toHaveBeenCalledTimes(2);
    young = 32 * 1024 * 1024;
    vi.advanceTimersByTime(5000);
    expect(collect).toHaveBeenCalledTimes(3);
  });
});

describe('resolveHeapMode', () => {
  it('is fast unless MAKERDESK_HEAP says small', () => {
    expect(resolveHeapMode(undefined)).toBe('fast');
    expect(resolveHeapMode('')).toBe('fast');
    expect(resolveHeapMode(' Small ')).toBe('small');
    expect(resolveHeapMode('FAST')).toBe('fast');
  });

  it('names the setting and its values when it is something else', () => {
    expect(() => resolveHeapMode('tiny')).toThrow(AppError);
    expect(() => resolveHeapMode('tiny')).toThrow(/MAKERDESK_HEAP is "tiny".*fast.*small/);
  });
});

const memoryModule = fileURLToPath(new URL('../../dist/src/cli/memory.js', import.meta.url));

describe('applyHeapMode (in a process of its own: it changes V8 for good)', () => {
  // A busy server's pattern: objects that live long enough to reach the old generation, then die.
  const script = `
    import { getHeapStatistics } from 'node:v8';
    const { applyHeapMode } = await import(${JSON.stringify(memoryModule)});
    if (process.argv[1] !== 'v8-defaults') applyHeapMode(process.argv[1]);
    const live = [];
    let peak = 0;
    for (let round = 0; round < 30; round++) {
      const batch = [];
      for (let i = 0; i < 40000; i++) batch.push({ round, i, text: 'turn ' + round + '.' + i });
      live.push(batch);
      if (live.length > 4) live.shift();
      peak = Math.max(peak, getHeapStatistics().total_heap_size);
    }
    console.log(peak);`;
  const peakHeap = (mode: string): number => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, mode], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    return Number(r.stdout);
  };

  // `npm ci` builds dist (the prepare script), so CI always runs this.
  it.skipIf(!existsSync(memoryModule) && process.env.CI !== 'true')(
    "fast keeps the heap of the same work well below V8's defaults, and small below fast",
    () => {
      const small = peakHeap('small');
      const fast = peakHeap('fast');
      const defaults = peakHeap('v8-defaults');
      expect(small).toBeGreaterThan(0);
      // About 60–70, 88 and 130 MB.
      expect(fast).toBeLessThan(defaults * 0.85);
      expect(small).toBeLessThan(fast);
      expect(small).toBeLessThan(defaults * 0.7);
    },
  );
});
