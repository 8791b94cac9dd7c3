import { describe, expect, it } from 'vitest';
import type { Message } from '../domain/conversation.js';
import type { Case, Conversation, Refund } from '../domain/records.js';
import type { ChangeRequest, InsightsSource, Remake, StoredEvent } from '../domain/store.js';
import { anItem, anOrder } from '../../test/support/fixtures.js';
import {
  computeInsights,
  csvField,
  durationStats,
  formatDuration,
  insightsCsv,
  insightsTable,
  percentile,
  rate,
  type InsightsOptions,
} from './index.js';

const day0 = '2026-11-10T00:00:00.000Z';
/** An instant `minutes` after day0. */
const at = (minutes: number): string => new Date(Date.parse(day0) + minutes * 60_000).toISOString();
const days = (n: number): number => n * 24 * 60;

function aConv(id: string, o: Partial<Conversation> = {}): Conversation {
  return {
    id,
    channel: 'web',
    lang: 'en',
    status: 'open',
    intent: null,
    orderId: null,
    tokenHash: 'h',
    state: {},
    handledBy: 'assistant',
    createdAt: at(0),
    updatedAt: at(0),
    version: 1,
    ...o,
  };
}
let seq = 0;
function aMsg(
  conversationId: string,
  sender: Message['sender'],
  minute: number,
  text = 'hello there friend',
  meta?: Record<string, unknown>,
): Message {
  seq += 1;
  return {
    id: `m${String(seq).padStart(4, '0')}`,
    conversationId,
    sender,
    text,
    createdAt: at(minute),
    ...(meta !== undefined && { meta }),
  };
}
/** A customer message with an NLU reading, followed `replyAfterSeconds` later by the assistant's reply. */
function turn(
  conversationId: string,
  minute: number,
  intent: string,
  o: {
    confidence?: number;
    sentiment?: string;
    text?: string;
    knowledgeGap?: boolean;
    replyAfterSeconds?: number;
  } = {},
): Message[] {
  const meta: Record<string, unknown> = {
    intent,
    confidence: o.confidence ?? 0.9,
    sentiment: { label: o.sentiment ?? 'neutral', score: 0 },
  };
  if (o.knowledgeGap) meta['knowledgeGap'] = true;
  const c = aMsg(conversationId, 'customer', minute, o.text ?? `a message about ${intent}`, meta);
  const r = aMsg(conversationId, 'assistant', 0, 'reply');
  r.createdAt = new Date(Date.parse(c.createdAt) + (o.replyAfterSeconds ?? 0) * 1000).toISOString();
  return [c, r];
}
function anEvent(
  type: StoredEvent['type'],
  conversationId: string | null,
  minute: number,
  extra: Record<string, unknown> = {},
): StoredEvent {
  seq += 1;
  return { type, id: `e${seq}`, conversationId, at: at(minute), ...extra };
}
function aRefund(
  id: string,
  amountMinor: number,
  currency: string,
  o: Partial<Refund> = {},
): Refund {
  return {
    id,
    orderId: '1042',
    conversationId: null,
    amountMinor,
    currency,
    reason: 'damaged_item',
    rule: 'refunds.auto',
    status: 'issued',
    idempotencyKey: id,
    createdAt: at(10),
    decidedAt: null,
    decidedBy: null,
    ...o,
  };
}
function aChange(id: string, insideWindow: boolean, o: Partial<ChangeRequest> = {}): ChangeRequest {
  return {
    id,
    orderId: '1042',
    conversationId: null,
    kind: 'personalization',
    target: { itemSku: 'NECK-NAME', field: 'engraving' },
    before: 'Mia',
    after: 'Mila',
    status: insideWindow ? 'recorded' : 'refused',
    rule: 'change.window',
    reason: 'r',
    insideWindow,
    idempotencyKey: id,
    createdAt: at(10),
    ...o,
  };
}
function aRemake(id: string, o: Partial<Remake> = {}): Remake {
  return {
    id,
    orderId: '1042',
    conversationId: null,
    itemSkus: ['NECK-NAME'],
    reason: 'damaged_item',
    rule: 'quality.remake',
    rush: true,
    idempotencyKey: id,
    createdAt: at(10),
    ...o,
  };
}
function anEscalationCase(id: string, conversationId: string, rule: string): Case {
  return {
    id,
    kind: 'escalation',
    status: 'open',
    priority: 1,
    conversationId,
    orderId: null,
    subject: {},
    createdAt: at(5),
    updatedAt: at(5),
    assignedTo: null,
    handoff: {
      orderId: null,
      customer: null,
      lang: 'en',
      rule,
      reason: `because ${rule}`,
      summary: '',
      facts: {},
      attachmentIds: [],
      desiredResolution: null,
      suggestedNextStep: '',
    },
  };
}
function source(o: Partial<InsightsSource> = {}): InsightsSource {
  return {
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
  };
}
const opts = (o: Partial<InsightsOptions> = {}): InsightsOptions => ({
  period: {},
  generatedAt: at(days(30)),
  ...o,
});

