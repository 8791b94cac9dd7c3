import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { anOrder } from '../../test/support/fixtures.js';
import { sameJson } from './json.js';
import { toOrder } from './repositories.js';

describe('reading a stored order', () => {
  it('gives the same order when the same text is read again', () => {
    const data = JSON.stringify(anOrder({ id: 'read-1', note: 'gift' }));
    const first = toOrder({ id: 'read-1', data });
    const second = toOrder({ id: 'read-1', data });
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it('still drops unknown fields on every read of the same text', () => {
    const data = JSON.stringify({ ...anOrder({ id: 'read-2' }), secret: 'x' });
    expect(toOrder({ id: 'read-2', data })).not.toHaveProperty('secret');
    expect(toOrder({ id: 'read-2', data })).not.toHaveProperty('secret');
  });

  it('checks a changed text again, even after the order read well before', () => {
    const good = anOrder({ id: 'read-3' });
    toOrder({ id: 'read-3', data: JSON.stringify(good) });
    const broken = JSON.stringify({ ...good, payment: { totalMinor: 'a lot', refundedMinor: 0 } });
    expect(() => toOrder({ id: 'read-3', data: broken })).toThrow(AppError);
  });
});

describe('sameJson', () => {
  it('ignores key order and compares everything else', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
  });
});
