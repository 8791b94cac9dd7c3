import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../domain/assistant.js';
import { AppError } from '../domain/errors.js';
import type { OrderInput } from '../domain/order.js';
import type { Store } from '../domain/store.js';
import { fakeAssistant } from '../../test/support/fake-assistant.js';
import { openStore } from '../store/index.js';
import { createActions } from '../actions/index.js';
import { multipartBody } from '../../test/support/multipart.js';
import { buildApp, logRequest, type AppDeps } from './index.js';

const apiKey = 'shop-key-0123456789';
let store: Store;
let uploadsDir: string;
let app: FastifyInstance;

async function makeApp(over: Partial<AppDeps> = {}): Promise<FastifyInstance> {
  const clock = () => new Date('2026-11-20T10:00:00Z');
  const actions = createActions({ store, clock, newId: randomUUID });
  const a = await buildApp({
    store,
    assistant: fakeAssistant(store),
    actions,
    apiKey,
    uploadsDir,
    clock,
    logger: false,
    ...over,
  });
  await a.ready();
  return a;
}

beforeEach(async () => {
  store = await openStore('sqlite::memory:');
  uploadsDir = await mkdtemp(join(tmpdir(), 'makerdesk-uploads-'));
  app = await makeApp();
});
afterEach(async () => {
  await app.close();
  await store.close();
  await rm(uploadsDir, { recursive: true, force: true });
});

type Started = { id: string; token: string };
async function start(a = app): Promise<Started> {
  const r = await a.inject({
    method: 'POST',
    url: '/api/v1/conversations',
    payload: { channel: 'web' },
  });
  expect(r.statusCode).toBe(201);
  return r.json<Started>();
}
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

function expectError(
  r: { statusCode: number; json: () => unknown },
  status: number,
  code: string,
): string {
  expect(r.statusCode).toBe(status);
  const body = r.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error.message;
}

const order = (over: Partial<OrderInput> = {}): OrderInput => ({
  id: '1042',
  createdAt: '2026-11-20T14:03:00Z',
  currency: 'USD',
  customer: { email: 'ana@example.com', postcode: '94110' },
  items: [
    {
      sku: 'NECK-NAME',
      title: 'Name necklace',
      sellerId: 'lunastudio',
      quantity: 1,
      unitPrice: 48,
      personalized: true,
      personalization: { engraving: 'Mia' },
    },
  ],
  stage: 'design',
  payment: { total: 52, refunded: 0 },
  ...over,
});