describe('helpers', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.5, 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[1, 2, 3], 0.9, 3],
    [[1, 2, 3], 0, 1],
  ])('percentile(%j, %d) = %s (nearest rank)', (xs, p, want) => {
    expect(percentile(xs, p)).toBe(want);
  });
  it('durationStats sorts and drops negative or non-finite samples', () => {
    expect(durationStats([30, 10, -5, Number.NaN, 20])).toEqual({
      count: 3,
      medianSeconds: 20,
      p90Seconds: 30,
    });
    expect(durationStats([])).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
  });
  it.each([
    [1, 3, 0.3333],
    [0, 0, null],
    [2, 2, 1],
  ])('rate(%d, %d) = %s', (a, b, want) => {
    expect(rate(a, b)).toBe(want);
  });
  it.each([
    [null, ''],
    [0, '0s'],
    [59.6, '1m 0s'],
    [125, '2m 5s'],
    [3 * 3600 + 20 * 60, '3h 20m'],
    [2 * 86_400 + 4 * 3600, '2d 4h'],
  ])('formatDuration(%s) = %j', (s, want) => {
    expect(formatDuration(s)).toBe(want);
  });
});

describe('computeInsights: an empty period', () => {
  const r = computeInsights(
    source(),
    opts({ period: { since: '2026-11-01T00:00:00.000Z', until: '2026-11-04T00:00:00.000Z' } }),
  );
  it('has zero counts and null rates, averages and durations', () => {
    expect(r.kpis).toMatchObject({
      conversations: 0,
      conversationsStarted: 0,
      automatedResolutionRate: null,
      escalationRate: null,
      firstContactResolutionRate: null,
      firstResponse: { count: 0, medianSeconds: null, p90Seconds: null },
      csat: {
        responses: 0,
        average: null,
        satisfiedRate: null,
        responseRate: null,
        distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
      },
      refunds: { count: 0, total: [], byReason: [] },
    });
  });
  it('still lists every day of the period for charts', () => {
    expect(r.topics.days.map((d) => [d.date, d.total])).toEqual([
      ['2026-11-01', 0],
      ['2026-11-02', 0],
      ['2026-11-03', 0],
    ]);
  });
  it('formats without failing', () => {
    expect(insightsTable(r)).toContain('Automated resolution rate');
    expect(insightsCsv(r).split('\r\n')[0]).toBe('section,name,value');
  });
});

