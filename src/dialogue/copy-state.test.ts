import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyPlain, handleDialogue, initialState } from './index.js';
import { fakeKnowledge, fakePolicy } from '../../test/support/fakes.js';

describe('copying the dialogue state', () => {
  it('is a deep copy equal to what structuredClone gives, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const copy = copyPlain(v);
        expect(copy).toStrictEqual(structuredClone(v));
        expect(JSON.stringify(copy)).toBe(JSON.stringify(v));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a stored "__proto__" key as a key, not as the prototype', () => {
    const stored = JSON.parse('{"notes":[],"__proto__":{"escalated":true}}') as object;
    const copy = copyPlain(stored) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy['escalated']).toBeUndefined();
    expect(JSON.stringify(copy)).toBe(JSON.stringify(stored));
  });

  it('never changes the state the turn started from', () => {
    const before = initialState('en');
    const snapshot = JSON.stringify(before);
    handleDialogue(
      before,
      { kind: 'start', lang: 'en' },
      {
        now: new Date('2026-03-02T10:00:00Z'),
        policy: fakePolicy(),
        knowledge: fakeKnowledge,
        orders: {},
        refunds: [],
        clarifyThreshold: 0.6,
        conversationId: 'c1',
      },
    );
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});
