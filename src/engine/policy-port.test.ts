import { describe, expect, it } from 'vitest';
import { parseOrder, type Order } from '../domain/order.js';
import { defaultPolicy } from '../policy/index.js';
import { createPolicyPort } from './policy-port.js';

function anOrder(extra: Partial<Order> = {}): Order {
  const parsed = parseOrder({
    id: 'P-1',
    createdAt: '2026-11-02T09:00:00Z',
    currency: 'EUR',
    customer: { email: 'p@example.com' },
    items: [
      { sku: 'RING', title: 'Silver ring', sellerId: 'silverline', quantity: 1, unitPrice: 80 },
    ],
    stage: 'finishing',
    payment: { total: 80 },
  });
  if (!parsed.ok) throw new Error('bad fixture');
  return { ...parsed.value, ...extra };
}

describe('the ship window the assistant tells customers', () => {
  const port = createPolicyPort(defaultPolicy);
  const now = new Date('2026-11-24T10:00:00Z');

  it('ends on the date the workshop gave when it marked the order delayed', () => {
    const plain = port.shipWindow(anOrder({ delayed: true }), now);
    const dated = port.shipWindow(anOrder({ delayed: true, expectedShipDate: '2026-12-11' }), now);
    expect(plain?.end).not.toBe('2026-12-11');
    expect(dated?.start).toBe(plain?.start);
    expect(dated?.end).toBe('2026-12-11');
    expect(dated?.businessDaysLeft.max).toBeGreaterThan(plain?.businessDaysLeft.max ?? 0);
  });

  it('ignores a date that is no later than the estimate, and an order no longer delayed', () => {
    const plain = port.shipWindow(anOrder(), now);
    expect(
      port.shipWindow(anOrder({ delayed: true, expectedShipDate: '2026-11-20' }), now)?.end,
    ).toBe(plain?.end);
    expect(
      port.shipWindow(anOrder({ delayed: false, expectedShipDate: '2026-12-11' }), now)?.end,
    ).toBe(plain?.end);
  });
});