describe('basics', () => {
  it('answers /healthz', async () => {
    const r = await app.inject('/healthz');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ ok: true });
  });

  it('serves OpenAPI generated from the validating schemas', async () => {
    const r = await app.inject('/api/v1/openapi.json');
    expect(r.statusCode).toBe(200);
    const doc = r.json<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/v1/conversations',
      '/api/v1/conversations/{id}',
      '/api/v1/conversations/{id}/messages',
      '/api/v1/conversations/{id}/attachments',
      '/api/v1/orders',
      '/api/v1/orders/{id}/events',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(JSON.stringify(doc.paths['/api/v1/orders']?.post?.requestBody)).toContain('payment');
    expect(
      JSON.stringify(doc.paths['/api/v1/conversations/{id}/messages']?.post?.requestBody),
    ).toContain('choice');
  });

  it('gives every response a request id, keeping a sane one the client sent', async () => {
    const r1 = await app.inject('/healthz');
    expect(r1.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const r2 = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(r2.headers['x-request-id']).toBe('abc-123');
    const r3 = await app.inject({ url: '/healthz', headers: { 'x-request-id': '<script>' } });
    expect(r3.headers['x-request-id']).not.toBe('<script>');
  });

  it('never writes a query-string token to the request log, and logs the request id', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    const a = await makeApp({ logger: pino({ serializers: { req: logRequest } }, sink) });
    await a.inject({
      url: '/api/v1/conversations/abc/stream?token=SECRET-TOKEN-123&x=1',
      headers: { 'x-request-id': 'trace-42' },
    });
    await a.close();
    expect(out).toContain('trace-42');
    expect(out).toContain('token=[redacted]');
    expect(out).not.toContain('SECRET-TOKEN-123');
  });

  it('answers unknown routes with the error shape', async () => {
    expectError(await app.inject('/api/v1/nope'), 404, 'not_found');
  });

  it('sets a content security policy', async () => {
    const r = await app.inject('/healthz');
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('conversations', () => {
  it('starts a conversation with a token and the greeting', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { channel: 'web', lang: 'es' },
    });
    expect(r.statusCode).toBe(201);
    const body = r.json<{
      id: string;
      token: string;
      replies: { text: string }[];
      state: { status: string };
    }>();
    expect(body.token.length).toBeGreaterThan(20);
    expect(body.replies[0]?.text).toContain('Mara');
    expect(body.state.status).toBe('open');
  });

  it.each([
    ['wrong type', { channel: 7 }],
    ['unknown channel', { channel: 'fax' }],
    ['unknown language', { channel: 'web', lang: 'xx' }],
    ['extra field', { channel: 'web', admin: true }],
    ['not an object', [1, 2]],
  ])('refuses a start body with %s', async (_name, payload) => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/conversations', payload });
    expectError(r, 400, 'validation_failed');
    expect(r.json<{ error: { issues: unknown[] } }>().error.issues.length).toBeGreaterThan(0);
    expect(await store.conversations.list()).toHaveLength(0);
  });

  it('refuses malformed JSON, an empty body and other content types with 4xx', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: { 'content-type': 'application/json' },
      payload: '{"channel": "web",',
    });
    expect(expectError(bad, 400, 'bad_request')).toContain('not valid JSON');
    const empty = await app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    const poisoned = await app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: { 'content-type': 'application/json' },
      payload: '{"channel":"web","__proto__":{"admin":true}}',
    });
    expect(poisoned.statusCode).toBe(400);
    expect(poisoned.json<{ error: { code: string } }>().error.code).toBe('bad_request');
    const xml = await app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expectError(xml, 415, 'unsupported_media_type');
  });

  it('takes a text turn and returns replies, state and events', async () => {
    const c = await start();
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/messages`,
      headers: auth(c.token),
      payload: { text: 'where is my order?' },
    });
    expect(r.statusCode).toBe(200);
    const body = r.json<{
      replies: { text: string; quickReplies: unknown[] }[];
      state: { intent: string; status: string };
      events: unknown[];
    }>();
    expect(body.replies[0]?.text).toBe('You said **where is my order?**');
    expect(body.state).toEqual({ intent: 'order_status', status: 'open' });
    expect(body.events).toEqual([]);
  });

  it.each([
    ['empty text', { text: '   ' }],
    ['too long', { text: 'x'.repeat(2001) }],
    ['number', { text: 42 }],
    ['both', { text: 'hi', choice: 'yes' }],
    ['neither', {}],
  ])('refuses a message with %s', async (_n, payload) => {
    const c = await start();
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/messages`,
      headers: auth(c.token),
      payload,
    });
    expectError(r, 400, 'validation_failed');
  });

  it('needs the token: none → 401, wrong or another conversation’s → 404, same as an unknown id', async () => {
    const a = await start();
    const b = await start();
    const url = `/api/v1/conversations/${a.id}/messages`;
    const payload = { text: 'hi' };
    expectError(await app.inject({ method: 'POST', url, payload }), 401, 'unauthorized');
    expectError(
      await app.inject({ method: 'POST', url, payload, headers: { authorization: 'Basic abc' } }),
      401,
      'unauthorized',
    );
    const wrong = expectError(
      await app.inject({ method: 'POST', url, payload, headers: auth('not-the-token') }),
      404,
      'not_found',
    );
    const other = expectError(
      await app.inject({ method: 'POST', url, payload, headers: auth(b.token) }),
      404,
      'not_found',
    );
    const unknown = expectError(
      await app.inject({
        method: 'POST',
        url: '/api/v1/conversations/nope/messages',
        payload,
        headers: auth(a.token),
      }),
      404,
      'not_found',
    );
    expect(new Set([wrong, other, unknown]).size).toBe(1);
    expectError(
      await app.inject({ url: `/api/v1/conversations/${a.id}`, headers: auth(b.token) }),
      404,
      'not_found',
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/v1/conversations/a.b%2F..%2Fc/messages',
        payload,
        headers: auth(a.token),
      }),
      400,
      'validation_failed',
    );
    expect((await store.messages.list(a.id)).filter((m) => m.sender === 'customer')).toHaveLength(
      0,
    );
  });

  it('accepts only the quick replies offered right now', async () => {
    const c = await start();
    const unknown = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/messages`,
      headers: auth(c.token),
      payload: { choice: 'refund_everything' },
    });
    expect(expectError(unknown, 400, 'bad_request')).toContain('order_status');
    const ok = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/messages`,
      headers: auth(c.token),
      payload: { choice: 'order_status' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ replies: { text: string }[] }>().replies[0]?.text).toContain('order_status');
  });

  it('returns the transcript without internal notes', async () => {
    const c = await start();
    await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/messages`,
      headers: auth(c.token),
      payload: { text: 'hello' },
    });
    await store.messages.append({
      id: 'm-x',
      conversationId: c.id,
      sender: 'agent',
      text: 'A person here',
      createdAt: '2026-11-20T10:01:00Z',
      meta: { secret: 1 },
    });
    const r = await app.inject({ url: `/api/v1/conversations/${c.id}`, headers: auth(c.token) });
    expect(r.statusCode).toBe(200);
    const t = r.json<{
      id: string;
      state: unknown;
      messages: { sender: string; text: string }[];
    }>();
    expect(t.messages.map((m) => m.sender)).toEqual([
      'assistant',
      'customer',
      'assistant',
      'agent',
    ]);
    expect(JSON.stringify(t)).not.toContain('secret');
  });

  it('refuses oversized bodies with 413', async () => {
    const c = await start();
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/messages`,
      headers: { ...auth(c.token), 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(100_000) }),
    });
    expectError(r, 413, 'payload_too_large');
  });

  it('answers an unexpected failure with 500 internal and no details', async () => {
    const broken: Assistant = {
      start: () => Promise.reject(new Error('SQLITE_BUSY: database is locked at /secret/path')),
      turn: () => Promise.reject(new AppError('not_found', 'gone')),
    };
    const a = await makeApp({ assistant: broken });
    const r = await a.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { channel: 'web' },
    });
    expectError(r, 500, 'internal');
    expect(r.body).not.toContain('SQLITE');
    await a.close();
  });
});

