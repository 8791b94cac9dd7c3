import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatcher } from '../../test/support/smtp-catcher.js';
import {
  integrationDatabases,
  integrationRuntime,
  type TestRuntime,
} from '../../test/support/integration-runtime.js';
import { makerdeskSignature } from '../integrations/signatures.js';
import { backoffMs, createOutbox } from './outbox.js';
import { notificationFor } from './notify.js';
import type { Order } from '../domain/order.js';

function order(id: string, email: string, language: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    createdAt: '2026-12-01T09:00:00Z',
    currency: 'EUR',
    customer: { email, name: 'Chiara', language },
    items: [{ sku: 'BAG', title: 'Leather bag', sellerId: 'oak', quantity: 1, unitPrice: 120 }],
    stage: 'design',
    payment: { total: 120 },
    ...extra,
  };
}

describe.each(integrationDatabases)('proactive updates and the outbox on %s', (db) => {
  let t: TestRuntime;
  let catcher: Awaited<ReturnType<typeof startCatcher>>;
  let now = new Date('2026-12-07T09:00:00Z');
  const clock = () => now;
  const api = (url: string, payload: unknown) =>
    t.runtime.app.inject({
      method: 'POST',
      url,
      headers: { authorization: 'Bearer test-api-key' },
      payload: payload as Record<string, unknown>,
    });

  beforeAll(async () => {
    catcher = await startCatcher();
    t = await integrationRuntime(
      db,
      {
        MAKERDESK_SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
        MAKERDESK_MAIL_FROM: 'Oak <help@oak.example>',
        MAKERDESK_WEBHOOK_SECRET: 's3cret',
        MAKERDESK_PUBLIC_URL: 'https://help.oak.example',
      },
      { clock },
    );
    await t.runtime.app.ready();
    expect(await t.runtime.integrations.notifyOnce()).toBe(0);
  });
  afterAll(async () => {
    await t.close();
    await catcher.close();
  });

  it('tells the customer by e-mail, in their language, once a day unless it is a delay, and records notification.sent', async () => {
    expect((await api('/api/v1/orders', order('7001', 'chiara@example.it', 'it'))).statusCode).toBe(
      201,
    );
    await api('/api/v1/orders/7001/events', { type: 'stage_changed', stage: 'making' });
    expect(await t.runtime.integrations.notifyOnce()).toBe(1);
    expect(await t.runtime.integrations.outbox.runOnce()).toBe(1);
    const mail = catcher.mails.at(-1);
    expect(mail?.subject).toBe('Il tuo ordine 7001 va avanti');
    expect(mail?.text).toContain('«lavorazione»');
    expect(mail?.text).toContain('https://help.oak.example/api/v1/notifications/opt-out?token=');
    expect(mail?.headers.get('auto-submitted')).toBe('auto-replied');
    const sent = await t.runtime.store.events.list({ orderId: '7001', type: 'notification.sent' });
    expect(sent).toMatchObject([
      { type: 'notification.sent', channel: 'email', kind: 'stage', orderId: '7001' },
    ]);

    // Same day: a second announced stage is not sent; a delay is.
    await api('/api/v1/orders/7001/events', { type: 'stage_changed', stage: 'ready_to_ship' });
    expect(await t.runtime.integrations.notifyOnce()).toBe(0);
    await api('/api/v1/orders/7001/events', { type: 'delayed', delayed: true });
    expect(await t.runtime.integrations.notifyOnce()).toBe(1);
    await t.runtime.integrations.outbox.runOnce();
    expect(catcher.mails.at(-1)?.subject).toBe('Il tuo ordine 7001 è in ritardo');

    // Next day: shipped.
    now = new Date('2026-12-08T09:00:00Z');
    await api('/api/v1/orders/7001/events', {
      type: 'shipped',
      carrier: 'BRT',
      trackingNumber: 'BRT-1234',
    });
    expect(await t.runtime.integrations.notifyOnce()).toBe(1);
    await t.runtime.integrations.outbox.runOnce();
    expect(catcher.mails.at(-1)?.text).toContain('BRT-1234');
    const kinds = (
      await t.runtime.store.events.list({ orderId: '7001', type: 'notification.sent' })
    ).map((e) => e['kind']);
    expect(kinds).toEqual(['stage', 'delay', 'shipped']);

    // The opt-out link works, and nothing more is sent.
    const link = new URL(
      /https:\/\/help\.oak\.example\/api\/v1\/notifications\/opt-out\?token=\S+/.exec(
        catcher.mails.at(-1)?.text ?? '',
      )?.[0] ?? '',
    );
    const off = await t.runtime.app.inject({
      method: 'GET',
      url: `${link.pathname}${link.search}`,
    });
    expect(off.statusCode).toBe(200);
    now = new Date('2026-12-09T09:00:00Z');
    await api('/api/v1/orders/7001/events', { type: 'delivered' });
    expect(await t.runtime.integrations.notifyOnce()).toBe(0);
    const forged = await t.runtime.app.inject({
      method: 'GET',
      url: '/api/v1/notifications/opt-out?token=YWJj.forged',
    });
    expect(forged.statusCode).toBe(404);
  });

  it('tells a customer with an open widget conversation there', async () => {
    await api('/api/v1/orders', order('7002', 'marco@example.it', 'it'));
    const start = await t.runtime.app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { channel: 'web', lang: 'it' },
    });
    const { id, token } = start.json<{ id: string; token: string }>();
    await t.runtime.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${id}/messages`,
      headers: { authorization: `Bearer ${token}` },
      payload: { text: 'Dov’è il mio ordine 7002? La mia email è marco@example.it' },
    });
    const conv = await t.runtime.store.conversations.get(id);
    expect(conv?.orderId).toBe('7002');
    await api('/api/v1/orders/7002/events', {
      type: 'shipped',
      carrier: 'BRT',
      trackingNumber: 'BRT-9',
    });
    expect(await t.runtime.integrations.notifyOnce()).toBe(1);
    await t.runtime.integrations.outbox.runOnce();
    const last = (await t.runtime.store.messages.list(id)).at(-1);
    expect(last).toMatchObject({ sender: 'assistant', lang: 'it' });
    expect(last?.text).toContain('BRT-9');
    expect(
      await t.runtime.store.events.list({ orderId: '7002', type: 'notification.sent' }),
    ).toMatchObject([{ channel: 'web', kind: 'shipped', conversationId: id }]);
  });

  it('survives a restart, retries with backoff, and never sends an item twice', async () => {
    await catcher.close();
    const port = catcher.port;
    await api('/api/v1/orders', order('7003', 'giulia@example.it', 'it'));
    await api('/api/v1/orders/7003/events', { type: 'stage_changed', stage: 'making' });
    expect(await t.runtime.integrations.notifyOnce()).toBe(1);
    expect(await t.runtime.integrations.outbox.runOnce()).toBe(0);
    const [item] = await t.runtime.store.integrations.outbox.list({ keyPrefix: 'notify:7003' });
    expect(item).toMatchObject({ status: 'pending', attempts: 1 });
    expect(item?.nextAttemptAt).toBe(new Date(now.getTime() + 30_000).toISOString());

    // Restart: a new runtime on the same database finds the item and sends it once it is due.
    const dbUrl = t.dbUrl;
    const first = t;
    await t.runtime.close();
    catcher = await startCatcher(port);
    const second = await integrationRuntime(
      db,
      {
        MAKERDESK_SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAKERDESK_MAIL_FROM: 'Oak <help@oak.example>',
      },
      { clock, dbUrl },
    );
    t = {
      ...second,
      close: async () => {
        await second.close();
        await first.close();
      },
    };
    expect(await t.runtime.integrations.outbox.runOnce()).toBe(0);
    now = new Date(now.getTime() + 31_000);
    const a = createOutbox({
      store: t.runtime.store,
      clock,
      senders: {
        mail: async () => {
          await new Promise((r) => setTimeout(r, 20));
        },
      },
    });
    const [sentA, sentB] = await Promise.all([
      a.runOnce(),
      t.runtime.integrations.outbox.runOnce(),
    ]);
    expect(sentA + sentB).toBe(1);
    expect(await t.runtime.integrations.outbox.runOnce()).toBe(0);
    expect(
      (await t.runtime.store.integrations.outbox.list({ keyPrefix: 'notify:7003' }))[0],
    ).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('outgoing events', () => {
  let server: Server;
  let url = '';
  const received: { body: string; signature: string | undefined }[] = [];
  let failFirst = 1;
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (failFirst-- > 0) {
          res.statusCode = 503;
          res.end();
          return;
        }
        received.push({
          body,
          signature: req.headers['x-makerdesk-signature'] as string | undefined,
        });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const addr = server.address();
    url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/hooks`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('POSTs each integration event signed, and retries after a failure', async () => {
    let now = new Date('2026-12-07T09:00:00Z');
    const t = await integrationRuntime(
      'sqlite',
      {
        MAKERDESK_EVENTS_URL: url,
        MAKERDESK_WEBHOOK_SECRET: 'evsecret',
        MAKERDESK_SHOPIFY_SECRET: 'x',
      },
      { clock: () => now },
    );
    try {
      const body = JSON.stringify({
        tracking_number: 'T-1',
        carrier: 'UPS',
        status: 'delivered',
        occurred_at: '2026-12-07T08:00:00Z',
      });
      await t.runtime.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: 'Bearer test-api-key' },
        payload: order('8001', 'a@example.com', 'en', {
          fulfillment: {
            status: 'shipped',
            carrier: 'UPS',
            trackingNumber: 'T-1',
            shippedAt: '2026-12-05T08:00:00Z',
          },
        }),
      });
      const res = await t.runtime.app.inject({
        method: 'POST',
        url: '/api/v1/integrations/tracking/webhooks',
        headers: {
          'content-type': 'application/json',
          'x-makerdesk-signature': makerdeskSignature(body, 'evsecret'),
        },
        payload: body,
      });
      expect(res.statusCode).toBe(200);
      expect(await t.runtime.integrations.outbox.runOnce()).toBe(0);
      now = new Date(now.getTime() + backoffMs(1, 30_000, 1e9) + 1000);
      expect(await t.runtime.integrations.outbox.runOnce()).toBe(1);
      expect(received).toHaveLength(1);
      const got = received[0];
      expect(got?.signature).toBe(makerdeskSignature(got?.body ?? '', 'evsecret'));
      expect(JSON.parse(got?.body ?? '{}')).toMatchObject({
        type: 'shipment.updated',
        data: { orderId: '8001', status: 'delivered', trackingNumber: 'T-1' },
      });
    } finally {
      await t.close();
    }
  });
});

