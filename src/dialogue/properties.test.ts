import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Order } from '../domain/index.js';
import { anOrder, fakeKnowledge, fakePolicy, fakeUnderstand } from '../../test/support/fakes.js';
import { handleDialogue, initialState, type DialogueInput, type DialogueState } from './index.js';

const secret = anOrder({
  id: '5150',
  customer: { email: 'zed@example.com', name: 'Zedekiah', postcode: '77777' },
  items: [
    {
      sku: 'SKU-SECRET',
      title: 'Opal locket',
      sellerId: 's',
      quantity: 1,
      unitPriceMinor: 12345,
      personalized: true,
      personalization: { engraving: 'Quixote' },
      finalSale: false,
    },
  ],
  stage: 'finishing',
});
const known: Record<string, Order | null> = { '5150': secret };
const orders: Record<string, Order | null> = new Proxy(known, {
  get: (t, k: string) => t[k] ?? null,
});
const ctx = {
  now: new Date('2026-11-20T18:00:00Z'),
  policy: fakePolicy(),
  knowledge: fakeKnowledge,
  orders,
  refunds: [],
  clarifyThreshold: 0.5,
  conversationId: 'c',
};

const phrases = [
  'where is my order 5150?',
  'order 5150 bob@example.com',
  '5150 12345',
  'change the engraving on 5150',
  'yes',
  'no',
  'the second one',
  'Emma',
  'cancel 5150',
  'my locket arrived damaged 5150 11111',
  'I want a human',
  'thanks',
  '',
  '🎉',
  '<b>x</b>',
  'Где мой заказ',
  'refund please 5150',
  'is the glaze food safe?',
  '5150',
  'zed@example.org',
  '77778',
  'actually make it Emma',
];
const input = fc.oneof(
  fc.constantFrom(...phrases).map((text): DialogueInput => ({
    kind: 'text',
    text,
    understanding: text.trim() ? fakeUnderstand(text) : null,
  })),
  fc.string({ maxLength: 60 }).map((text): DialogueInput => ({
    kind: 'text',
    text,
    understanding: text.trim() ? fakeUnderstand(text) : null,
  })),
  fc.string({ maxLength: 8 }).map((choice): DialogueInput => ({ kind: 'choice', choice })),
  fc.nat({ max: 6 }).map((n): DialogueInput => ({ kind: 'choice', choice: `${n}.1` })),
  fc.constant<DialogueInput>({ kind: 'attachment', attachmentIds: ['p1'], understanding: null }),
);

describe('dialogue properties', () => {
  it('never throws, and never shows anything of an order that was not proven (not even that it exists)', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 12 }), (inputs) => {
        let s: DialogueState = initialState('en');
        for (const i of inputs) {
          const out = handleDialogue(s, i, ctx);
          s = out.state;
          expect(s.identity.orderId).toBeNull();
          const text = out.replies
            .map((r) => r.text + r.quickReplies.map((q) => q.label).join(' '))
            .join(' ');
          for (const leak of [
            'Opal',
            'Quixote',
            'Zedekiah',
            'finishing',
            'colour and finishing',
            '123.45',
            'zed@',
          ])
            expect(text).not.toContain(leak);
          expect(out.effects.filter((e) => e.kind !== 'escalate')).toEqual([]);
          expect(out.replies.length).toBeGreaterThan(0);
          expect(out.replies[0]?.text.trim()).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every offered choice id belongs to the turn that offered it', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 8 }), (inputs) => {
        let s: DialogueState = initialState('en');
        for (const i of inputs) {
          const out = handleDialogue(s, i, ctx);
          s = out.state;
          for (const q of out.replies.flatMap((r) => r.quickReplies))
            expect(q.id.startsWith(`${s.turn}.`)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
