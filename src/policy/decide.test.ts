import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../domain/decision.js';
import {
  decideAddressChange,
  decideCancel,
  decideChange,
  decideEscalation,
  decideQualityRemedy,
  decideRefund,
  decideReturn,
  defaultPolicy,
  effectivePolicy,
  estimateShipWindow,
  findSafetyWords,
  limitToMinor,
  maxResolvedPerPolicy,
  parsePolicyText,
  policyRuleIds,
  type ItemFacts,
  type OrderFacts,
  type Policy,
  type QualityProblem,
} from './index.js';

const HOUR = 3_600_000;
const created = '2026-11-16T15:00:00Z'; // Monday 10:00 in New York
const at = (hoursAfterOrder: number, from = created): Date =>
  new Date(new Date(from).getTime() + hoursAfterOrder * HOUR);

function anItem(over: Partial<ItemFacts> = {}): ItemFacts {
  return {
    sku: 'NECK-NAME',
    title: 'Name necklace',
    sellerId: 'lunastudio',
    productType: null,
    quantity: 1,
    unitPriceMinor: 4800,
    personalized: true,
    finalSale: false,
    ...over,
  };
}

/** A small typed builder: an unfulfilled, personalised order placed at `created`. */
function anOrder(
  over: Partial<Omit<OrderFacts, 'item' | 'items'>> & {
    item?: Partial<ItemFacts>;
    items?: ItemFacts[];
  } = {},
): OrderFacts {
  const { item: itemOver, items: itemsOver, ...rest } = over;
  const items = itemsOver ?? [anItem(itemOver)];
  return {
    orderId: '1042',
    createdAt: created,
    currency: 'USD',
    stage: 'design',
    stageUpdatedAt: null,
    fulfillmentStatus: 'unfulfilled',
    shippedAt: null,
    deliveredAt: null,
    cancelled: false,
    delayed: false,
    totalMinor: 5200,
    refundedMinor: 0,
    items,
    item: items.length === 1 ? (items[0] ?? null) : null,
    ...rest,
  };
}

const delivered = (deliveredAt: string, over: Parameters<typeof anOrder>[0] = {}): OrderFacts =>
  anOrder({
    stage: 'ready_to_ship',
    fulfillmentStatus: 'delivered',
    shippedAt: '2026-11-20T15:00:00Z',
    deliveredAt,
    ...over,
  });

