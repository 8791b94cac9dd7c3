import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/index.js';
import type { Store } from '../../src/domain/store.js';
import { buildApp, type AppDeps } from '../../src/http/index.js';
import { cleanImage, createWorkPool } from '../../src/http/images.js';
import { openStore } from '../../src/store/index.js';
import { fakeAssistant } from '../support/fake-assistant.js';
import { multipartBody } from '../support/multipart.js';

const apiKey = 'shop-key-0123456789';
const now = new Date('2026-11-20T10:00:00Z');
let store: Store;
let uploadsDir: string;
let app: FastifyInstance;

async function makeApp(over: Partial<AppDeps> = {}): Promise<FastifyInstance> {
  const actions = createActions({ store, clock: () => now, newId: randomUUID });
  const a = await buildApp({
    store,
    assistant: fakeAssistant(store, () => now),
    actions,
    apiKey,
    uploadsDir,
    clock: () => now,
    logger: false,
    ...over,
  });
  await a.ready();
  return a;
}

beforeEach(async () => {
  store = await openStore('sqlite::memory:');
  uploadsDir = await mkdtemp(join(tmpdir(), 'makerdesk-sec-'));
  app = await makeApp();
});
afterEach(async () => {
  await app.close();
  await store.close();
  await rm(uploadsDir, { recursive: true, force: true });
});

async function start(a = app): Promise<{ id: string; token: string }> {
  const r = await a.inject({
    method: 'POST',
    url: '/api/v1/conversations',
    payload: { channel: 'web' },
  });
  expect(r.statusCode).toBe(201);
  return r.json();
}
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const png = (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 3, background: '#c33' } })
    .png({ compressionLevel: 9, palette: true, colours: 2 })
    .toBuffer();

let big7000: Promise<Buffer> | null = null;
const bigPng = (): Promise<Buffer> => (big7000 ??= png(7000, 7000));

function errorCode(r: { statusCode: number; json: () => unknown }): string {
  return (r.json() as { error: { code: string } }).error.code;
}

