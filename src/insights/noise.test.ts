import { describe, expect, it } from 'vitest';
import type { Message } from '../domain/conversation.js';
import type { Conversation } from '../domain/records.js';
import type { InsightsSource } from '../domain/store.js';
import { computeInsights, isIdentifierOnly, maskPersonalData } from './index.js';

const t0 = Date.parse('2026-11-10T09:00:00.000Z');
const at = (minute: number) => new Date(t0 + minute * 60_000).toISOString();
const conv = (id: string): Conversation => ({
  id,
  channel: 'web',
  lang: 'en',
  status: 'resolved',
  intent: null,
  orderId: null,
  tokenHash: 'h',
  state: {},
  handledBy: 'assistant',
  createdAt: at(0),
  updatedAt: at(0),
  version: 1,
});
let n = 0;
const said = (
  conversationId: string,
  minute: number,
  text: string,
  meta: Record<string, unknown>,
): Message => ({
  id: `n${++n}`,
  conversationId,
  sender: 'customer',
  text,
  createdAt: at(minute),
  meta,
});
const source = (o: Partial<InsightsSource>): InsightsSource => ({
  conversations: [],
  messages: [],
  events: [],
  cases: [],
  refunds: [],
  changeRequests: [],
  remakes: [],
  returns: [],
  orders: [],
  ...o,
});

describe('identifier-only replies', () => {
  it.each([
    '#1010',
    '1010',
    'ana.g@example.com',
    'order 1010',
    'Order #1010, ana@example.com',
    'my order number is MD-1042',
    'pedido 1042',
  ])('"%s" is an answer, not a topic', (text) => {
    expect(isIdentifierOnly(text)).toBe(true);
  });
  it.each([
    'where is order 1010?',
    'I want to cancel 1010',
    'hello',
    'can you engrave 2 names',
    'my mug arrived broken',
  ])('"%s" is a real message', (text) => {
    expect(isIdentifierOnly(text)).toBe(false);
  });
});

describe('personal data in examples', () => {
  it('masks e-mail addresses, phone numbers and card numbers but keeps order numbers', () => {
    expect(
      maskPersonalData(
        'write to ana.g+shop@example.co.uk or call +44 20 7946 0958 about order 1042',
      ),
    ).toBe('write to [e-mail] or call [phone] about order 1042');
    expect(maskPersonalData('my card 4111 1111 1111 1111 was charged twice')).toBe(
      'my card [card number] was charged twice',
    );
    expect(maskPersonalData('2 mugs for the 12th')).toBe('2 mugs for the 12th');
  });
});

describe('insights without the noise', () => {
  const conversations = [conv('a'), conv('b')];
  const messages = [
    said('a', 1, 'where is my parcel', { intent: 'order_status', confidence: 0.9 }),
    said('a', 2, '#1010', { intent: 'other', confidence: 0.2 }),
    said('a', 3, 'ana.g@example.com', { intent: 'other', confidence: 0.2 }),
    said('b', 1, 'is the glaze food safe? reply to bo@example.org please', {
      intent: 'shop_question',
      confidence: 0.3,
    }),
  ];
  const r = computeInsights(source({ conversations, messages }), {
    period: {},
    generatedAt: at(60 * 24),
  });
  it('does not count order-number and e-mail replies as topics', () => {
    expect(r.topics.totals).toEqual([
      { intent: 'order_status', count: 1 },
      { intent: 'shop_question', count: 1 },
    ]);
  });
  it('shows knowledge-gap examples without e-mail addresses, and not the identifier replies', () => {
    expect(r.knowledgeGaps.examples.map((g) => g.text)).toEqual([
      'is the glaze food safe? reply to [e-mail] please',
    ]);
    expect(JSON.stringify(r.knowledgeGaps)).not.toMatch(/@example/);
  });
});