describe('what is news', () => {
  const base = {
    id: '1',
    createdAt: '2026-12-01T00:00:00.000Z',
    currency: 'EUR',
    customer: { email: 'a@b.c' },
    items: [],
    stage: 'design',
    fulfillment: {
      status: 'unfulfilled',
      carrier: null,
      trackingNumber: null,
      trackingUrl: null,
      shippedAt: null,
      deliveredAt: null,
      estimatedDeliveryAt: null,
    },
    payment: { totalMinor: 1, refundedMinor: 0 },
    delayed: false,
  } satisfies Order;
  const announced = new Set(['making']);
  it.each([
    ['an announced stage', { stage: 'making' }, 'stage'],
    ['a stage the shop keeps quiet', { stage: 'finishing' }, null],
    ['a delay', { delayed: true }, 'delay'],
    [
      'shipping',
      {
        fulfillment: {
          ...base.fulfillment,
          status: 'shipped' as const,
          shippedAt: '2026-12-02T00:00:00.000Z',
        },
      },
      'shipped',
    ],
    ['a cancellation', { cancelledAt: '2026-12-02T00:00:00.000Z', stage: 'making' }, null],
  ])('%s', (_what, change, kind) => {
    expect(notificationFor(base, { ...base, ...change }, announced)).toBe(kind);
  });
});