describe('computeInsights: resolution, escalation, first contact', () => {
  const conversations = [
    aConv('auto', { status: 'resolved', orderId: 'A' }),
    aConv('rep', { status: 'resolved', orderId: 'B' }),
    aConv('esc', { status: 'escalated', orderId: 'C', createdAt: at(1) }),
    aConv('taken', { status: 'resolved', handledBy: { userId: 'u1' } }),
    aConv('silent'),
    aConv('open', { orderId: 'D' }),
    // Same order and topic as 'open-repeat-src' two days later: that one is not first-contact.
    aConv('repeat-src', { status: 'resolved', orderId: 'E', createdAt: at(0) }),
    aConv('repeat', { status: 'resolved', orderId: 'E', createdAt: at(days(2)) }),
    // Same order, other topic: still first contact.
    aConv('other-topic-src', { status: 'resolved', orderId: 'F', createdAt: at(0) }),
    aConv('other-topic', { status: 'open', orderId: 'F', createdAt: at(days(1)) }),
    // Same topic after the 7-day window: still first contact.
    aConv('late-src', { status: 'resolved', orderId: 'G', createdAt: at(0) }),
    aConv('late', { status: 'open', orderId: 'G', createdAt: at(days(8)) }),
  ];
  const messages = [
    ...turn('auto', 0, 'order_status', { replyAfterSeconds: 1 }),
    ...turn('rep', 0, 'order_status', { replyAfterSeconds: 2 }),
    aMsg('rep', 'agent', 30, 'Hi, this is Sam'),
    ...turn('esc', 1, 'complaint', { replyAfterSeconds: 3 }),
    aMsg('esc', 'agent', 61, 'Sam here'),
    ...turn('taken', 0, 'shop_question', { replyAfterSeconds: 4 }),
    aMsg('silent', 'assistant', 0, 'Hi! How can I help?'),
    ...turn('open', 0, 'order_status', { replyAfterSeconds: 5 }),
    ...turn('repeat-src', 0, 'delivery_problem', { replyAfterSeconds: 6 }),
    ...turn('repeat', days(2), 'delivery_problem', { replyAfterSeconds: 7 }),
    ...turn('other-topic-src', 0, 'order_status', { replyAfterSeconds: 8 }),
    ...turn('other-topic', days(1), 'refund_status', { replyAfterSeconds: 9 }),
    ...turn('late-src', 0, 'order_status', { replyAfterSeconds: 10 }),
    ...turn('late', days(8), 'order_status', { replyAfterSeconds: 11 }),
  ];
  const events = [
    anEvent('case.escalated', 'esc', 2, { rule: 'escalation.sentiment', reason: 'Very unhappy' }),
  ];
  const r = computeInsights(source({ conversations, messages, events }), opts());
  const k = r.kpis;

  it.each([
    ['conversations (with a customer message)', k.conversations, 11],
    ['conversations started', k.conversationsStarted, 12],
    ['resolved', k.resolved, 7],
    ['automated resolutions (no rep, no take-over, no escalation)', k.automatedResolutions, 5],
    ['automated resolution rate', k.automatedResolutionRate, rate(5, 11)],
    ['escalated', k.escalated, 1],
    ['escalation rate', k.escalationRate, rate(1, 11)],
    ['first-contact resolutions', k.firstContactResolutions, 6],
    ['first-contact resolution rate', k.firstContactResolutionRate, rate(6, 11)],
  ])('%s', (_name, got, want) => {
    expect(got).toBe(want);
  });

  it('first response: from the first customer message to the first reply after it', () => {
    expect(k.firstResponse).toEqual({ count: 11, medianSeconds: 6, p90Seconds: 10 });
  });
  it('first human response: from the escalation to the first rep message', () => {
    expect(k.firstHumanResponse).toEqual({ count: 1, medianSeconds: 59 * 60, p90Seconds: 59 * 60 });
  });
  it('resolution time: first customer message to the last message of resolved conversations', () => {
    // 'rep' ends with the agent's message 30 minutes in; the others end with the reply.
    expect(k.resolution.count).toBe(7);
    expect(k.resolution.p90Seconds).toBe(30 * 60);
    expect(k.resolution.medianSeconds).toBe(7);
  });
  it('top escalation reasons come from the case.escalated event', () => {
    expect(r.escalationReasons).toEqual([
      { rule: 'escalation.sentiment', count: 1, example: 'Very unhappy' },
    ]);
  });
});

describe('computeInsights: escalation reasons', () => {
  it('fall back to the escalation case handoff, then to "unknown", sorted by count', () => {
    const conversations = [
      aConv('a', { status: 'escalated' }),
      aConv('b', { status: 'escalated' }),
      aConv('c', { status: 'escalated' }),
      aConv('d', { status: 'escalated' }),
    ];
    const messages = ['a', 'b', 'c', 'd'].flatMap((id) => turn(id, 0, 'human_agent'));
    const cases = [
      anEscalationCase('k1', 'a', 'escalation.explicit_request'),
      anEscalationCase('k2', 'b', 'escalation.explicit_request'),
      anEscalationCase('k3', 'c', 'escalation.chargeback'),
    ];
    const r = computeInsights(source({ conversations, messages, cases }), opts());
    expect(r.escalationReasons).toEqual([
      {
        rule: 'escalation.explicit_request',
        count: 2,
        example: 'because escalation.explicit_request',
      },
      { rule: 'escalation.chargeback', count: 1, example: 'because escalation.chargeback' },
      { rule: 'unknown', count: 1, example: null },
    ]);
  });
});

