import { describe, expect, it } from 'vitest';
import { createWindowLimiter } from './rate-limit.js';

describe('createWindowLimiter', () => {
  it('allows max requests in a window, refuses the next with the seconds left, and opens a new window', () => {
    const limit = createWindowLimiter({ max: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(limit.hit('a', t0 + i).allowed).toBe(true);
    const refused = limit.hit('a', t0 + 20_500);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 40 });
    // Another key has its own count.
    expect(limit.hit('b', t0 + 20_500).allowed).toBe(true);
    // Once the window has passed, the key starts again.
    expect(limit.hit('a', t0 + 60_000)).toEqual({ allowed: true, retryAfterSeconds: 60 });
  });

  it('refuses everything with max 0', () => {
    expect(createWindowLimiter({ max: 0, windowMs: 1000 }).hit('a', 0).allowed).toBe(false);
  });

  it('holds at most maxKeys keys, dropping the one used longest ago', () => {
    const limit = createWindowLimiter({ max: 1, windowMs: 60_000, maxKeys: 2 });
    limit.hit('a', 0);
    limit.hit('b', 1);
    // 'a' used again: 'b' is now the oldest.
    expect(limit.hit('a', 2).allowed).toBe(false);
    limit.hit('c', 3);
    expect(limit.size).toBe(2);
    // 'a' kept its count, 'b' was dropped and starts afresh.
    expect(limit.hit('a', 4).allowed).toBe(false);
    expect(limit.hit('b', 5).allowed).toBe(true);
  });
});
