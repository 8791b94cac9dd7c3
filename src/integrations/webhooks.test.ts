import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  integrationDatabases,
  integrationRuntime,
  type TestRuntime,
} from '../../test/support/integration-runtime.js';
import { makerdeskSignature, shopifySignature } from './signatures.js';

const shopifySecret = 'shpss_test_0f3b9c2a7d';
const webhookSecret = 'whsec_test_77aa31';
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(new URL(`../../test/fixtures/shopify/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

let seq = 0;
function shopify(
  app: FastifyInstance,
  topic: string,
  body: unknown,
  opts: { id?: string; sign?: string | null; raw?: string } = {},
) {
  const raw = opts.raw ?? JSON.stringify(body);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-shopify-topic': topic,
    'x-shopify-shop-domain': 'oak-and-ember.myshopify.com',
    'x-shopify-webhook-id':
      opts.id ?? `b54557e4-bdd9-4b37-8a5f-bf7d70bc${String(++seq).padStart(4, '0')}`,
    'x-shopify-api-version': '2025-10',
  };
  if (opts.sign !== null)
    headers['x-shopify-hmac-sha256'] = opts.sign ?? shopifySignature(raw, shopifySecret);
  return app.inject({
    method: 'POST',
    url: '/api/v1/integrations/shopify/webhooks',
    headers,
    payload: raw,
  });
}

function tracking(app: FastifyInstance, body: unknown, sign?: string | null) {
  const raw = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (sign !== null)
    headers['x-makerdesk-signature'] = sign ?? makerdeskSignature(raw, webhookSecret);
  return app.inject({
    method: 'POST',
    url: '/api/v1/integrations/tracking/webhooks',
    headers,
    payload: raw,
  });
}

describe.each(integrationDatabases)('webhooks on %s', (db) => {
  let t: TestRuntime;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await integrationRuntime(db, {
      MAKERDESK_SHOPIFY_SECRET: shopifySecret,
      MAKERDESK_WEBHOOK_SECRET: webhookSecret,
      MAKERDESK_EVENTS_URL: 'http://127.0.0.1:9/events',
    });
    app = t.runtime.app;
    await app.ready();
  });
  afterAll(async () => {
    await t.close();
  });
  const store = () => t.runtime.store;

  it('maps orders/create: line items, Engraving as personalisation, customer, address, money', async () => {
    const res = await shopify(app, 'orders/create', fixture('order-create'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 'applied', orderId: '2417', change: 'created' });
    const order = await store().orders.get('2417');
    expect(order).not.toBeNull();
    expect(order?.customer).toEqual({
      email: 'ines.moreau@example.org',
      name: 'Inès Moreau',
      postcode: 'H2J 2L1',
      language: 'fr',
    });
    expect(order?.shippingAddress).toEqual({
      line1: '4410 Rue Saint-Denis',
      line2: 'App. 3',
      city: 'Montréal',
      region: 'Quebec',
      postcode: 'H2J 2L1',
      country: 'CA',
    });
    expect(order?.items).toEqual([
      {
        sku: 'BOX-WALNUT-S',
        title: 'Walnut keepsake box (Small)',
        sellerId: 'oak-and-ember',
        quantity: 1,
        unitPriceMinor: 3800,
        personalized: true,
        personalization: { engraving: 'Pour Lou, 2026' },
        finalSale: false,
      },
      {
        sku: 'POLISH-50',
        title: 'Beeswax polish',
        sellerId: 'oak-and-ember',
        quantity: 2,
        unitPriceMinor: 1300,
        personalized: false,
        personalization: {},
        finalSale: false,
      },
    ]);
    expect(order?.payment).toEqual({ totalMinor: 7150, refundedMinor: 0 });
    expect(order?.stage).toBe('received');
    expect(order?.createdAt).toBe('2026-11-28T15:14:22.000Z');
    expect(order?.fulfillment.status).toBe('unfulfilled');
    const events = await store().integrations.outbox.list({ kind: 'event' });
    expect(events.map((e) => e.payload['type'])).toContain('order.created');
  });

  it('a repeated X-Shopify-Webhook-Id answers 200 and applies nothing twice', async () => {
    const body = { ...fixture('order-create'), note: 'first', name: '#2418', id: 5801726377235 };
    const first = await shopify(app, 'orders/create', body, { id: 'replay-1' });
    expect(first.json()).toMatchObject({ result: 'applied' });
    const auditBefore = await store().audit.list({ subjectType: 'order', subjectId: '2418' });
    const again = await shopify(
      app,
      'orders/updated',
      { ...body, total_price: '99.00' },
      { id: 'replay-1' },
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ result: 'duplicate' });
    expect((await store().orders.get('2418'))?.payment.totalMinor).toBe(7150);
    expect(await store().audit.list({ subjectType: 'order', subjectId: '2418' })).toHaveLength(
      auditBefore.length,
    );
  });

  it.each([
    ['missing', null],
    ['wrong', 'c29tZXRoaW5nIGVsc2U='],
    [
      'signed with another secret',
      shopifySignature(JSON.stringify({ ...fixture('order-create'), name: '#2419' }), 'other'),
    ],
  ])('a %s signature → 401 and nothing stored', async (_what, sign) => {
    const res = await shopify(
      app,
      'orders/create',
      { ...fixture('order-create'), name: '#2419' },
      { sign, id: `sig-${String(sign)}` },
    );
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(await store().orders.get('2419')).toBeNull();
    expect(await store().integrations.deliveryResult('shopify', `sig-${String(sign)}`)).toBeNull();
  });

  it('a body changed after signing is refused', async () => {
    const raw = JSON.stringify({ ...fixture('order-create'), name: '#2420' });
    const res = await shopify(app, 'orders/create', null, {
      raw: raw.replace('71.50', '1.50'),
      sign: shopifySignature(raw, shopifySecret),
    });
    expect(res.statusCode).toBe(401);
    expect(await store().orders.get('2420')).toBeNull();
  });

  it('truncated JSON with a valid signature → 400, nothing stored, and the same id may come again', async () => {
    const raw = JSON.stringify({ ...fixture('order-create'), name: '#2421' }).slice(0, 500);
    const res = await shopify(app, 'orders/create', null, { raw, id: 'trunc-1' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'bad_request' } });
    expect(await store().integrations.deliveryResult('shopify', 'trunc-1')).toBeNull();
    const ok = await shopify(
      app,
      'orders/create',
      { ...fixture('order-create'), name: '#2421' },
      { id: 'trunc-1' },
    );
    expect(ok.json()).toMatchObject({ result: 'applied', orderId: '2421' });
  });

  it('a replay without X-Shopify-Webhook-Id is known by its body and applied once', async () => {
    const raw = JSON.stringify({ ...fixture('order-create'), name: '#2422', id: 5801726377299 });
    const headers = {
      'content-type': 'application/json',
      'x-shopify-topic': 'orders/create',
      'x-shopify-hmac-sha256': shopifySignature(raw, shopifySecret),
    };
    const first = await app.inject({
      method: 'POST',
      url: '/api/v1/integrations/shopify/webhooks',
      headers,
      payload: raw,
    });
    expect(first.json()).toMatchObject({ result: 'applied', orderId: '2422' });
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/integrations/shopify/webhooks',
      headers,
      payload: raw,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ result: 'duplicate' });
    expect(await store().audit.list({ subjectType: 'order', subjectId: '2422' })).toHaveLength(1);
  });

  it('a topic Makerdesk does not apply is acknowledged and ignored; a payload of the wrong shape is a 400', async () => {
    const other = await shopify(app, 'products/create', { id: 1, title: 'Walnut box' });
    expect(other.statusCode).toBe(200);
    expect(other.json()).toMatchObject({ result: 'ignored' });
    const wrong = await shopify(app, 'orders/create', fixture('fulfillment-create'), {
      id: 'wrong-shape',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect(await store().integrations.deliveryResult('shopify', 'wrong-shape')).toBeNull();
  });

  it('orders/updated keeps the workshop stage; fulfillments set shipped and tracking; orders/cancelled cancels', async () => {
    const base: Record<string, unknown> = {
      ...fixture('order-create'),
      name: '#2422',
      id: 5801726377299,
    };
    await shopify(app, 'orders/create', base);
    await t.runtime.app.inject({
      method: 'POST',
      url: '/api/v1/orders/2422/events',
      headers: { authorization: 'Bearer test-api-key' },
      payload: { type: 'stage_changed', stage: 'making' },
    });
    const lines = (base['line_items'] as Record<string, unknown>[]).map((li, i) =>
      i === 0 ? { ...li, properties: [{ name: 'Engraving', value: 'Pour Lou' }] } : li,
    );
    const upd = await shopify(app, 'orders/updated', {
      ...base,
      line_items: lines,
      updated_at: '2026-11-29T08:00:00-05:00',
    });
    expect(upd.json()).toMatchObject({ result: 'applied', change: 'updated' });
    let order = await store().orders.get('2422');
    expect(order?.stage).toBe('making');
    expect(order?.items[0]?.personalization).toEqual({ engraving: 'Pour Lou' });

    const ful = await shopify(app, 'fulfillments/create', {
      ...fixture('fulfillment-create'),
      order_id: 5801726377299,
      name: '#2422.1',
    });
    expect(ful.json()).toMatchObject({ result: 'applied', orderId: '2422', change: 'fulfillment' });
    order = await store().orders.get('2422');
    expect(order?.fulfillment).toMatchObject({
      status: 'shipped',
      carrier: 'Canada Post',
      trackingNumber: '7023210039414604',
      shippedAt: '2026-12-03T14:40:11.000Z',
    });

    const delivered = await shopify(app, 'fulfillments/update', {
      ...fixture('fulfillment-create'),
      order_id: 5801726377299,
      name: '#2422.1',
      shipment_status: 'delivered',
      updated_at: '2026-12-05T11:00:00-05:00',
    });
    expect(delivered.json()).toMatchObject({ result: 'applied' });
    order = await store().orders.get('2422');
    expect(order?.fulfillment).toMatchObject({
      status: 'delivered',
      deliveredAt: '2026-12-05T16:00:00.000Z',
    });

    const base2 = { ...fixture('order-create'), name: '#2423', id: 5801726377300 };
    await shopify(app, 'orders/create', base2);
    const cancel = await shopify(app, 'orders/cancelled', {
      ...base2,
      cancelled_at: '2026-11-28T12:00:00-05:00',
      cancel_reason: 'customer',
    });
    expect(cancel.json()).toMatchObject({ result: 'applied', change: 'cancelled' });
    expect((await store().orders.get('2423'))?.cancelledAt).toBe('2026-11-28T17:00:00.000Z');
    const audit = await store().audit.list({ subjectType: 'order', subjectId: '2423' });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('a fulfillment for an order never seen is a 404 and is not recorded, so Shopify retries it', async () => {
    const res = await shopify(
      app,
      'fulfillments/create',
      { ...fixture('fulfillment-create'), order_id: 1, name: '#9999.1' },
      { id: 'early-ful' },
    );
    expect(res.statusCode).toBe(404);
    expect(await store().integrations.deliveryResult('shopify', 'early-ful')).toBeNull();
  });

  it('tracking updates: status and estimated delivery; exception is kept as a delivery problem until delivered', async () => {
    const base = { ...fixture('order-create'), name: '#2430', id: 5801726377310 };
    await shopify(app, 'orders/create', base);
    await shopify(app, 'fulfillments/create', {
      ...fixture('fulfillment-create'),
      order_id: 5801726377310,
      name: '#2430.1',
      tracking_number: 'LX123456789CA',
      tracking_numbers: ['LX123456789CA'],
    });
    const transit = await tracking(app, {
      tracking_number: 'LX123456789CA',
      carrier: 'Canada Post',
      status: 'in_transit',
      occurred_at: '2026-12-03T18:00:00Z',
      estimated_delivery: '2026-12-08',
    });
    expect(transit.statusCode).toBe(200);
    expect(transit.json()).toMatchObject({ result: 'applied', orderId: '2430' });
    let order = await store().orders.get('2430');
    expect(order?.fulfillment).toMatchObject({
      status: 'shipped',
      trackingStatus: 'in_transit',
      estimatedDeliveryAt: '2026-12-08T12:00:00.000Z',
    });

    const problem = await tracking(app, {
      tracking_number: 'LX123456789CA',
      carrier: 'Canada Post',
      status: 'exception',
      occurred_at: '2026-12-05T09:30:00Z',
      detail: 'Address incomplete',
    });
    expect(problem.statusCode).toBe(200);
    order = await store().orders.get('2430');
    expect(order?.fulfillment.deliveryProblem).toEqual({
      reportedAt: '2026-12-05T09:30:00.000Z',
      carrier: 'Canada Post',
      detail: 'Address incomplete',
    });
    expect(order?.fulfillment.trackingStatus).toBe('exception');

    const replay = await tracking(app, {
      tracking_number: 'LX123456789CA',
      carrier: 'Canada Post',
      status: 'exception',
      occurred_at: '2026-12-05T09:30:00Z',
      detail: 'Address incomplete',
    });
    expect(replay.json()).toEqual({ result: 'duplicate' });

    const older = await tracking(app, {
      tracking_number: 'LX123456789CA',
      carrier: 'Canada Post',
      status: 'in_transit',
      occurred_at: '2026-12-04T09:30:00Z',
    });
    expect(older.json()).toMatchObject({ result: 'ignored' });

    await tracking(app, {
      tracking_number: 'LX123456789CA',
      carrier: 'Canada Post',
      status: 'delivered',
      occurred_at: '2026-12-07T15:00:00Z',
    });
    order = await store().orders.get('2430');
    expect(order?.fulfillment).toMatchObject({
      status: 'delivered',
      deliveredAt: '2026-12-07T15:00:00.000Z',
      trackingStatus: 'delivered',
    });
    expect(order?.fulfillment.deliveryProblem).toBeUndefined();
  });

  it('tracking: unknown number → 404; bad or missing signature → 401; bad body → 400; nothing stored', async () => {
    const unknown = await tracking(app, {
      tracking_number: 'NOPE-1',
      carrier: 'UPS',
      status: 'delivered',
      occurred_at: '2026-12-07T15:00:00Z',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    const body = {
      tracking_number: 'LX123456789CA',
      carrier: 'Canada Post',
      status: 'in_transit',
      occurred_at: '2026-12-09T09:30:00Z',
    };
    expect((await tracking(app, body, null)).statusCode).toBe(401);
    expect((await tracking(app, body, 'sha256=00ff')).statusCode).toBe(401);
    expect(
      (await tracking(app, body, makerdeskSignature(JSON.stringify(body), 'another'))).statusCode,
    ).toBe(401);
    const raw = JSON.stringify(body).slice(0, 40);
    const truncated = await app.inject({
      method: 'POST',
      url: '/api/v1/integrations/tracking/webhooks',
      headers: {
        'content-type': 'application/json',
        'x-makerdesk-signature': makerdeskSignature(raw, webhookSecret),
      },
      payload: raw,
    });
    expect(truncated.statusCode).toBe(400);
    expect(truncated.json()).toMatchObject({ error: { code: 'bad_request' } });
    const bad = await tracking(app, { ...body, status: 'lost_in_space' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await store().orders.get('2430'))?.fulfillment.trackingUpdatedAt).toBe(
      '2026-12-07T15:00:00.000Z',
    );
  });
});