describe('computeInsights: CSAT', () => {
  const conversations = [
    aConv('a', { status: 'resolved' }),
    aConv('b', { status: 'resolved' }),
    aConv('c', { status: 'resolved' }),
    aConv('d', { status: 'resolved' }),
  ];
  const messages = ['a', 'b', 'c', 'd'].flatMap((id) => turn(id, 0, 'order_status'));
  it.each([
    ['no answers', [], { responses: 0, average: null, satisfiedRate: null, responseRate: 0 }],
    [
      '5, 4 and 2',
      [5, 4, 2],
      {
        responses: 3,
        average: 3.67,
        satisfiedRate: 0.6667,
        responseRate: 0.75,
        distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 },
      },
    ],
    [
      'out-of-range and non-numbers are ignored',
      [5, 0, 6, 'x', 2.5, 1],
      { responses: 2, average: 3, satisfiedRate: 0.5 },
    ],
    ['a numeric string counts', ['4'], { responses: 1, average: 4 }],
  ])('%s', (_name, scores, want) => {
    const events = scores.map((score, i) =>
      anEvent('csat.recorded', ['a', 'b', 'c', 'd'][i % 4] ?? 'a', 5, { score }),
    );
    expect(
      computeInsights(source({ conversations, messages, events }), opts()).kpis.csat,
    ).toMatchObject(want);
  });
  it('counts answers recorded inside the period only', () => {
    const events = [
      anEvent('csat.recorded', 'a', 5, { score: 5 }),
      anEvent('csat.recorded', 'b', days(3), { score: 1 }),
    ];
    const r = computeInsights(
      source({ conversations, messages, events }),
      opts({ period: { until: at(days(1)) } }),
    );
    expect(r.kpis.csat).toMatchObject({ responses: 1, average: 5 });
  });
});

describe('computeInsights: sentiment, topics and knowledge gaps', () => {
  const conversations = [
    aConv('a'),
    aConv('b', { createdAt: at(days(1)) }),
    aConv('c', { createdAt: at(days(1)), intent: 'cancel_order' }),
  ];
  const messages = [
    aMsg('a', 'customer', 0, 'hi', {
      intent: 'greeting',
      confidence: 0.99,
      sentiment: { label: 'positive' },
    }),
    ...turn('a', 1, 'order_status', { sentiment: 'negative' }),
    ...turn('a', 2, 'order_status', { sentiment: 'negative' }),
    ...turn('a', 3, 'shop_question', { text: 'do you ship to iceland?', knowledgeGap: true }),
    ...turn('b', days(1), 'shop_question', {
      text: 'is the glaze dishwasher safe',
      confidence: 0.3,
      sentiment: 'positive',
    }),
    // A short answer inside a flow is not a question, however unsure the NLU was.
    ...turn('b', days(1) + 1, 'other', { text: 'yes', confidence: 0.1 }),
    aMsg('b', 'customer', days(1) + 2, 'no meta on this one'),
    aMsg('b', 'customer', days(1) + 3, 'corrupt meta', {
      intent: 'not-an-intent',
      confidence: 7,
      sentiment: 'bad',
    }),
    // No readable intent on its messages: the conversation's own intent counts.
    aMsg('c', 'customer', days(1), 'please stop it'),
  ];
  const r = computeInsights(
    source({ conversations, messages }),
    opts({ period: { since: day0, until: at(days(3)) }, lowConfidence: 0.5 }),
  );

  it('mixes the sentiment of customer messages with a reading', () => {
    expect(r.kpis.sentiment).toEqual({ messages: 6, negative: 2, neutral: 2, positive: 2 });
  });
  it('counts each conversation once per topic on the day the topic first came up, without small talk', () => {
    expect(r.topics.days).toEqual([
      { date: '2026-11-10', total: 2, intents: { order_status: 1, shop_question: 1 } },
      { date: '2026-11-11', total: 3, intents: { cancel_order: 1, other: 1, shop_question: 1 } },
      { date: '2026-11-12', total: 0, intents: {} },
    ]);
    expect(r.topics.totals).toEqual([
      { intent: 'shop_question', count: 2 },
      { intent: 'cancel_order', count: 1 },
      { intent: 'order_status', count: 1 },
      { intent: 'other', count: 1 },
    ]);
  });
  it('lists unanswered and not-understood questions with examples, newest first', () => {
    expect(r.knowledgeGaps).toMatchObject({ count: 2, noAnswer: 1, lowConfidence: 1 });
    expect(r.knowledgeGaps.examples.map((g) => [g.kind, g.text, g.intent, g.confidence])).toEqual([
      ['low_confidence', 'is the glaze dishwasher safe', 'shop_question', 0.3],
      ['no_answer', 'do you ship to iceland?', 'shop_question', 0.9],
    ]);
  });
  it('keeps at most maxExamples examples but counts them all', () => {
    const few = computeInsights(source({ conversations, messages }), opts({ maxExamples: 1 }));
    expect(few.knowledgeGaps.count).toBe(2);
    expect(few.knowledgeGaps.examples).toHaveLength(1);
  });
});

