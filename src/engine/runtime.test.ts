import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { parseOrder } from '../domain/order.js';
import { createLocalRuntime } from './runtime.js';

const order = {
  id: 'FX-1',
  createdAt: '2026-11-20T09:00:00Z',
  currency: 'EUR',
  customer: { email: 'noor@example.com', name: 'Noor', postcode: '1010', language: 'en' },
  items: [
    {
      sku: 'RING',
      title: 'Name ring',
      sellerId: 'oak',
      quantity: 1,
      unitPrice: '40.00',
      personalized: true,
      personalization: { engraving: 'Noor' },
    },
  ],
  stage: 'making',
  payment: { total: '40.00' },
};

async function refusal(orders: unknown[]): Promise<AppError> {
  const e: unknown = await createLocalRuntime({ demo: false, orders }).then(
    async (rt) => {
      await rt.close();
      return null;
    },
    (err: unknown) => err,
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe('createLocalRuntime: orders given as a fixture', () => {
  it('takes a valid order as a shop would send it', async () => {
    const rt = await createLocalRuntime({ demo: false, orders: [order] });
    try {
      expect((await rt.store.orders.get('FX-1'))?.payment.totalMinor).toBe(4000);
    } finally {
      await rt.close();
    }
  });

  it('refuses an order that is not valid, saying it is the fixture and what is wrong', async () => {
    for (const bad of [
      { ...order, id: 'FX 2' },
      { ...order, payment: { total: 'forty' } },
      { ...order, items: [] },
    ]) {
      const e = await refusal([bad]);
      expect(e.code).toBe('validation_failed');
      expect(e.message).toBe('An order in the fixture is not valid.');
      const check = parseOrder(bad);
      expect(check.ok).toBe(false);
      expect(e.issues).toEqual(check.ok ? [] : check.issues);
    }
  });

  it('refuses an order in minor units as a shop never sends it', async () => {
    const e = await refusal([{ ...order, payment: { totalMinor: 4000, refundedMinor: 0 } }]);
    expect(e.message).toBe('An order in the fixture is not valid.');
    expect(e.issues?.map((i) => i.path.join('.'))).toContain('payment.total');
  });

  it('gives each runtime on the demo policy the demo shop’s rules', async () => {
    const [a, b] = [await createLocalRuntime(), await createLocalRuntime()];
    try {
      expect(a.policy).toEqual(b.policy);
      expect(a.policy.shop.name).toBe('Makerdesk Demo Market');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