describe('rate limits', () => {
  it('limits turns per conversation', async () => {
    const a = await makeApp({ limits: { perConversationPerMinute: 3 } });
    const c = await start(a);
    const send = () =>
      a.inject({
        method: 'POST',
        url: `/api/v1/conversations/${c.id}/messages`,
        headers: auth(c.token),
        payload: { text: 'hi' },
      });
    // Someone guessing tokens does not use up the customer's allowance.
    for (let i = 0; i < 5; i++)
      expect(
        (
          await a.inject({
            method: 'POST',
            url: `/api/v1/conversations/${c.id}/messages`,
            headers: auth(`guess-${i}`),
            payload: { text: 'hi' },
          })
        ).statusCode,
      ).toBe(404);
    for (let i = 0; i < 3; i++) expect((await send()).statusCode).toBe(200);
    const r = await send();
    expectError(r, 429, 'rate_limited');
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    const other = await start(a);
    expect(
      (
        await a.inject({
          method: 'POST',
          url: `/api/v1/conversations/${other.id}/messages`,
          headers: auth(other.token),
          payload: { text: 'hi' },
        })
      ).statusCode,
    ).toBe(200);
    await a.close();
  });

  it('limits a flood from one IP, across endpoints', async () => {
    const a = await makeApp({ limits: { perIpPerMinute: 5 } });
    const codes: number[] = [];
    for (let i = 0; i < 8; i++)
      codes.push(
        (await a.inject({ url: '/api/v1/conversations/x', headers: auth('t') })).statusCode,
      );
    expect(codes.slice(0, 5).every((s) => s === 404)).toBe(true);
    expectError(
      await a.inject({ url: '/api/v1/conversations/x', headers: auth('t') }),
      429,
      'rate_limited',
    );
    expect(
      (
        await a.inject({
          url: '/api/v1/conversations/x',
          headers: auth('t'),
          remoteAddress: '10.0.0.9',
        })
      ).statusCode,
    ).toBe(404);
    await a.close();
  });

  it('limits how many conversations one IP starts', async () => {
    const a = await makeApp({ limits: { startsPerIpPerMinute: 2 } });
    await start(a);
    await start(a);
    expectError(
      await a.inject({ method: 'POST', url: '/api/v1/conversations', payload: { channel: 'web' } }),
      429,
      'rate_limited',
    );
    await a.close();
  });
});