describe('computeInsights: money and records', () => {
  const refunds = [
    aRefund('r1', 1000, 'USD'),
    aRefund('r2', 550, 'USD', { reason: 'wrong_item' }),
    aRefund('r3', 700, 'EUR'),
    aRefund('r4', 500, 'JPY', { status: 'pending_approval' }),
    aRefund('r5', 9900, 'USD', { status: 'declined' }),
    aRefund('old', 100, 'USD', { createdAt: at(-10) }),
  ];
  const changeRequests = [
    aChange('c1', true),
    aChange('c2', true),
    aChange('c3', false),
    aChange('c4', false, { kind: 'address', status: 'recorded' }),
    aChange('c5', true, { createdAt: at(days(40)) }),
  ];
  const remakes = [
    aRemake('k1'),
    aRemake('k2', { rush: false, reason: 'wrong_item' }),
    aRemake('k3'),
  ];
  const r = computeInsights(
    source({ refunds, changeRequests, remakes }),
    opts({ period: { since: day0, until: at(days(30)) } }),
  );

  it('sums refunds per currency as decimal strings, declined left out, inside the period only', () => {
    expect(r.kpis.refunds).toEqual({
      count: 5,
      byStatus: { issued: 3, pending_approval: 1, declined: 1 },
      total: [
        { currency: 'EUR', amount: '7.00' },
        { currency: 'JPY', amount: '500' },
        { currency: 'USD', amount: '15.50' },
      ],
      byReason: [
        {
          reason: 'damaged_item',
          count: 3,
          amounts: [
            { currency: 'EUR', amount: '7.00' },
            { currency: 'JPY', amount: '500' },
            { currency: 'USD', amount: '10.00' },
          ],
        },
        { reason: 'wrong_item', count: 1, amounts: [{ currency: 'USD', amount: '5.50' }] },
      ],
    });
  });
  it('splits personalisation changes inside and outside the window; address changes apart', () => {
    expect(r.kpis.changeRequests).toEqual({
      total: 3,
      insideWindow: 2,
      outsideWindow: 1,
      recorded: 2,
      refused: 1,
      addressChanges: 1,
    });
  });
  it('also counts refusals the dialogue decided alone (a change.refused event without a change request)', () => {
    const events = [
      anEvent('change.refused', 'x', 20, {
        orderId: '1042',
        rule: 'change.window_closed',
        reason: 'r',
        itemSku: 'NECK-NAME',
        field: 'engraving',
      }),
      anEvent('change.refused', 'x', 21, {
        orderId: '1042',
        rule: 'change.stage_locked',
        reason: 'r',
        itemSku: 'NECK-NAME',
        field: 'engraving',
      }),
      // Recorded by the actions layer already (c3 above): not counted twice.
      anEvent('change.refused', 'x', 22, {
        orderId: '1042',
        rule: 'change.window_closed',
        changeRequestId: 'c3',
      }),
      anEvent('change.refused', 'x', days(40), { orderId: '1042', rule: 'change.window_closed' }),
    ];
    const withEvents = computeInsights(
      source({ refunds, changeRequests, remakes, events }),
      opts({ period: { since: day0, until: at(days(30)) } }),
    );
    expect(withEvents.kpis.changeRequests).toEqual({
      total: 5,
      insideWindow: 3,
      outsideWindow: 2,
      recorded: 2,
      refused: 3,
      addressChanges: 1,
    });
  });
  it('counts remakes, rush ones and reasons', () => {
    expect(r.kpis.remakes).toEqual({
      count: 3,
      rush: 2,
      byReason: [
        { reason: 'damaged_item', count: 2 },
        { reason: 'wrong_item', count: 1 },
      ],
    });
  });
});

