import { describe, expect, it } from 'vitest';
import { parseOrder } from '../domain/order.js';
import {
  defaultPolicy,
  effectivePolicy,
  factsFromOrder,
  parsePolicyText,
  decideRefund,
  decideChange,
  decideReturn,
  estimateShipWindow,
} from '../policy/index.js';
import type { Order } from '../domain/order.js';
import { demoCredentials, demoOrders, demoPolicyYaml, loadDemoContent } from './index.js';

const now = new Date('2026-11-18T15:30:00Z');

function orders(at: Date = now): Order[] {
  return demoOrders(at).map((input) => {
    const parsed = parseOrder(input);
    if (!parsed.ok) throw new Error(`order ${String(input.id)}: ${JSON.stringify(parsed.issues)}`);
    return parsed.value;
  });
}

const policy = (() => {
  const r = parsePolicyText(demoPolicyYaml, 'demo-policy.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
})();

describe('demo data', () => {
  it('demo policy validates', () => {
    const r = parsePolicyText(demoPolicyYaml, 'demo-policy.yaml');
    expect(r.ok ? [] : r.issues).toEqual([]);
    expect(policy.shop.name).toBe('Makerdesk Demo Market');
    expect(Object.keys(policy.sellers).sort()).toEqual(['claywork', 'lunastudio', 'pawtrait']);
  });

  it.each([now, new Date('2027-03-28T06:59:00Z'), new Date('2026-12-25T23:00:00Z')])(
    'every demo order passes parseOrder (now = %s)',
    (at) => {
      for (const input of demoOrders(at)) {
        const parsed = parseOrder(input);
        expect(parsed.ok ? [] : parsed.issues, `order ${String(input.id)}`).toEqual([]);
      }
    },
  );

  it('has at least 20 orders with unique ids, e-mails and postcodes', () => {
    const all = orders();
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    for (const o of all) {
      expect(o.customer.email).toMatch(/@/);
      expect(o.customer.postcode).toBeTruthy();
    }
  });

  it('covers every stage and situation of product.md', () => {
    const all = orders();
    const unfulfilled = all.filter((o) => o.fulfillment.status === 'unfulfilled');
    for (const stage of policy.pipeline.stages) {
      expect(
        unfulfilled.some((o) => o.stage === stage.id),
        `stage ${stage.id}`,
      ).toBe(true);
    }
    const rules = (decide: (o: Order) => string): Set<string> => new Set(all.map(decide));
    const change = rules((o) => decideChange(factsFromOrder(o), policy, now).rule);
    expect([...change]).toEqual(
      expect.arrayContaining([
        'change.window_open',
        'change.window_closed',
        'change.stage_locked',
        'change.already_shipped',
      ]),
    );
    const returns = rules((o) => decideReturn(factsFromOrder(o), policy, now).rule);
    expect([...returns]).toEqual(
      expect.arrayContaining([
        'returns.window_open',
        'returns.window_closed',
        'returns.personalized',
        'returns.final_sale',
      ]),
    );
    expect(all.some((o) => o.fulfillment.status === 'shipped' && o.fulfillment.trackingUrl)).toBe(
      true,
    );
    expect(
      all.some(
        (o) => o.payment.refundedMinor > 0 && o.payment.refundedMinor < o.payment.totalMinor,
      ),
    ).toBe(true);
    expect(all.some((o) => o.payment.refundedMinor === o.payment.totalMinor)).toBe(true);
    expect(
      all.some((o) => o.items.some((i) => i.personalized)) &&
        all.some((o) => o.items.every((i) => !i.personalized)),
    ).toBe(true);
    expect(all.some((o) => new Set(o.items.map((i) => i.sellerId)).size > 1)).toBe(true);
    const late = all.filter(
      (o) =>
        o.fulfillment.status === 'unfulfilled' &&
        estimateShipWindow(factsFromOrder(o), policy, now).late,
    );
    expect(late.length).toBeGreaterThan(0);
    const languages = new Set(all.map((o) => o.customer.language));
    expect(languages.size).toBe(6);
  });

  it('has a high-value order whose full refund needs approval', () => {
    const high = orders().find((o) => o.id === '1018');
    expect(high).toBeDefined();
    if (!high) return;
    const d = decideRefund(
      { ...factsFromOrder(high), amountMinor: high.items[0]?.unitPriceMinor ?? 0 },
      policy,
      now,
    );
    expect(d.outcome).toBe('needs_approval');
    expect(d.rule).toBe('refund.above_limit');
  });

  it('shows a seller-specific change window (Luna Studio, 48 hours)', () => {
    const o = orders().find((x) => x.id === '1003');
    if (!o) throw new Error('missing 1003');
    const d = decideChange(factsFromOrder(o), policy, now);
    expect(d.rule).toBe('change.window_open');
    expect(d.facts['sellerSpecific']).toBe(true);
    expect(decideChange(factsFromOrder(o), defaultPolicy, now).rule).toBe('change.window_closed');
    expect(effectivePolicy(policy, { sellerId: 'lunastudio' }).changeWindowHours).toBe(48);
  });

  it('credentials point at real demo orders', () => {
    const all = orders();
    expect(demoCredentials.length).toBeGreaterThanOrEqual(3);
    for (const c of demoCredentials) {
      const o = all.find((x) => x.id === c.orderId);
      expect(o?.customer.email).toBe(c.email);
      expect(o?.customer.postcode).toBe(c.postcode);
    }
  });

  it('content covers the shop topics of R14', () => {
    const docs = loadDemoContent().filter((d) => !d.name.includes('.'));
    const all = docs
      .map((d) => d.text)
      .join('\n')
      .toLowerCase();
    expect(docs.map((d) => d.name)).toEqual(['about', 'faq', 'returns', 'shipping']);
    for (const topic of [
      'materials',
      'size',
      'care',
      'business days',
      'shipping cost',
      'ship to',
      'return',
      'personalise',
      'monday to friday',
    ]) {
      expect(all, topic).toContain(topic);
    }
  });
});