describe('orders', () => {
  const post = (payload: unknown, headers: Record<string, string> = auth(apiKey)) =>
    app.inject({ method: 'POST', url: '/api/v1/orders', payload: payload as object, headers });

  it('creates, then updates by id', async () => {
    const r1 = await post(order());
    expect(r1.statusCode).toBe(201);
    expect(r1.json()).toEqual({ id: '1042', result: 'created' });
    const r2 = await post(order({ stage: 'making' }));
    expect(r2.statusCode).toBe(200);
    expect((await store.orders.get('1042'))?.stage).toBe('making');
    expect((await store.orders.get('1042'))?.payment.totalMinor).toBe(5200);
    expect(await store.audit.list({ subjectId: '1042' })).toHaveLength(2);
  });

  it('needs the shop key; compares it whole', async () => {
    expectError(await post(order(), {}), 401, 'unauthorized');
    expectError(await post(order(), auth('shop-key-012345678')), 401, 'unauthorized');
    expectError(await post(order(), auth(`${apiKey}x`)), 401, 'unauthorized');
    expect(await store.orders.count()).toBe(0);
    const off = await makeApp({ apiKey: null });
    expectError(
      await off.inject({
        method: 'POST',
        url: '/api/v1/orders',
        payload: order(),
        headers: auth('anything'),
      }),
      403,
      'forbidden',
    );
    await off.close();
  });

  it('refuses invalid orders with a path per issue and stores nothing', async () => {
    const r = await post({ ...order(), customer: { email: 'nope' }, items: [] });
    expectError(r, 400, 'validation_failed');
    const paths = r
      .json<{ error: { issues: { path: unknown[] }[] } }>()
      .error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['customer.email', 'items']));
    const money = await post(order({ payment: { total: 52, refunded: 60 } }));
    expect(expectError(money, 400, 'validation_failed')).toContain('payment.refunded');
    const cents = await post(order({ payment: { total: '52.001' } }));
    expectError(cents, 400, 'validation_failed');
    expect(await store.orders.count()).toBe(0);
  });

  it('applies stage and shipment events', async () => {
    await post(order());
    const ev = (payload: unknown, id = '1042') =>
      app.inject({
        method: 'POST',
        url: `/api/v1/orders/${id}/events`,
        payload: payload as object,
        headers: auth(apiKey),
      });
    const s = await ev({ type: 'stage_changed', stage: 'making', at: '2026-11-21T09:00:00Z' });
    expect(s.statusCode).toBe(200);
    expect(s.json()).toMatchObject({ stage: 'making' });
    const shipped = await ev({
      type: 'shipped',
      carrier: 'USPS',
      trackingNumber: '9400',
      trackingUrl: 'https://tools.usps.com/t?n=9400',
    });
    expect(shipped.json()).toMatchObject({ fulfillment: { status: 'shipped', carrier: 'USPS' } });
    expectError(await ev({ type: 'stage_changed', stage: 'design' }), 409, 'conflict');
    expectError(await ev({ type: 'exploded' }), 400, 'validation_failed');
    expectError(await ev({ type: 'stage_changed', stage: 'Design!' }), 400, 'validation_failed');
    expectError(await ev({ type: 'delivered' }, 'nope'), 404, 'not_found');
    const noKey = await app.inject({
      method: 'POST',
      url: '/api/v1/orders/1042/events',
      payload: { type: 'delivered' },
    });
    expectError(noKey, 401, 'unauthorized');
    expect((await store.orders.get('1042'))?.fulfillment.status).toBe('shipped');
  });
});

