import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectStartupGarbage, settleWhenIdle } from './memory.js';

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
