import { describe, expect, it } from 'vitest';
import { collectStartupGarbage } from './memory.js';

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