describe('attachments', () => {
  const png = () =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: '#c96' } })
      .png()
      .toBuffer();
  const jpegWithExif = () =>
    sharp({ create: { width: 60, height: 20, channels: 3, background: '#369' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Copyright: 'secret-gps-owner' } })
      .toBuffer();
  const upload = (c: Started, parts: Parameters<typeof multipartBody>[0], token = c.token) => {
    const { payload, headers } = multipartBody(parts);
    return app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/attachments`,
      payload,
      headers: { ...headers, ...auth(token) },
    });
  };
  const filesUnder = async (dir: string): Promise<string[]> =>
    (await readdir(dir, { recursive: true })).map(String);

  it('re-encodes a photo without metadata, stores it under the conversation and tells the assistant', async () => {
    const c = await start();
    const r = await upload(c, [
      {
        name: 'file',
        filename: '../../../etc/passwd.png',
        type: 'image/png',
        data: await jpegWithExif(),
      },
      { name: 'text', value: 'the mug is cracked' },
    ]);
    expect(r.statusCode).toBe(201);
    const body = r.json<{
      attachments: { id: string; url: string; width: number; height: number }[];
      events: { type: string }[];
      replies: { text: string }[];
    }>();
    expect(body.events[0]?.type).toBe('evidence.received');
    expect(body.replies[0]?.text).toContain('**1**');
    const a = body.attachments[0];
    // Rotated by EXIF orientation 6: 60×20 becomes 20×60.
    expect(a).toMatchObject({ width: 20, height: 60 });
    const files = await filesUnder(uploadsDir);
    expect(files.filter((f) => f.endsWith('.jpg'))).toEqual([
      expect.stringMatching(new RegExp(`^${c.id}/[0-9a-f]{32}\\.jpg$`)),
    ]);
    const img = await app.inject({ url: a?.url ?? '', headers: auth(c.token) });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(img.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(img.rawPayload.includes(Buffer.from('secret-gps-owner'))).toBe(false);
    const viaQuery = await app.inject({
      url: `${a?.url ?? ''}?token=${encodeURIComponent(c.token)}`,
    });
    expect(viaQuery.statusCode).toBe(200);
  });

  it('shows a photo only to its own conversation', async () => {
    const c = await start();
    const other = await start();
    const r = await upload(c, [
      { name: 'file', filename: 'a.png', type: 'image/png', data: await png() },
    ]);
    const url = r.json<{ attachments: { url: string }[] }>().attachments[0]?.url ?? '';
    expectError(await app.inject({ url }), 401, 'unauthorized');
    expectError(await app.inject({ url, headers: auth(other.token) }), 404, 'not_found');
    const crossed = url.replace(c.id, other.id);
    expectError(await app.inject({ url: crossed, headers: auth(other.token) }), 404, 'not_found');
    expectError(
      await app.inject({
        url: `/api/v1/conversations/${c.id}/attachments/..%2F..%2Fsecret`,
        headers: auth(c.token),
      }),
      400,
      'validation_failed',
    );
  });

  it.each([
    ['a text file', 'notes.jpg', Buffer.from('just some words, not a picture at all')],
    ['a PDF', 'scan.png', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')],
    [
      'an SVG',
      'x.svg',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
  ])('refuses %s by its content with 415 and stores nothing', async (_n, filename, data) => {
    const c = await start();
    const r = await upload(c, [{ name: 'file', filename, type: 'image/jpeg', data }]);
    expectError(r, 415, 'unsupported_media_type');
    expect(await filesUnder(uploadsDir)).toEqual([]);
    expect(await store.attachments.listForConversation(c.id)).toEqual([]);
  });

  it('refuses a truncated image with 400 and stores nothing, not even the good one beside it', async () => {
    const c = await start();
    const whole = await sharp({
      create: {
        width: 300,
        height: 300,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg()
      .toBuffer();
    const r = await upload(c, [
      { name: 'file', filename: 'good.png', type: 'image/png', data: await png() },
      {
        name: 'file',
        filename: 'cut.jpg',
        type: 'image/jpeg',
        data: whole.subarray(0, Math.floor(whole.length / 2)),
      },
    ]);
    expect(expectError(r, 400, 'bad_request')).toContain('truncated');
    expect(await filesUnder(uploadsDir)).toEqual([]);
    expect(await store.attachments.listForConversation(c.id)).toEqual([]);
  });

  it('refuses files over 10 MB with 413', async () => {
    const c = await start();
    const big = Buffer.concat([await png(), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const r = await upload(c, [
      { name: 'file', filename: 'big.png', type: 'image/png', data: big },
    ]);
    expectError(r, 413, 'payload_too_large');
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it('refuses more than four files in one upload with 413 and stores nothing', async () => {
    const c = await start();
    const data = await png();
    const r = await upload(
      c,
      Array.from({ length: 5 }, (_, i) => ({
        name: 'file',
        filename: `p${i}.png`,
        type: 'image/png',
        data,
      })),
    );
    expectError(r, 413, 'payload_too_large');
    expect(await filesUnder(uploadsDir)).toEqual([]);
  });

  it('refuses an upload with no file, or not multipart', async () => {
    const c = await start();
    expectError(await upload(c, [{ name: 'text', value: 'hi' }]), 400, 'bad_request');
    const json = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/attachments`,
      payload: { file: 'x' },
      headers: auth(c.token),
    });
    expectError(json, 415, 'unsupported_media_type');
    const other = await start();
    expectError(
      await upload(
        c,
        [{ name: 'file', filename: 'a.png', type: 'image/png', data: await png() }],
        other.token,
      ),
      404,
      'not_found',
    );
  });
});

