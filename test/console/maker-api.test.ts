import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/auth/auth.js';
import {
  integrationDatabases,
  integrationRuntime,
  type TestRuntime,
} from '../support/integration-runtime.js';
import { multipartBody } from '../support/multipart.js';

// Thursday 19 November 2026 in the default shop zone; orders came in two days before.
const now = new Date('2026-11-19T10:00:00Z');
const clock = () => now;

function order(id: string, sellerId: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    createdAt: '2026-11-17T09:00:00Z',
    currency: 'EUR',
    customer: { email: `buyer-${id}@example.com`, name: 'Marta', language: 'es' },
    items: [
      {
        sku: `MUG-${id}`,
        title: 'Mug with name',
        sellerId,
        quantity: 1,
        unitPrice: 40,
        personalized: true,
        personalization: { name: 'Marta' },
      },
    ],
    stage: 'design',
    payment: { total: 40 },
    ...extra,
  };
}

type Who = { cookie: string; csrf: string };

describe.each(integrationDatabases)('the workshop page API for makers on %s', (db) => {
  let t: TestRuntime;
  let clay: Who;
  let oak: Who;
  let rep: Who;

  const inject = (
    method: 'GET' | 'POST',
    url: string,
    who: Who | null,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.runtime.app.inject({
      method,
      url,
      headers: { ...(who ? { cookie: who.cookie, 'x-csrf-token': who.csrf } : {}), ...headers },
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });

  async function login(email: string, password: string): Promise<Who> {
    const r = await t.runtime.app.inject({
      method: 'POST',
      url: '/api/console/login',
      payload: { email, password },
    });
    expect(r.statusCode, r.body).toBe(200);
    return {
      cookie: String(r.headers['set-cookie']).split(';')[0] ?? '',
      csrf: r.json<{ csrfToken: string }>().csrfToken,
    };
  }

  beforeAll(async () => {
    t = await integrationRuntime(
      db,
      { MAKERDESK_SMTP_URL: 'smtp://127.0.0.1:9', MAKERDESK_MAIL_FROM: 'Clay <help@clay.example>' },
      { clock },
    );
    await t.runtime.app.ready();
    const auth = createAuth({ store: t.runtime.store, clock, newId: () => crypto.randomUUID() });
    await auth.addUser({
      email: 'rosa@clay.example',
      role: 'maker',
      sellerId: 'claywork',
      password: 'rosa-password-1',
    });
    await auth.addUser({
      email: 'tom@oak.example',
      role: 'maker',
      sellerId: 'oakshop',
      password: 'tom-password-1',
    });
    await auth.addUser({ email: 'rep@shop.example', role: 'rep', password: 'rep-password-1' });
    const api = (url: string, payload: unknown) =>
      t.runtime.app.inject({
        method: 'POST',
        url,
        headers: { authorization: 'Bearer test-api-key' },
        payload: payload as Record<string, unknown>,
      });
    for (const o of [
      order('C-1', 'claywork'),
      order('C-2', 'claywork', { stage: 'received' }),
      order('C-SHIPPED', 'claywork'),
      order('O-1', 'oakshop'),
    ]) {
      expect((await api('/api/v1/orders', o)).statusCode).toBe(201);
    }
    await api('/api/v1/orders/C-SHIPPED/events', {
      type: 'shipped',
      carrier: 'DHL',
      trackingNumber: 'JD1',
    });
    expect(await t.runtime.integrations.notifyOnce()).toBe(0);
    clay = await login('rosa@clay.example', 'rosa-password-1');
    oak = await login('tom@oak.example', 'tom-password-1');
    rep = await login('rep@shop.example', 'rep-password-1');
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists only the seller’s own open orders, with stage, next stage and ship window', async () => {
    const r = await inject('GET', '/api/console/maker/orders', clay);
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<{
      sellerId: string;
      today: string;
      stages: { id: string }[];
      orders: {
        id: string;
        stage: { id: string };
        nextStage: { id: string } | null;
        shipWindow: { start: string; end: string; promisedBy: string };
      }[];
    }>();
    expect(body.sellerId).toBe('claywork');
    expect(body.today).toBe('2026-11-19');
    expect(body.stages.map((s) => s.id)).toEqual([
      'received',
      'design',
      'making',
      'finishing',
      'quality_check',
      'ready_to_ship',
    ]);
    expect(body.orders.map((o) => o.id)).toEqual(['C-1', 'C-2']);
    expect(body.orders[0]).toMatchObject({
      stage: { id: 'design', label: 'Design and layout' },
      nextStage: { id: 'making' },
      late: false,
      delayed: false,
    });
    const w = body.orders[0]?.shipWindow;
    expect(w && w.start < w.end).toBe(true);
    // 14 business days after Tuesday 17 November.
    expect(w?.promisedBy).toBe('2026-12-07');
  });

  it('moves an order to its next stage: audited, recorded as an order event, and announced to the customer', async () => {
    const r = await inject('POST', '/api/console/maker/orders/C-1/advance', clay, {
      to: 'making',
      note: 'Glazed today',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      order: { id: 'C-1', stage: { id: 'making' }, nextStage: { id: 'finishing' } },
    });
    expect((await t.runtime.store.orders.get('C-1'))?.stage).toBe('making');
    const events = await t.runtime.store.events.list({
      orderId: 'C-1',
      type: 'order.stage_changed',
    });
    expect(events).toMatchObject([
      {
        from: 'design',
        to: 'making',
        note: 'Glazed today',
        by: expect.stringMatching(/^user:/) as unknown,
      },
    ]);
    const audit = await t.runtime.store.audit.list({ subjectType: 'order', subjectId: 'C-1' });
    expect(audit.at(-1)).toMatchObject({ action: 'advanceStage', reason: 'stage design → making' });
    // "making" is announced by default (MAKERDESK_ANNOUNCE_STAGES).
    expect(await t.runtime.integrations.notifyOnce()).toBe(1);
    const queued = await t.runtime.store.integrations.outbox.list({ keyPrefix: 'notify:C-1:' });
    expect(queued.map((q) => (q.payload['notification'] as { kind: string }).kind)).toEqual([
      'stage',
    ]);
  });

  it('marks a delay with a new date: the customer hears it in their language with the date', async () => {
    const r = await inject('POST', '/api/console/maker/orders/C-2/delay', clay, {
      expectedShipDate: '2026-12-18',
      note: 'Kiln repair',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      order: { id: 'C-2', delayed: true, expectedShipDate: '2026-12-18' },
    });
    expect(
      await t.runtime.store.events.list({ orderId: 'C-2', type: 'order.delayed' }),
    ).toMatchObject([{ expectedShipDate: '2026-12-18', note: 'Kiln repair' }]);
    expect(await t.runtime.integrations.notifyOnce()).toBe(1);
    const [mail] = await t.runtime.store.integrations.outbox.list({
      keyPrefix: 'notify:C-2:delay',
    });
    expect(mail?.payload['text']).toContain('18 de diciembre');
    // The same date again changes nothing; a later date is news again.
    expect(
      (
        await inject('POST', '/api/console/maker/orders/C-2/delay', clay, {
          expectedShipDate: '2026-12-18',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await inject('POST', '/api/console/maker/orders/C-2/delay', clay, {
          expectedShipDate: '2026-12-23',
        })
      ).statusCode,
    ).toBe(200);
    expect(await t.runtime.integrations.notifyOnce()).toBe(1);
  });

  it('keeps makers to their own seller: another seller’s order is not found, the rest of the console is closed', async () => {
    expect(
      (await inject('GET', '/api/console/maker/orders', oak))
        .json<{ orders: { id: string }[] }>()
        .orders.map((o) => o.id),
    ).toEqual(['O-1']);
    const moved = await inject('POST', '/api/console/maker/orders/C-1/advance', oak, {
      to: 'finishing',
    });
    expect(moved.statusCode).toBe(404);
    expect(moved.json()).toMatchObject({ error: { code: 'not_found' } });
    expect(
      (
        await inject('POST', '/api/console/maker/orders/C-1/delay', oak, {
          expectedShipDate: '2026-12-20',
        })
      ).statusCode,
    ).toBe(404);
    expect((await inject('GET', '/api/console/maker/orders/NOPE/photos/x1', oak)).statusCode).toBe(
      404,
    );
    expect((await t.runtime.store.orders.get('C-1'))?.stage).toBe('making');
    for (const url of [
      '/api/console/queue',
      '/api/console/insights',
      '/api/console/conversations/anything',
    ]) {
      const r = await inject('GET', url, oak);
      expect(r.statusCode, url).toBe(403);
    }
    expect((await inject('GET', '/api/console/me', oak)).json()).toMatchObject({
      user: { role: 'maker', sellerId: 'oakshop' },
    });
    // A rep is not a maker; without a session there is nothing at all.
    expect((await inject('GET', '/api/console/maker/orders', rep)).statusCode).toBe(403);
    expect((await inject('GET', '/api/console/maker/orders', null)).statusCode).toBe(401);
    // A move without the CSRF token of the session is refused.
    expect(
      (
        await t.runtime.app.inject({
          method: 'POST',
          url: '/api/console/maker/orders/O-1/advance',
          headers: { cookie: oak.cookie },
          payload: { to: 'making' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const unknown = await inject('POST', '/api/console/maker/orders/O-1/advance', oak, {
      to: 'painting',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        message: expect.stringContaining('Unknown stage "painting"') as unknown,
      },
    });
    const skip = await inject('POST', '/api/console/maker/orders/O-1/advance', oak, {
      to: 'finishing',
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json<{ error: { message: string } }>().error.message).toContain(
      'can only move on to "Making"',
    );
    expect(
      (await inject('POST', '/api/console/maker/orders/O-1/advance', oak, { to: 'Making!' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await inject('POST', '/api/console/maker/orders/O-1/advance', oak, {
          to: 'making',
          photoId: 'not-uploaded',
        })
      ).statusCode,
    ).toBe(400);
    const past = await inject('POST', '/api/console/maker/orders/O-1/delay', oak, {
      expectedShipDate: '2026-11-18',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json<{ error: { message: string } }>().error.message).toContain('in the past');
    expect(
      (
        await inject('POST', '/api/console/maker/orders/O-1/delay', oak, {
          expectedShipDate: '18/12/2026',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await inject('POST', '/api/console/maker/orders/O-1/delay', oak, {
          expectedShipDate: '2026-02-30',
        })
      ).statusCode,
    ).toBe(400);
    const big = multipartBody([
      {
        name: 'file',
        filename: 'big.jpg',
        type: 'image/jpeg',
        data: Buffer.alloc(11 * 1024 * 1024, 1),
      },
    ]);
    const tooLarge = await inject(
      'POST',
      '/api/console/maker/orders/O-1/photos',
      oak,
      big.payload,
      big.headers,
    );
    expect(tooLarge.statusCode).toBe(413);
    const text = multipartBody([
      {
        name: 'file',
        filename: 'notes.jpg',
        type: 'image/jpeg',
        data: Buffer.from('just words, not a photo'),
      },
    ]);
    expect(
      (
        await inject(
          'POST',
          '/api/console/maker/orders/O-1/photos',
          oak,
          text.payload,
          text.headers,
        )
      ).statusCode,
    ).toBe(415);
    const o = await t.runtime.store.orders.get('O-1');
    expect(o).toMatchObject({ stage: 'design', delayed: false });
    expect(await t.runtime.store.events.list({ orderId: 'O-1' })).toEqual([]);
  });

  it('takes a progress photo with a move, re-encoded, and shows it only to that seller', async () => {
    const png = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#a0522d' },
    })
      .png()
      .toBuffer();
    const up = multipartBody([
      { name: 'file', filename: 'bowl.png', type: 'image/png', data: png },
    ]);
    const r = await inject(
      'POST',
      '/api/console/maker/orders/O-1/photos',
      oak,
      up.payload,
      up.headers,
    );
    expect(r.statusCode, r.body).toBe(201);
    const photo = r.json<{ photoId: string; url: string; width: number }>();
    expect(photo.width).toBe(64);
    const moved = await inject('POST', '/api/console/maker/orders/O-1/advance', oak, {
      to: 'making',
      photoId: photo.photoId,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(
      await t.runtime.store.events.list({ orderId: 'O-1', type: 'order.stage_changed' }),
    ).toMatchObject([{ photoId: photo.photoId }]);
    const image = await inject('GET', photo.url, oak);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect((await inject('GET', photo.url, clay)).statusCode).toBe(404);
  });
});