function policyFrom(yaml: string): Policy {
  const r = parsePolicyText(yaml, 'test.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const ny = policyFrom(
  'shop:\n  timeZone: America/New_York\n  holidays: [2026-11-26, 2026-11-27]\n',
);
const sellerPolicy = policyFrom(`
shop:
  timeZone: America/New_York
sellers:
  lunastudio:
    displayName: Luna Studio
    changeWindowHours: 48
    returns: { alternatives: [resize, store_credit] }
  pawtrait:
    cancellation: { allowedStages: [received] }
    lockPersonalizationFrom: design
    returns: { personalizedReturnable: true, windowDays: 14 }
    refunds: { autoLimit: 40 }
  claywork:
    addressChange: { lockedFromStage: ready_to_ship }
    quality: { reportWindowDays: 14 }
    cancellation: { afterwards: fee, feePercent: 20 }
productTypes:
  ring:
    changeWindowHours: 72
`);

/** Rules seen in table rows; the last test checks that every documented rule has one. */
const exercised = new Set<string>();

const expectDecision = (d: Decision, outcome: Decision['outcome'], rule: string): void => {
  exercised.add(d.rule);
  expect({ outcome: d.outcome, rule: d.rule }).toEqual({ outcome, rule });
  expect(policyRuleIds).toContain(d.rule);
  expect(d.reason.length).toBeGreaterThan(10);
};

describe('decideChange (R3)', () => {
  it.each<[string, OrderFacts, Date, Policy, Decision['outcome'], string]>([
    ['23h59 after the order: open', anOrder(), at(23 + 59 / 60), ny, 'allow', 'change.window_open'],
    [
      '24h01 after the order: closed',
      anOrder(),
      at(24 + 1 / 60),
      ny,
      'deny',
      'change.window_closed',
    ],
    ['exactly 24h: closed', anOrder(), at(24), ny, 'deny', 'change.window_closed'],
    [
      'received stage, 1h: open',
      anOrder({ stage: 'received' }),
      at(1),
      ny,
      'allow',
      'change.window_open',
    ],
    [
      'making locks the details even inside the window',
      anOrder({ stage: 'making' }),
      at(1),
      ny,
      'deny',
      'change.stage_locked',
    ],
    [
      'quality_check is locked',
      anOrder({ stage: 'quality_check' }),
      at(200),
      ny,
      'deny',
      'change.stage_locked',
    ],
    [
      'an unknown stage counts as locked',
      anOrder({ stage: 'mystery' }),
      at(1),
      ny,
      'deny',
      'change.stage_locked',
    ],
    [
      'shipped',
      anOrder({ fulfillmentStatus: 'shipped', shippedAt: '2026-11-17T15:00:00Z' }),
      at(2),
      ny,
      'deny',
      'change.already_shipped',
    ],
    ['cancelled', anOrder({ cancelled: true }), at(1), ny, 'deny', 'change.order_cancelled'],
    [
      'seller window 48h: open at 47h59',
      anOrder(),
      at(47 + 59 / 60),
      sellerPolicy,
      'allow',
      'change.window_open',
    ],
    [
      'seller window 48h: closed at 48h01',
      anOrder(),
      at(48 + 1 / 60),
      sellerPolicy,
      'deny',
      'change.window_closed',
    ],
    [
      'product type over seller: a ring has 72h',
      anOrder({ item: { productType: 'ring' } }),
      at(71),
      sellerPolicy,
      'allow',
      'change.window_open',
    ],
    [
      'seller locks from design',
      anOrder({ item: { sellerId: 'pawtrait' } }),
      at(1),
      sellerPolicy,
      'deny',
      'change.stage_locked',
    ],
  ])('%s', (_name, facts, now, policy, outcome, rule) => {
    expectDecision(decideChange(facts, policy, now), outcome, rule);
  });

  it('says when the rule is the seller’s own', () => {
    const d = decideChange(anOrder(), sellerPolicy, at(30));
    expect(d.facts).toMatchObject({
      sellerSpecific: true,
      sellerName: 'Luna Studio',
      policySource: 'seller',
      changeWindowHours: 48,
    });
    expect(
      decideChange(anOrder({ item: { sellerId: 'someone' } }), sellerPolicy, at(1)).facts[
        'sellerSpecific'
      ],
    ).toBe(false);
  });

  it('gives the closing time in the shop’s time zone', () => {
    expect(decideChange(anOrder(), ny, at(1)).facts['changeWindowClosesAt']).toBe(
      '2026-11-17T10:00:00.000-05:00',
    );
  });

  describe('across a daylight-saving change (24 real hours, the wall clock shifts)', () => {
    // New York falls back on 2026-11-01 at 02:00: an order at 12:00 EDT closes at 11:00 EST next day.
    const order = anOrder({ createdAt: '2026-10-31T16:00:00Z' });
    it.each<[string, string, Decision['outcome']]>([
      ['23h59 later (10:59 EST)', '2026-11-01T15:59:00Z', 'allow'],
      ['24h01 later (11:01 EST)', '2026-11-01T16:01:00Z', 'deny'],
      ['12:00 wall-clock next day is 25h later', '2026-11-01T17:00:00Z', 'deny'],
    ])('fall back: %s', (_name, now, outcome) => {
      expect(decideChange(order, ny, new Date(now)).outcome).toBe(outcome);
    });
    it('reports the closing time with the new offset', () => {
      expect(
        decideChange(order, ny, new Date('2026-11-01T15:00:00Z')).facts['changeWindowClosesAt'],
      ).toBe('2026-11-01T11:00:00.000-05:00');
    });

    // Lisbon springs forward on 2027-03-28 at 01:00 → 02:00.
    const lisbon = policyFrom('shop:\n  timeZone: Europe/Lisbon\n');
    const spring = anOrder({ createdAt: '2027-03-27T12:00:00Z' }); // 12:00 WET
    it.each<[string, string, Decision['outcome']]>([
      ['23h59 later (12:59 WEST)', '2027-03-28T11:59:00Z', 'allow'],
      ['24h01 later (13:01 WEST)', '2027-03-28T12:01:00Z', 'deny'],
    ])('spring forward: %s', (_name, now, outcome) => {
      expect(decideChange(spring, lisbon, new Date(now)).outcome).toBe(outcome);
    });
  });
});

describe('decideAddressChange (R4)', () => {
  it.each<[string, OrderFacts, Policy, Decision['outcome'], string]>([
    ['unfulfilled, making', anOrder({ stage: 'making' }), ny, 'allow', 'address.unfulfilled'],
    [
      'unfulfilled, ready to ship (shop default)',
      anOrder({ stage: 'ready_to_ship' }),
      ny,
      'allow',
      'address.unfulfilled',
    ],
    [
      'shipped',
      anOrder({ fulfillmentStatus: 'shipped', shippedAt: '2026-11-20T15:00:00Z' }),
      ny,
      'deny',
      'address.already_shipped',
    ],
    ['delivered', delivered('2026-11-22T15:00:00Z'), ny, 'deny', 'address.already_shipped'],
    ['cancelled', anOrder({ cancelled: true }), ny, 'deny', 'address.order_cancelled'],
    [
      'seller locks at ready_to_ship (label printed)',
      anOrder({ stage: 'ready_to_ship', item: { sellerId: 'claywork' } }),
      sellerPolicy,
      'deny',
      'address.label_printed',
    ],
    [
      'seller lock: quality_check still open',
      anOrder({ stage: 'quality_check', item: { sellerId: 'claywork' } }),
      sellerPolicy,
      'allow',
      'address.unfulfilled',
    ],
  ])('%s', (_name, facts, policy, outcome, rule) => {
    expectDecision(decideAddressChange(facts, policy, at(1)), outcome, rule);
  });

  it('suggests a carrier redirect once shipped', () => {
    expect(
      decideAddressChange(anOrder({ fulfillmentStatus: 'shipped', shippedAt: created }), ny, at(5))
        .facts['carrierRedirect'],
    ).toBe(true);
  });
});

describe('decideCancel (R5)', () => {
  it.each<[string, OrderFacts, Date, Policy, Decision['outcome'], string]>([
    [
      'received, 1h',
      anOrder({ stage: 'received' }),
      at(1),
      ny,
      'allow',
      'cancel.before_production',
    ],
    [
      'design, 23h59',
      anOrder({ stage: 'design' }),
      at(23 + 59 / 60),
      ny,
      'allow',
      'cancel.before_production',
    ],
    [
      'design, 24h01: window closed',
      anOrder({ stage: 'design' }),
      at(24 + 1 / 60),
      ny,
      'deny',
      'cancel.window_closed',
    ],
    [
      'making, 1h: in production',
      anOrder({ stage: 'making' }),
      at(1),
      ny,
      'deny',
      'cancel.in_production',
    ],
    [
      'shipped',
      anOrder({ fulfillmentStatus: 'shipped', shippedAt: created }),
      at(1),
      ny,
      'deny',
      'cancel.already_shipped',
    ],
    [
      'already cancelled',
      anOrder({ cancelled: true }),
      at(1),
      ny,
      'deny',
      'cancel.already_cancelled',
    ],
    [
      'seller: only in received',
      anOrder({ stage: 'design', item: { sellerId: 'pawtrait' } }),
      at(1),
      sellerPolicy,
      'deny',
      'cancel.in_production',
    ],
    [
      'seller: fee after production starts',
      anOrder({ stage: 'making', item: { sellerId: 'claywork' } }),
      at(100),
      sellerPolicy,
      'allow',
      'cancel.with_fee',
    ],
  ])('%s', (_name, facts, now, policy, outcome, rule) => {
    expectDecision(decideCancel(facts, policy, now), outcome, rule);
  });

  it('refunds in full what is left, ignoring the automatic limit', () => {
    const d = decideCancel(
      anOrder({ stage: 'received', totalMinor: 42000, refundedMinor: 1000 }),
      ny,
      at(1),
    );
    expect(d.facts).toMatchObject({ refundMinor: 41000, fullRefund: true });
  });

  it('computes the fee', () => {
    const d = decideCancel(
      anOrder({ stage: 'making', item: { sellerId: 'claywork' }, totalMinor: 10000 }),
      sellerPolicy,
      at(100),
    );
    expect(d.facts).toMatchObject({ feeMinor: 2000, refundMinor: 8000 });
  });

  it('offers a person for an exception when refused', () => {
    expect(decideCancel(anOrder({ stage: 'making' }), ny, at(1)).facts['exceptionToPerson']).toBe(
      true,
    );
  });

  it('an order from two sellers is refused if one of them refuses', () => {
    const items = [
      anItem({ sku: 'A', sellerId: 'lunastudio' }),
      anItem({ sku: 'B', sellerId: 'pawtrait' }),
    ];
    const d = decideCancel(anOrder({ stage: 'design', items }), sellerPolicy, at(1));
    expectDecision(d, 'deny', 'cancel.in_production');
    expect(d.facts['sellerId']).toBe('pawtrait');
  });
});

describe('decideReturn (R6)', () => {
  const standard = { item: { personalized: false } };
  it.each<[string, OrderFacts, Date, Policy, Decision['outcome'], string]>([
    [
      'standard, day 30 after delivery (last day)',
      delivered('2026-11-20T15:00:00Z', standard),
      new Date('2026-12-20T23:00:00Z'),
      ny,
      'allow',
      'returns.window_open',
    ],
    [
      'standard, day 31 after delivery',
      delivered('2026-11-20T15:00:00Z', standard),
      new Date('2026-12-21T15:00:00Z'),
      ny,
      'deny',
      'returns.window_closed',
    ],
    [
      'last day counts in shop time (23:30 NY is 04:30 UTC next day)',
      delivered('2026-11-20T15:00:00Z', standard),
      new Date('2026-12-21T04:30:00Z'),
      ny,
      'allow',
      'returns.window_open',
    ],
    [
      'personalised',
      delivered('2026-11-20T15:00:00Z'),
      new Date('2026-11-22T15:00:00Z'),
      ny,
      'deny',
      'returns.personalized',
    ],
    [
      'final sale',
      delivered('2026-11-20T15:00:00Z', { item: { personalized: false, finalSale: true } }),
      new Date('2026-11-22T15:00:00Z'),
      ny,
      'deny',
      'returns.final_sale',
    ],
    ['not yet shipped', anOrder(standard), at(5), ny, 'deny', 'returns.not_delivered'],
    [
      'in transit',
      anOrder({ ...standard, fulfillmentStatus: 'shipped', shippedAt: created }),
      at(5),
      ny,
      'deny',
      'returns.not_delivered',
    ],
    [
      'cancelled',
      anOrder({ ...standard, cancelled: true }),
      at(5),
      ny,
      'deny',
      'returns.order_cancelled',
    ],
    [
      'seller allows personalised returns for 14 days',
      delivered('2026-11-20T15:00:00Z', { item: { sellerId: 'pawtrait' } }),
      new Date('2026-12-04T15:00:00Z'),
      sellerPolicy,
      'allow',
      'returns.window_open',
    ],
    [
      'seller: day 15',
      delivered('2026-11-20T15:00:00Z', { item: { sellerId: 'pawtrait' } }),
      new Date('2026-12-05T15:00:00Z'),
      sellerPolicy,
      'deny',
      'returns.window_closed',
    ],
  ])('%s', (_name, facts, now, policy, outcome, rule) => {
    expectDecision(decideReturn(facts, policy, now), outcome, rule);
  });

  it('exchanges follow the same rules', () => {
    expectDecision(
      decideReturn(
        { ...delivered('2026-11-20T15:00:00Z'), kind: 'exchange' },
        ny,
        new Date('2026-11-22T15:00:00Z'),
      ),
      'deny',
      'returns.personalized',
    );
    const noExchanges = policyFrom('returns:\n  exchangesAllowed: false\n');
    expectDecision(
      decideReturn(
        { ...delivered('2026-11-20T15:00:00Z', standard), kind: 'exchange' },
        noExchanges,
        new Date('2026-11-22T15:00:00Z'),
      ),
      'deny',
      'returns.exchange_not_offered',
    );
  });

  it('offers the seller’s alternatives and says who pays shipping', () => {
    const d = decideReturn(
      delivered('2026-11-20T15:00:00Z'),
      sellerPolicy,
      new Date('2026-11-22T15:00:00Z'),
    );
    expect(d.facts).toMatchObject({
      alternatives: ['resize', 'store_credit'],
      sellerSpecific: true,
      buyerPaysShipping: true,
    });
  });
});

describe('decideQualityRemedy (R7)', () => {
  const shippedOrder = (over: Parameters<typeof anOrder>[0] = {}): OrderFacts =>
    delivered('2026-11-20T15:00:00Z', over);
  const now = new Date('2026-11-23T15:00:00Z');
  it.each<[string, OrderFacts, QualityProblem, boolean, Policy, Decision['outcome'], string]>([
    [
      'damaged without photo',
      shippedOrder(),
      'damaged',
      false,
      ny,
      'deny',
      'quality.evidence_required',
    ],
    ['damaged with photo', shippedOrder(), 'damaged', true, ny, 'allow', 'quality.remedy_offer'],
    [
      'misspelled without photo',
      shippedOrder(),
      'misspelled',
      false,
      ny,
      'deny',
      'quality.evidence_required',
    ],
    ['wrong item with photo', shippedOrder(), 'wrong', true, ny, 'allow', 'quality.remedy_offer'],
    [
      'missing piece needs no photo',
      shippedOrder(),
      'missing',
      false,
      ny,
      'allow',
      'quality.remedy_offer',
    ],
    ['not shipped yet', anOrder(), 'damaged', true, ny, 'deny', 'quality.not_shipped'],
    [
      'cancelled',
      anOrder({ cancelled: true }),
      'damaged',
      true,
      ny,
      'deny',
      'quality.order_cancelled',
    ],
    [
      'seller report window: day 14 ok',
      shippedOrder({ item: { sellerId: 'claywork' } }),
      'damaged',
      true,
      sellerPolicy,
      'allow',
      'quality.remedy_offer',
    ],
  ])('%s', (_name, facts, problem, evidenceProvided, policy, outcome, rule) => {
    expectDecision(
      decideQualityRemedy({ ...facts, problem, evidenceProvided }, policy, now),
      outcome,
      rule,
    );
  });

  it('a late report goes to a person', () => {
    const d = decideQualityRemedy(
      {
        ...shippedOrder({ item: { sellerId: 'claywork' } }),
        problem: 'damaged',
        evidenceProvided: true,
      },
      sellerPolicy,
      new Date('2026-12-05T15:00:00Z'),
    );
    expectDecision(d, 'escalate', 'quality.report_window_closed');
  });

  it('a damaged bespoke piece above the shop’s value goes to a person', () => {
    const p = policyFrom('escalation:\n  bespokeDamageValue: 300\n');
    const big = shippedOrder({ item: { unitPriceMinor: 42000 }, totalMinor: 43800 });
    expectDecision(
      decideQualityRemedy({ ...big, problem: 'damaged', evidenceProvided: true }, p, now),
      'escalate',
      'quality.high_value_bespoke',
    );
    expectDecision(
      decideQualityRemedy(
        { ...shippedOrder(), problem: 'damaged', evidenceProvided: true },
        p,
        now,
      ),
      'allow',
      'quality.remedy_offer',
    );
  });

  it('offers remake or refund, refund capped at what is left and flagged when above the limit', () => {
    const d = decideQualityRemedy(
      {
        ...shippedOrder({
          item: { unitPriceMinor: 42000 },
          totalMinor: 43800,
          refundedMinor: 2000,
        }),
        problem: 'wrong',
        evidenceProvided: true,
      },
      ny,
      now,
    );
    expect(d.facts).toMatchObject({
      remedies: ['remake', 'refund'],
      refundMaxMinor: 41800,
      refundNeedsApproval: true,
    });
    const small = decideQualityRemedy(
      { ...shippedOrder(), problem: 'wrong', evidenceProvided: true },
      ny,
      now,
    );
    expect(small.facts).toMatchObject({ refundMaxMinor: 4800, refundNeedsApproval: false });
  });

  it('no refund is offered when everything was refunded already', () => {
    const d = decideQualityRemedy(
      { ...shippedOrder({ refundedMinor: 5200 }), problem: 'damaged', evidenceProvided: true },
      ny,
      now,
    );
    expect(d.facts['remedies']).toEqual(['remake']);
  });
});

describe('decideRefund', () => {
  it.each<[string, Parameters<typeof anOrder>[0], number, Decision['outcome'], string]>([
    ['within the limit', { totalMinor: 10000 }, 7500, 'allow', 'refund.auto'],
    [
      'one cent above the limit',
      { totalMinor: 10000 },
      7501,
      'needs_approval',
      'refund.above_limit',
    ],
    [
      'limit is per order, counting earlier refunds',
      { totalMinor: 10000, refundedMinor: 5000 },
      3000,
      'needs_approval',
      'refund.above_limit',
    ],
    ['more than paid', { totalMinor: 5200 }, 5201, 'deny', 'refund.exceeds_paid'],
    [
      'more than paid minus refunded',
      { totalMinor: 5200, refundedMinor: 2000 },
      3300,
      'deny',
      'refund.exceeds_paid',
    ],
    [
      'exactly what is left',
      { totalMinor: 5200, refundedMinor: 2000 },
      3200,
      'allow',
      'refund.auto',
    ],
    ['zero', { totalMinor: 5200 }, 0, 'deny', 'refund.invalid_amount'],
    ['negative', { totalMinor: 5200 }, -100, 'deny', 'refund.invalid_amount'],
    ['fraction of a minor unit', { totalMinor: 5200 }, 10.5, 'deny', 'refund.invalid_amount'],
  ])('%s', (_name, over, amountMinor, outcome, rule) => {
    expectDecision(decideRefund({ ...anOrder(over), amountMinor }, ny, at(1)), outcome, rule);
  });

  it('uses the seller’s limit and the strictest one for a mixed order', () => {
    const paw = anOrder({ item: { sellerId: 'pawtrait' }, totalMinor: 10000 });
    expectDecision(
      decideRefund({ ...paw, amountMinor: 4001 }, sellerPolicy, at(1)),
      'needs_approval',
      'refund.above_limit',
    );
    const mixed = anOrder({
      items: [anItem({ sku: 'A' }), anItem({ sku: 'B', sellerId: 'pawtrait' })],
      totalMinor: 10000,
    });
    const d = decideRefund({ ...mixed, amountMinor: 5000 }, sellerPolicy, at(1));
    expectDecision(d, 'needs_approval', 'refund.above_limit');
    expect(d.facts['autoLimitMinor']).toBe(4000);
  });

  it('converts the limit into the order currency’s minor units', () => {
    expect(limitToMinor('75.00', 'USD')).toBe(7500);
    expect(limitToMinor('75', 'JPY')).toBe(75);
    expect(limitToMinor('75.5', 'JPY')).toBe(75);
    expect(limitToMinor('75.5', 'KWD')).toBe(75500);
  });
});

describe('decideEscalation (R9)', () => {
  it.each<[string, Parameters<typeof decideEscalation>[0], string]>([
    ['nothing', {}, 'escalation.none'],
    ['explicit request', { explicitRequest: true }, 'escalation.explicit_request'],
    ['chargeback', { chargeback: true }, 'escalation.chargeback'],
    ['fraud', { fraud: true }, 'escalation.fraud'],
    ['safety word (en)', { text: 'My daughter got a rash from the chain' }, 'escalation.safety'],
    [
      'safety word (de, inflected)',
      { text: 'Sie ist allergisch auf das Metall' },
      'escalation.safety',
    ],
    [
      'safety word (fr, accents)',
      { text: "il s'est fait une brûlure avec la tasse" },
      'escalation.safety',
    ],
    ['sensitive context', { sensitiveContext: true }, 'escalation.sensitive_context'],
    ['policy exception', { policyException: true }, 'escalation.policy_exception'],
    ['authenticity dispute', { authenticityDispute: true }, 'escalation.authenticity_dispute'],
    [
      'missing evidence after asking',
      { missingEvidenceAfterAsk: true },
      'escalation.missing_evidence',
    ],
    ['second contact: not yet', { contactCount: 2 }, 'escalation.none'],
    ['third contact', { contactCount: 3 }, 'escalation.repeat_contact'],
    ['one very negative message: not yet', { sentimentScores: [0.2, -0.9] }, 'escalation.none'],
    [
      'two very negative messages in a row',
      { sentimentScores: [0.2, -0.7, -0.9] },
      'escalation.negative_sentiment',
    ],
    [
      'negative then neutral: streak broken',
      { sentimentScores: [-0.7, -0.9, 0.1] },
      'escalation.none',
    ],
    ['refund above the limit', { refundAboveLimit: true }, 'escalation.refund_above_limit'],
    [
      '3 business days late: at the threshold, not past it',
      { businessDaysLate: 3 },
      'escalation.none',
    ],
    ['4 business days late', { businessDaysLate: 4 }, 'escalation.delay_threshold'],
    [
      'safety outranks an explicit request',
      { explicitRequest: true, text: 'the mug is toxic' },
      'escalation.safety',
    ],
  ])('%s', (_name, signals, rule) => {
    const d = decideEscalation(signals, defaultPolicy);
    exercised.add(d.rule);
    expect(d.rule).toBe(rule);
    expect(policyRuleIds).toContain(d.rule);
    expect(d.outcome).toBe(rule === 'escalation.none' ? 'allow' : 'escalate');
  });

  it('lists every trigger and a priority', () => {
    const d = decideEscalation({ chargeback: true, contactCount: 4 }, defaultPolicy);
    expect(d.facts).toMatchObject({
      triggers: ['escalation.chargeback', 'escalation.repeat_contact'],
      priority: 'urgent',
    });
  });

  it('a trigger switched off in the policy does not fire', () => {
    const p = policyFrom('escalation:\n  repeatContactThreshold: null\n  explicitRequest: true\n');
    expect(decideEscalation({ contactCount: 9 }, p).rule).toBe('escalation.none');
  });

  it('matches safety words at word starts only', () => {
    expect(findSafetyWords('I burned my hand', defaultPolicy)).toContain('burn');
    expect(findSafetyWords('The sunburnt colour is lovely', defaultPolicy)).toEqual([]);
  });

  it('finds every safety word a message names, in any of the policy languages', () => {
    const p = policyFrom(
      'escalation:\n  safetyWords:\n    en: [splinter, rash]\n    es: [astilla]\n',
    );
    expect(findSafetyWords('A rash, and a splinter — una astilla', p).sort()).toEqual([
      'astilla',
      'rash',
      'splinter',
    ]);
    expect(findSafetyWords('No escalation words here', p)).toEqual([]);
    const none = policyFrom('escalation:\n  safetyWords:\n    en: []\n');
    expect(findSafetyWords('A splinter', none)).toEqual([]);
  });

  it('matches each policy against its own safety words, however often it is asked', () => {
    const p = policyFrom('escalation:\n  safetyWords:\n    en: [splinter]\n    es: [astilla]\n');
    for (let i = 0; i < 3; i++) {
      expect(findSafetyWords('A SPLINTER came off the spoon', p)).toEqual(['splinter']);
      expect(findSafetyWords('Tiene una astilla', p)).toEqual(['astilla']);
      expect(findSafetyWords('I burned my hand', p)).toEqual([]);
      expect(findSafetyWords('I burned my hand', defaultPolicy)).toContain('burn');
    }
  });
});

describe('estimateShipWindow (R1)', () => {
  it('uses the seller’s lead time and says so', () => {
    const p = policyFrom(
      'shop:\n  timeZone: America/New_York\nsellers:\n  pawtrait:\n    leadTime: { minBusinessDays: 10, maxBusinessDays: 20 }\n',
    );
    const w = estimateShipWindow(
      anOrder({ stage: 'received', item: { sellerId: 'pawtrait' } }),
      p,
      at(1),
    );
    expect(w).toMatchObject({
      leadTime: { minBusinessDays: 10, maxBusinessDays: 20 },
      sellerSpecific: true,
      start: '2026-11-30',
      late: false,
    });
  });
  it('an order flagged delayed is late', () => {
    expect(estimateShipWindow(anOrder({ delayed: true }), ny, at(1)).late).toBe(true);
  });
  it('a mixed order ships when the slowest piece is ready', () => {
    const p = policyFrom(
      'sellers:\n  slow:\n    leadTime: { minBusinessDays: 20, maxBusinessDays: 30 }\n',
    );
    const items = [anItem({ sku: 'A' }), anItem({ sku: 'B', sellerId: 'slow' })];
    const mixed = estimateShipWindow(anOrder({ stage: 'received', items }), p, at(1));
    const slowOnly = estimateShipWindow(
      anOrder({ stage: 'received', item: { sellerId: 'slow' } }),
      p,
      at(1),
    );
    expect(mixed.end).toBe(slowOnly.end);
  });
});

describe('effectivePolicy', () => {
  it('product type over seller over shop', () => {
    expect(effectivePolicy(sellerPolicy, {}).changeWindowHours).toBe(24);
    expect(effectivePolicy(sellerPolicy, { sellerId: 'lunastudio' }).changeWindowHours).toBe(48);
    expect(
      effectivePolicy(sellerPolicy, { sellerId: 'lunastudio', productType: 'ring' }),
    ).toMatchObject({
      changeWindowHours: 72,
      sources: { changeWindowHours: 'productType', returns: 'seller', refunds: 'shop' },
    });
  });
  it('merges a section key by key', () => {
    const r = effectivePolicy(sellerPolicy, { sellerId: 'pawtrait' });
    expect(r.returns).toEqual({
      ...defaultPolicy.returns,
      personalizedReturnable: true,
      windowDays: 14,
    });
  });
  it('ignores inherited object keys as seller ids', () => {
    expect(effectivePolicy(sellerPolicy, { sellerId: 'constructor' }).sources.returns).toBe('shop');
  });
  it('resolves each seller and product type once per policy, and keeps policies apart', () => {
    const a = effectivePolicy(sellerPolicy, { sellerId: 'lunastudio', productType: 'ring' });
    expect(effectivePolicy(sellerPolicy, { sellerId: 'lunastudio', productType: 'ring' })).toBe(a);
    expect(effectivePolicy(sellerPolicy, { sellerId: 'lunastudio' })).not.toBe(a);
    const other = policyFrom('sellers:\n  lunastudio:\n    changeWindowHours: 6\n');
    expect(
      effectivePolicy(other, { sellerId: 'lunastudio', productType: 'ring' }).changeWindowHours,
    ).toBe(6);
    // Past the bound the oldest pairs are resolved again, with the same answer.
    for (let i = 0; i < maxResolvedPerPolicy + 10; i++)
      effectivePolicy(sellerPolicy, { sellerId: `seller-${i}` });
    const again = effectivePolicy(sellerPolicy, { sellerId: 'lunastudio', productType: 'ring' });
    expect(again).not.toBe(a);
    expect(again).toEqual(a);
  });
});

describe('properties', () => {
  const stages = defaultPolicy.pipeline.stages.map((s) => s.id);
  const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) });
  const facts = fc
    .record({
      created: instant,
      stage: fc.constantFrom(...stages, 'unknown_stage'),
      status: fc.constantFrom<OrderFacts['fulfillmentStatus']>(
        'unfulfilled',
        'shipped',
        'delivered',
      ),
      personalized: fc.boolean(),
      finalSale: fc.boolean(),
      unitPriceMinor: fc.integer({ min: 0, max: 500_000 }),
      extraMinor: fc.integer({ min: 0, max: 5_000 }),
      refundedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      deliveredAfterHours: fc.integer({ min: 1, max: 24 * 60 }),
      cancelled: fc.boolean(),
      sellerId: fc.constantFrom('lunastudio', 'pawtrait', 'claywork', 'other'),
    })
    .map((v): OrderFacts => {
      const total = v.unitPriceMinor + v.extraMinor;
      const deliveredAt = new Date(v.created + v.deliveredAfterHours * HOUR).toISOString();
      return anOrder({
        createdAt: new Date(v.created).toISOString(),
        stage: v.stage,
        fulfillmentStatus: v.status,
        shippedAt: v.status === 'unfulfilled' ? null : new Date(v.created + HOUR).toISOString(),
        deliveredAt: v.status === 'delivered' ? deliveredAt : null,
        cancelled: v.cancelled,
        totalMinor: total,
        refundedMinor: Math.floor(total * v.refundedShare),
        item: {
          personalized: v.personalized,
          finalSale: v.finalSale,
          unitPriceMinor: v.unitPriceMinor,
          sellerId: v.sellerId,
        },
      });
    });
  const nowFor = (f: OrderFacts, hours: number): Date =>
    new Date(new Date(f.createdAt).getTime() + hours * HOUR);
  const hoursLater = fc.integer({ min: 0, max: 24 * 120 });
  const policies = fc.constantFrom(defaultPolicy, ny, sellerPolicy);

  it('same facts → same decision', () => {
    fc.assert(
      fc.property(facts, hoursLater, policies, (f, h, p) => {
        const now = nowFor(f, h);
        for (const decide of [decideChange, decideAddressChange, decideCancel, decideReturn]) {
          expect(decide(f, p, now)).toEqual(decide(structuredClone(f), p, new Date(now)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a personalised item is never returnable for a non-quality reason under defaults', () => {
    fc.assert(
      fc.property(
        facts,
        hoursLater,
        fc.constantFrom<'return' | 'exchange'>('return', 'exchange'),
        (f, h, kind) => {
          const personal = { ...f, item: f.item ? { ...f.item, personalized: true } : null };
          personal.items = personal.item ? [personal.item] : [];
          expect(decideReturn({ ...personal, kind }, defaultPolicy, nowFor(f, h)).outcome).not.toBe(
            'allow',
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nothing is changeable once its stage locks it', () => {
    fc.assert(
      fc.property(facts, hoursLater, policies, (f, h, p) => {
        const r = effectivePolicy(p, {
          sellerId: f.item?.sellerId,
          productType: f.item?.productType,
        });
        const lockIndex =
          r.lockPersonalizationFrom === null ? Infinity : stages.indexOf(r.lockPersonalizationFrom);
        const index = stages.indexOf(f.stage);
        if (index >= 0 && index < lockIndex) return;
        expect(decideChange(f, p, nowFor(f, h)).outcome).toBe('deny');
      }),
      { numRuns: 300 },
    );
  });

  it('a later moment never turns a refused change, cancel or return into an allow', () => {
    fc.assert(
      fc.property(
        facts,
        hoursLater,
        fc.integer({ min: 1, max: 24 * 60 }),
        policies,
        (f, h, more, p) => {
          for (const decide of [decideChange, decideCancel, decideReturn]) {
            if (decide(f, p, nowFor(f, h)).outcome !== 'allow') {
              expect(decide(f, p, nowFor(f, h + more)).outcome).not.toBe('allow');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a refund above the limit always needs approval (or is refused)', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 1, max: 600_000 }), policies, (f, amount, p) => {
        const d = decideRefund({ ...f, amountMinor: amount }, p, nowFor(f, 1));
        const limit = Number(d.facts['autoLimitMinor']);
        if (amount > limit) expect(['needs_approval', 'deny']).toContain(d.outcome);
        if (d.outcome === 'allow') expect(f.refundedMinor + amount).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 500 },
    );
  });

  it('no refund (auto or for approval) exceeds paid minus already refunded', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: -1000, max: 600_000 }), policies, (f, amount, p) => {
        const d = decideRefund({ ...f, amountMinor: amount }, p, nowFor(f, 1));
        if (d.outcome === 'allow' || d.outcome === 'needs_approval') {
          expect(amount).toBeGreaterThan(0);
          expect(amount).toBeLessThanOrEqual(f.totalMinor - f.refundedMinor);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('offers never exceed what is left to refund; a cancel refunds exactly that', () => {
    fc.assert(
      fc.property(
        facts,
        hoursLater,
        fc.constantFrom<QualityProblem>('damaged', 'wrong', 'missing'),
        (f, h, problem) => {
          const q = decideQualityRemedy(
            { ...f, problem, evidenceProvided: true },
            defaultPolicy,
            nowFor(f, h),
          );
          expect(Number(q.facts['refundMaxMinor'])).toBeLessThanOrEqual(
            f.totalMinor - f.refundedMinor,
          );
          const c = decideCancel(f, defaultPolicy, nowFor(f, h));
          if (c.outcome === 'allow')
            expect(c.facts['refundMinor']).toBe(f.totalMinor - f.refundedMinor);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every decision has a snake_case dotted rule and a reason', () => {
    fc.assert(
      fc.property(facts, hoursLater, policies, (f, h, p) => {
        const now = nowFor(f, h);
        const all = [
          decideChange(f, p, now),
          decideAddressChange(f, p, now),
          decideCancel(f, p, now),
          decideReturn(f, p, now),
          decideQualityRemedy({ ...f, problem: 'damaged', evidenceProvided: false }, p, now),
          decideRefund({ ...f, amountMinor: 100 }, p, now),
        ];
        for (const d of all) {
          expect(d.rule).toMatch(/^[a-z]+\.[a-z_]+$/);
          expect(policyRuleIds).toContain(d.rule);
          expect(d.reason).not.toBe('');
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('rule catalogue', () => {
  it('every documented rule is exercised by a table row above', () => {
    expect(policyRuleIds.filter((id) => !exercised.has(id))).toEqual([]);
  });

  it('docs/policy.md documents every rule', () => {
    const doc = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8');
    expect(policyRuleIds.filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
  });
});
