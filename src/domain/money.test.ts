import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromMinor, toMinor } from './money.js';

describe('toMinor', () => {
  it.each([
    [52, 'USD', 5200],
    ['52.00', 'USD', 5200],
    [0.1, 'USD', 10],
    [19.99, 'EUR', 1999],
    [1000, 'JPY', 1000],
    ['1.234', 'KWD', 1234],
  ])('%s %s → %i', (amount, currency, expected) => {
    expect(toMinor(amount, currency)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [-1, 'USD', 'negative'],
    [1.234, 'USD', 'decimal places'],
    [1.5, 'JPY', 'decimal places'],
    ['abc', 'USD', 'not a decimal'],
    [Number.NaN, 'USD', 'finite'],
  ])('refuses %s %s', (amount, currency, fragment) => {
    const r = toMinor(amount, currency);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });

  it('round-trips through fromMinor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (minor) => {
        expect(toMinor(fromMinor(minor, 'USD'), 'USD')).toEqual({ ok: true, value: minor });
      }),
    );
  });
});
