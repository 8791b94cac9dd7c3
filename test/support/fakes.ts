import type { Intent, Language, Order } from '../../src/domain/index.js';
import type { PolicyDecision } from '../../src/dialogue/rules.js';
import type { PolicyRule } from '../../src/policy/rules.js';
import type { DialoguePolicy, KnowledgePort, Understanding } from '../../src/dialogue/index.js';
import { defaultVoice } from '../../src/voice/index.js';
import { anOrder as baseOrder } from './fixtures.js';

/** A tiny keyword NLU for unit tests of the dialogue (the real one lives in src/nlu). */
export function fakeUnderstand(text: string, lang: Language = 'en'): Understanding {
  const t = text.toLowerCase();
  const rules: [RegExp, Intent][] = [
    [/human|person|agent/, 'human_agent'],
    [/where.*order|status|when.*ship|what stage|dónde|pedido|commande/, 'order_status'],
    [/engrav|typo|change the name|grabado|gravure/, 'change_details'],
    [/address/, 'change_address'],
    [/cancel/, 'cancel_order'],
    [/return|send it back|doesn.t fit/, 'return_request'],
    [/damaged|broken|cracked/, 'damaged_item'],
    [/misspel|wrong/, 'wrong_item'],
    [/missing/, 'missing_item'],
    [/refund.*(where|when|status)|(where|when).*refund/, 'refund_status'],
    [/refund|money back/, 'refund_request'],
    [/charged twice|chargeback/, 'payment_issue'],
    [/glaze|ship to|materials|care|food safe/, 'shop_question'],
    [/paint my|custom|commission/, 'custom_request'],
    [/worst|terrible|awful/, 'complaint'],
    [/^(hi|hello|hey)\b/, 'greeting'],
    [/thank/, 'thanks'],
  ];
  const hit = rules.find(([re]) => re.test(t));
  const entities: Understanding['entities'] = [];
  for (const m of text.matchAll(/#?\b(\d{4,6})\b/g))
    if (m[1] && m.index !== undefined)
      entities.push({
        type: 'order_number',
        value: m[1],
        start: m.index,
        end: m.index + m[0].length,
      });
  for (const m of text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+/g))
    if (m.index !== undefined)
      entities.push({ type: 'email', value: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/["“']([^"”']+)["”']/g))
    if (m[1] && m.index !== undefined)
      entities.push({
        type: 'quoted_text',
        value: m[1],
        start: m.index,
        end: m.index + m[0].length,
      });
  const negative = /worst|terrible|awful|furious|angry/.test(t);
  return {
    lang,
    langConfidence: 0.5,
    intent: hit?.[1] ?? 'other',
    confidence: hit ? 0.9 : 0.2,
    entities,
    sentiment: { label: negative ? 'negative' : 'neutral', score: negative ? -0.8 : 0 },
  };
}

const allow = (rule: PolicyRule): PolicyDecision => ({
  outcome: 'allow',
  rule,
  reason: 'allowed',
  facts: {},
});
const deny = (rule: PolicyRule, reason: string): PolicyDecision => ({
  outcome: 'deny',
  rule,
  reason,
  facts: {},
});

/** The defaults of contracts.md §6, simplified (calendar days instead of business days). */
export function fakePolicy(): DialoguePolicy {
  const locked = ['making', 'finishing', 'quality_check', 'ready_to_ship'];
  const hours = (o: Order, now: Date): number =>
    (now.getTime() - new Date(o.createdAt).getTime()) / 3_600_000;
  return {
    shop: {
      name: 'Test Studio',
      timeZone: 'UTC',
      voice: { ...defaultVoice, assistantName: 'Mo' },
      stages: [],
    },
    leadTime: () => ({ minBusinessDays: 7, maxBusinessDays: 14 }),
    shipWindow: () => ({
      start: '2026-12-01',
      end: '2026-12-04',
      businessDaysLeft: { min: 3, max: 6 },
    }),
    businessDaysLate: (o) => (o.delayed ? 6 : 0),
    delayThresholdBusinessDays: () => 5,
    decideChange(o, _sku, _field, now) {
      if (locked.includes(o.stage) || o.fulfillment.status !== 'unfulfilled')
        return deny('change.stage_locked', 'Personalisation is locked from the making stage on.');
      if (hours(o, now) > 24)
        return deny('change.window_closed', 'The 24-hour change window has passed.');
      return allow('change.window_open');
    },
    decideAddressChange: (o) =>
      o.fulfillment.status === 'unfulfilled'
        ? allow('address.unfulfilled')
        : deny('address.already_shipped', 'The order has shipped.'),
    decideCancel: (o, now) =>
      ['received', 'design'].includes(o.stage) &&
      hours(o, now) <= 24 &&
      o.fulfillment.status === 'unfulfilled'
        ? allow('cancel.before_production')
        : deny('cancel.in_production', 'Production has started.'),
    decideReturn(o, skus) {
      const item = o.items.find((i) => i.sku === skus[0]);
      if (item?.personalized)
        return deny('returns.personalized', 'Personalised items cannot be resold.');
      if (item?.finalSale) return deny('returns.final_sale', 'Final sale.');
      return allow('returns.window_open');
    },
    returnAlternatives: () => ['resize', 'store_credit'],
    returnShippingPaidBy: () => 'buyer',
    decideQuality: () => allow('quality.remedy_offer'),
    evidenceRequired: (_o, problem) => problem !== 'missing',
    remedies: () => ['remake', 'refund'],
    decideRefund: (_o, amount) =>
      amount <= 7500
        ? allow('refund.auto')
        : {
            outcome: 'needs_approval',
            rule: 'refund.above_limit',
            reason: 'Above the automatic limit.',
            facts: {},
          },
    autoLimitMinor: () => 7500,
    decideEscalation(s) {
      if (s.explicitRequest)
        return {
          outcome: 'escalate',
          rule: 'escalation.explicit_request',
          reason: 'The customer asked for a person.',
          facts: {},
        };
      if (s.sentimentScores.length >= 2 && s.sentimentScores.slice(-2).every((x) => x <= -0.5))
        return {
          outcome: 'escalate',
          rule: 'escalation.negative_sentiment',
          reason: 'Strongly negative twice in a row.',
          facts: {},
        };
      if (/allergic|burn|injur/.test(s.text.toLowerCase()))
        return {
          outcome: 'escalate',
          rule: 'escalation.safety',
          reason: 'Safety words.',
          facts: {},
        };
      if (s.sameProblemContacts >= 3)
        return {
          outcome: 'escalate',
          rule: 'escalation.repeat_contact',
          reason: 'Third contact about the same problem.',
          facts: {},
        };
      return null;
    },
    responseExpectation: (now) => ({
      openNow: false,
      nextOpenAt: new Date(now.getTime() + 3_600_000).toISOString(),
    }),
  };
}

export const fakeKnowledge: KnowledgePort = {
  answer: (q) =>
    /glaze|food safe/i.test(q)
      ? {
          section: 'Is the glaze food safe?',
          text: 'Yes, all glazes are lead-free and food safe.',
          score: 10,
        }
      : null,
};

/** The shared order builder, placed at 10:00 and with no stated language, as the dialogue tests expect. */
export function anOrder(over: Partial<Order> = {}): Order {
  return baseOrder({
    createdAt: '2026-11-20T10:00:00.000Z',
    customer: { email: 'ana@example.com', name: 'Ana', postcode: '94110' },
    ...over,
  });
}