describe('live updates', () => {
  it('streams a rep reply to the customer over SSE, and refuses other tokens', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const c = await start();
    const other = await start();
    const denied = await fetch(`${base}/api/v1/conversations/${c.id}/stream?token=${other.token}`);
    expect(denied.status).toBe(404);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await fetch(`${base}/api/v1/conversations/${c.id}/stream`)).status).toBe(401);

    const ctrl = new AbortController();
    const res = await fetch(
      `${base}/api/v1/conversations/${c.id}/stream?token=${encodeURIComponent(c.token)}`,
      { signal: ctrl.signal },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const decoder = new TextDecoder();
    let text = '';
    await store.publish(`conversation:${other.id}`, {
      message: {
        id: 'x',
        conversationId: other.id,
        sender: 'agent',
        text: 'not for you',
        createdAt: 'now',
      },
    });
    await store.publish(`conversation:${c.id}`, {
      message: {
        id: 'm1',
        conversationId: c.id,
        sender: 'agent',
        text: 'Hi, **Sam** here',
        createdAt: '2026-11-20T10:02:00Z',
        meta: { internal: true },
      },
    });
    while (!text.includes('Sam')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    ctrl.abort();
    const data = text.split('\n').find((l) => l.startsWith('data: '));
    expect(JSON.parse(data?.slice(6) ?? '{}')).toEqual({
      type: 'messages',
      messages: [
        { id: 'm1', sender: 'agent', text: 'Hi, **Sam** here', createdAt: '2026-11-20T10:02:00Z' },
      ],
    });
    expect(text).not.toContain('not for you');
  });
});