describe('computeInsights: friction per product, seller and collection', () => {
  const ring = anItem({
    sku: 'RING',
    title: 'Stacking ring',
    sellerId: 'lunastudio',
    productType: 'rings',
  });
  const neck = anItem({
    sku: 'NECK-NAME',
    title: 'Name necklace',
    sellerId: 'lunastudio',
    productType: 'necklaces',
  });
  const mug = anItem({
    sku: 'MUG',
    title: 'Glazed mug',
    sellerId: 'claywork',
    productType: 'ceramics',
  });
  const orders = [
    anOrder({ id: 'o1', items: [ring] }),
    anOrder({ id: 'o2', items: [ring] }),
    anOrder({ id: 'o3', items: [neck, mug] }),
  ];
  const conversations = [
    aConv('a', { orderId: 'o1' }),
    aConv('b', { orderId: 'o2', status: 'escalated' }),
    aConv('c', { orderId: 'o3' }),
    aConv('d', { orderId: 'missing' }),
  ];
  const messages = [
    ...turn('a', 0, 'shop_question'),
    ...turn('a', 1, 'return_request'),
    ...turn('b', 0, 'return_request', { sentiment: 'negative' }),
    ...turn('c', 0, 'order_status'),
    ...turn('d', 0, 'order_status'),
  ];
  const remakes = [aRemake('k1', { orderId: 'o3', itemSkus: ['MUG'], conversationId: 'c' })];
  const r = computeInsights(source({ orders, conversations, messages, remakes }), opts());

  it('ranks products by conversations with a problem, with their top topics', () => {
    expect(
      r.friction.products.map((p) => [
        p.key,
        p.label,
        p.conversations,
        p.frictionScore,
        p.escalations,
        p.negativeMessages,
        p.remakes,
      ]),
    ).toEqual([
      ['RING', 'Stacking ring', 2, 1, 1, 1, 0],
      ['MUG', 'Glazed mug', 1, 1, 0, 0, 1],
      ['NECK-NAME', 'Name necklace', 1, 0, 0, 0, 0],
    ]);
    expect(r.friction.products[0]?.topIntents).toEqual([
      { intent: 'return_request', count: 2 },
      { intent: 'shop_question', count: 1 },
    ]);
  });
  it('aggregates per seller and per collection', () => {
    expect(r.friction.sellers.map((s) => [s.key, s.conversations, s.frictionScore])).toEqual([
      ['lunastudio', 3, 1],
      ['claywork', 1, 1],
    ]);
    expect(r.friction.collections.map((s) => s.key)).toEqual(['rings', 'ceramics', 'necklaces']);
  });
});

describe('computeInsights: the period', () => {
  it('takes conversations started in [since, until) only', () => {
    const conversations = [
      aConv('before', { createdAt: at(-1) }),
      aConv('first', { createdAt: at(0) }),
      aConv('last', { createdAt: at(days(1) - 1) }),
      aConv('after', { createdAt: at(days(1)) }),
    ];
    const messages = conversations.flatMap((c) =>
      turn(c.id, Date.parse(c.createdAt) / 60_000 - Date.parse(day0) / 60_000, 'order_status'),
    );
    const r = computeInsights(
      source({ conversations, messages }),
      opts({ period: { since: at(0), until: at(days(1)) } }),
    );
    expect(r.kpis.conversations).toBe(2);
    expect(r.period).toEqual({ since: at(0), until: at(days(1)) });
  });
  it('is deterministic', () => {
    const s = source({
      conversations: [aConv('a', { status: 'resolved' })],
      messages: turn('a', 0, 'order_status'),
      refunds: [aRefund('r', 100, 'USD')],
    });
    expect(computeInsights(s, opts())).toEqual(computeInsights(s, opts()));
  });
});

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1 call me', "'+1 call me"],
    ['-12.50', '-12.50'],
  ])('csvField(%j) = %j', (v, want) => {
    expect(csvField(v)).toBe(want);
  });
  it('has one row per figure, with refunds per currency and knowledge-gap examples', () => {
    const r = computeInsights(
      source({
        conversations: [aConv('a')],
        messages: turn('a', 0, 'shop_question', {
          text: 'do you engrave, in gold?',
          knowledgeGap: true,
        }),
        refunds: [aRefund('r1', 1234, 'USD'), aRefund('r2', 5, 'EUR')],
      }),
      opts(),
    );
    const lines = insightsCsv(r).split('\r\n');
    expect(lines).toContain('kpi,conversations,1');
    expect(lines).toContain('refunds,total_USD,12.34');
    expect(lines).toContain('refunds,total_EUR,0.05');
    expect(lines).toContain('refunds_by_reason,damaged_item:count,2');
    expect(lines).toContain(`knowledge_gap_examples,no_answer:${at(0)},"do you engrave, in gold?"`);
    expect(lines.at(-1)).toBe('');
  });
});
