import { describe, expect, it } from 'vitest';
import { checkTurn, contractProblems, parseConversationTest } from './conversation-tests.js';

describe('conversation test files', () => {
  it('reports bad YAML and bad fields with the path', () => {
    expect(parseConversationTest('name: [', 'a.yaml')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('a.yaml: not valid YAML') as string,
    });
    const r = parseConversationTest(
      'name: x\nnow: "2026-12-02T15:00:00Z"\nsteps:\n  - wait: soon\n',
      'b.yaml',
    );
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('steps.0') as string });
    expect(parseConversationTest('name: x\nsteps: [{customer: hi}]\n', 'c.yaml')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('now') as string,
    });
  });

  it('accepts the documented format', () => {
    const r = parseConversationTest(
      'name: x\nlang: fr\nnow: "2026-12-02T15:00:00Z"\nsteps:\n  - customer: bonjour\n    expect: { contains: [Bonjour], events: [identity.verified, {type: change.recorded, orderId: "1"}] }\n  - choice: 2\n  - upload: [a.jpg]\n  - wait: 25h\n  - rawChoice: "1.1"\n',
      'd.yaml',
    );
    expect(r.ok).toBe(true);
  });

  it('fails a turn whose policy event lacks rule or reason, or whose refund lacks an amount', () => {
    expect(contractProblems([{ type: 'identity.verified' }, { type: 'csat.recorded' }])).toEqual(
      [],
    );
    expect(contractProblems([{ type: 'change.refused', rule: 'change.window' }])).toEqual([
      'event change.refused lacks rule/reason',
    ]);
    expect(contractProblems([{ type: 'refund.issued', rule: 'r', reason: 'x' }])).toEqual([
      'event refund.issued lacks a decimal amount',
    ]);
    const result = {
      replies: [{ text: 'Hi **there**', quickReplies: [{ id: '1.1', label: 'Yes, save it' }] }],
      state: { intent: null, status: 'open' as const },
      events: [],
    };
    expect(
      checkTurn(result, { contains: ['there'], quickReplies: ['save'], eventsExactly: [] }, 'en'),
    ).toBeNull();
    expect(checkTurn(result, { notContains: ['THERE'] }, 'en')).toContain('contains "THERE"');
    expect(checkTurn(result, { status: 'resolved' }, 'en')).toBe('status open, expected resolved');
  });
});