describe('malformed multipart (finding 4)', () => {
  const cases: [string, string, Buffer][] = [
    [
      'garbage body',
      'multipart/form-data; boundary=abc',
      Buffer.from('this is not multipart at all \u0000\u0001\u0002'),
    ],
    [
      'no boundary',
      'multipart/form-data',
      Buffer.from(
        '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nxx\r\n--abc--\r\n',
      ),
    ],
    [
      'empty boundary',
      'multipart/form-data; boundary=',
      Buffer.from('--\r\nContent-Disposition: form-data; name="file"\r\n\r\nxx\r\n----\r\n'),
    ],
    [
      'truncated body',
      'multipart/form-data; boundary=abc',
      Buffer.from(
        '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n',
      ),
    ],
    [
      'truncated headers',
      'multipart/form-data; boundary=abc',
      Buffer.from('--abc\r\nContent-Disposition: form-da'),
    ],
  ];
  for (const [name, type, body] of cases) {
    it(`answers 400 invalid_multipart for a ${name}, never 500`, async () => {
      const c = await start();
      const r = await app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${c.id}/attachments`,
        headers: { ...auth(c.token), 'content-type': type },
        payload: body,
      });
      expect(r.statusCode).toBe(400);
      expect(errorCode(r)).toBe('invalid_multipart');
      expect(await store.attachments.listForConversation(c.id)).toHaveLength(0);
    });
  }
});

describe('image size from the header (finding 5)', () => {
  it('refuses a small PNG that declares 7000×7000 before decoding it', async () => {
    const c = await start();
    // A real 7000×7000 PNG of one colour compresses to a few KB.
    const big = await bigPng();
    expect(big.length).toBeLessThan(50_000);
    const body = multipartBody([{ name: 'file', filename: 'x.png', type: 'image/png', data: big }]);
    const t0 = process.hrtime.bigint();
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/attachments`,
      headers: { ...auth(c.token), ...body.headers },
      payload: body.payload,
    });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(r.statusCode).toBe(413);
    expect(errorCode(r)).toBe('payload_too_large');
    expect(r.json<{ error: { message: string } }>().error.message).toMatch(/40 megapixels/);
    expect(ms).toBeLessThan(400);
  });

  it('refuses 32 such uploads at once quickly, without decoding any', async () => {
    const big = await bigPng();
    await app.close();
    app = await makeApp({ limits: { perConversationPerMinute: 1000 } });
    const c = await start();
    const body = multipartBody([{ name: 'file', filename: 'x.png', type: 'image/png', data: big }]);
    const t0 = Date.now();
    const all = await Promise.all(
      Array.from({ length: 32 }, () =>
        app.inject({
          method: 'POST',
          url: `/api/v1/conversations/${c.id}/attachments`,
          headers: { ...auth(c.token), ...body.headers },
          payload: body.payload,
        }),
      ),
    );
    expect(all.map((r) => r.statusCode)).toEqual(Array.from({ length: 32 }, () => 413));
    // Decoding them took ~12 s of CPU before; reading 32 headers takes a small fraction of that.
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('refuses a side longer than 12,000 px even under 40 MP', async () => {
    const c = await start();
    const body = multipartBody([
      { name: 'file', filename: 'x.png', type: 'image/png', data: await png(12_500, 100) },
    ]);
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/attachments`,
      headers: { ...auth(c.token), ...body.headers },
      payload: body.payload,
    });
    expect(r.statusCode).toBe(413);
  });

  it('still takes an ordinary photo', async () => {
    const c = await start();
    const body = multipartBody([
      { name: 'file', filename: 'x.png', type: 'image/png', data: await png(3000, 2000) },
    ]);
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${c.id}/attachments`,
      headers: { ...auth(c.token), ...body.headers },
      payload: body.payload,
    });
    expect(r.statusCode).toBe(201);
    expect(r.json<{ attachments: { width: number }[] }>().attachments[0]?.width).toBe(2048);
  });

  it('keeps a quota of photos per conversation', async () => {
    await app.close();
    app = await makeApp({ limits: { uploadsPerConversation: 3 } });
    const c = await start();
    const img = await png(40, 40);
    const send = (n: number) => {
      const body = multipartBody(
        Array.from({ length: n }, () => ({
          name: 'file',
          filename: 'x.png',
          type: 'image/png',
          data: img,
        })),
      );
      return app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${c.id}/attachments`,
        headers: { ...auth(c.token), ...body.headers },
        payload: body.payload,
      });
    };
    expect((await send(2)).statusCode).toBe(201);
    const over = await send(2);
    expect(over.statusCode).toBe(413);
    expect(errorCode(over)).toBe('quota_exceeded');
    expect(await store.attachments.listForConversation(c.id)).toHaveLength(2);
    expect((await send(1)).statusCode).toBe(201);
    expect(errorCode(await send(1))).toBe('quota_exceeded');
  });
});

describe('CORS on every answer of the customer API (finding 6)', () => {
  it('a per-IP 429 carries Access-Control-Allow-Origin and exposes Retry-After', async () => {
    await app.close();
    app = await makeApp({ limits: { startsPerIpPerMinute: 1 } });
    const headers = { origin: 'https://shop.example' };
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/conversations',
          headers,
          payload: { channel: 'web' },
        })
      ).statusCode,
    ).toBe(201);
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      headers,
      payload: { channel: 'web' },
    });
    expect(r.statusCode).toBe(429);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['retry-after']).toBeDefined();
    expect(String(r.headers['access-control-expose-headers'])).toMatch(/retry-after/i);
  });

  it('errors (400, 401, 404) carry it too; the order API does not', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { channel: 'fax' },
    });
    const noToken = await app.inject({ method: 'GET', url: '/api/v1/conversations/abc' });
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/conversations/abc',
      headers: auth('nope'),
    });
    for (const r of [bad, noToken, unknown])
      expect(r.headers['access-control-allow-origin']).toBe('*');
    expect([bad.statusCode, noToken.statusCode, unknown.statusCode]).toEqual([400, 401, 404]);
    const orders = await app.inject({ method: 'POST', url: '/api/v1/orders', payload: {} });
    expect(orders.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS preflights', () => {
  const preflight = (url: string, headers: Record<string, string>) =>
    app.inject({ method: 'OPTIONS', url, headers });
  const asked = { origin: 'https://shop.example', 'access-control-request-method': 'POST' };

  it('answers a preflight of the customer API with 204 and the policy, before any token check', async () => {
    const r = await preflight('/api/v1/conversations/abc/messages', {
      ...asked,
      'access-control-request-headers': 'authorization, content-type',
    });
    expect(r.statusCode).toBe(204);
    expect(r.body).toBe('');
    expect(r.headers['content-length']).toBe('0');
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['access-control-allow-methods']).toBe('GET, POST, OPTIONS');
    expect(r.headers['access-control-allow-headers']).toBe('authorization, content-type');
    expect(r.headers['access-control-max-age']).toBe('600');
    expect(r.headers['access-control-allow-credentials']).toBeUndefined();
    expect(r.headers['vary']).toBe('Origin');
    expect(r.headers['content-security-policy']).toBeDefined();
    expect((await preflight('/api/v1/conversations?lang=fr', asked)).statusCode).toBe(204);
  });

  it('refuses a preflight without Origin or Access-Control-Request-Method with 400', async () => {
    for (const headers of [
      { origin: 'https://shop.example' },
      { 'access-control-request-method': 'POST' },
    ]) {
      const r = await preflight('/api/v1/conversations', headers);
      expect(r.statusCode).toBe(400);
      expect(r.body).toBe('Invalid Preflight Request');
    }
  });

  it('finds nothing for preflights elsewhere, and allows no origin there', async () => {
    for (const url of [
      '/api/v1/orders',
      '/api/v1/orders/1042/events',
      '/api/v1/openapi.json',
      '/api/v1/nope',
    ]) {
      const r = await preflight(url, asked);
      expect(r.statusCode).toBe(404);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
    }
    const openapi = await app.inject({
      url: '/api/v1/openapi.json',
      headers: { origin: 'https://x.example' },
    });
    expect(openapi.statusCode).toBe(200);
    expect(openapi.headers['access-control-allow-origin']).toBeUndefined();
    expect(openapi.headers['vary']).toBe('Origin');
  });
});

describe('HTTPS-only headers and tracking URLs (finding 7)', () => {
  it('sends no HSTS and no upgrade-insecure-requests over plain HTTP', async () => {
    const r = await app.inject('/healthz');
    expect(r.headers['strict-transport-security']).toBeUndefined();
    expect(String(r.headers['content-security-policy'])).not.toMatch(/upgrade-insecure-requests/);
  });

  it('sends both when the public URL is https://', async () => {
    await app.close();
    app = await makeApp({ publicUrl: 'https://help.shop.example' });
    const r = await app.inject('/healthz');
    expect(r.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(String(r.headers['content-security-policy'])).toMatch(/upgrade-insecure-requests/);
  });

  it('sends both behind a trusted proxy that says the request came over HTTPS', async () => {
    await app.close();
    app = await makeApp({ trustProxy: true });
    const https = await app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    const http = await app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'http' } });
    expect(https.headers['strict-transport-security']).toBeDefined();
    expect(http.headers['strict-transport-security']).toBeUndefined();
  });

  const order = (trackingUrl: string | null) => ({
    id: '1042',
    createdAt: '2026-11-20T14:03:00Z',
    currency: 'USD',
    customer: { email: 'ana@example.com', postcode: '94110' },
    items: [{ sku: 'MUG', title: 'Mug', sellerId: 's', quantity: 1, unitPrice: 20 }],
    stage: 'design',
    fulfillment: {
      status: 'shipped',
      carrier: 'USPS',
      trackingNumber: '9400',
      trackingUrl,
      shippedAt: '2026-11-21T10:00:00Z',
      deliveredAt: null,
    },
    payment: { total: 20, refunded: 0 },
  });
  const key = { authorization: `Bearer ${apiKey}` };

  for (const bad of [
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
  ]) {
    it(`refuses the tracking URL ${bad.slice(0, 16)}… in orders and shipment events`, async () => {
      const o = await app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: key,
        payload: order(bad),
      });
      expect(o.statusCode).toBe(400);
      expect(errorCode(o)).toBe('validation_failed');
      expect(await store.orders.get('1042')).toBeNull();
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/orders',
            headers: key,
            payload: { ...order(null), fulfillment: undefined },
          })
        ).statusCode,
      ).toBe(201);
      const e = await app.inject({
        method: 'POST',
        url: '/api/v1/orders/1042/events',
        headers: key,
        payload: { type: 'shipped', carrier: 'USPS', trackingNumber: '1', trackingUrl: bad },
      });
      expect(e.statusCode).toBe(400);
      expect((await store.orders.get('1042'))?.fulfillment.trackingUrl ?? null).toBeNull();
    });
  }

  it('accepts http and https tracking URLs', async () => {
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/orders',
          headers: key,
          payload: order('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400'),
        })
      ).statusCode,
    ).toBe(201);
  });
});

describe('the image pool', () => {
  it('runs at most its size at once, queues a bounded number and refuses the rest with 429', async () => {
    const pool = createWorkPool(2, 3);
    let running = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const job = () =>
      pool.run(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((r) => gates.push(r));
        running--;
        return 'done';
      });
    const jobs = Array.from({ length: 5 }, job);
    await new Promise((r) => setTimeout(r, 10));
    expect([pool.running, pool.waiting, gates.length]).toEqual([2, 3, 2]);
    await expect(job()).rejects.toMatchObject({ code: 'rate_limited' });
    while (gates.length > 0 || pool.running > 0) {
      gates.shift()?.();
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(await Promise.all(jobs)).toEqual(Array.from({ length: 5 }, () => 'done'));
    expect(most).toBe(2);
    expect([pool.running, pool.waiting]).toEqual([0, 0]);
  });

  it('a photo refused because the pool is full says to retry in 5 seconds', async () => {
    const full = createWorkPool(1, 0);
    let release = (): void => undefined;
    const holding = full.run(() => new Promise<void>((r) => (release = r)));
    await expect(cleanImage(await png(30, 30), full)).rejects.toMatchObject({
      code: 'rate_limited',
    });
    release();
    await holding;
    expect((await cleanImage(await png(30, 30), full)).width).toBe(30);
  });
});
