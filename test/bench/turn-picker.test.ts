import { describe, expect, it } from 'vitest';
import { createTurnPicker, type BenchConversation } from '../../bench/turn-picker.js';

const conversations = (n: number): BenchConversation[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    token: 't',
    script: ['hi'],
    step: 0,
    inFlight: false,
  }));

describe('the HTTP bench picks conversations', () => {
  it('in turn', () => {
    const p = createTurnPicker(conversations(3));
    const ids = [];
    for (let i = 0; i < 6; i++) {
      const c = p.next()!;
      ids.push(c.id);
      p.answered(c);
    }
    expect(ids).toEqual(['c0', 'c1', 'c2', 'c0', 'c1', 'c2']);
  });

  it('never one whose turn is still unanswered, however far behind it fell', () => {
    const p = createTurnPicker(conversations(3));
    const slow = p.next()!;
    const ids = [];
    for (let i = 0; i < 4; i++) {
      const c = p.next()!;
      ids.push(c.id);
      p.answered(c);
    }
    expect(slow.id).toBe('c0');
    expect(ids).toEqual(['c1', 'c2', 'c1', 'c2']);
    p.answered(slow);
    expect(p.next()?.id).toBe('c0');
  });

  it('none when every conversation has a turn in flight', () => {
    const p = createTurnPicker(conversations(2));
    p.next();
    p.next();
    expect(p.next()).toBeNull();
  });
});
