import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createActions } from '../../src/actions/index.js';
import { createAuth } from '../../src/auth/auth.js';
import type { Store } from '../../src/domain/store.js';
import { sessionOf } from '../../src/http/console/guard.js';
import { consoleRoutes, type ConsoleRouteFile } from '../../src/http/console/routes.js';
import { plainShop } from '../../src/http/console/shop.js';
import { buildApp } from '../../src/http/index.js';
import { openStore } from '../../src/store/index.js';
import { noTranslator } from '../../src/translate/none.js';
import { fakeAssistant } from '../support/fake-assistant.js';
import { passwords, seedConsole, storeDecideApproval } from '../helpers/console-fixture.js';

let store: Store;
let app: FastifyInstance;
const now = new Date('2026-11-20T10:00:00Z');
const clock = () => now;
let routes: RouteOptions[];

/** A console route file as another page would add one: a typed answer, behind the session hook. */
const whoAmI: ConsoleRouteFile = (api) => {
  api.get('/extra/who', { schema: { response: { 200: z.object({ email: z.string() }) } } }, (req) =>
    Promise.resolve({ email: sessionOf(req).user.email, secret: 'dropped' }),
  );
};

beforeEach(async () => {
  store = await openStore('sqlite::memory:');
  const seeded = await seedConsole(store, clock, randomUUID);
  routes = [];
  const collect = (a: FastifyInstance): Promise<void> => {
    a.addHook('onRoute', (r) => void routes.push(r));
    return Promise.resolve();
  };
  const console = consoleRoutes({
    store,
    auth: seeded.auth,
    translator: noTranslator(),
    shop: plainShop('Demo Market'),
    clock,
    newId: randomUUID,
    uploadsDir: seeded.uploadsDir,
    decideApproval: storeDecideApproval(store, clock, randomUUID),
    routes: [whoAmI],
  });
  app = await buildApp({
    store,
    assistant: fakeAssistant(store, clock),
    actions: createActions({ store, clock, newId: randomUUID }),
    apiKey: null,
    uploadsDir: seeded.uploadsDir,
    clock,
    logger: false,
    plugins: [collect, console],
  });
  await app.ready();
});
afterEach(async () => {
  await app.close();
  await store.close();
});

async function login(): Promise<string> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/console/login',
    payload: { email: 'rep@shop.example', password: passwords.rep },
  });
  expect(r.statusCode).toBe(200);
  return String(r.headers['set-cookie']).split(';')[0] ?? '';
}

describe('the console API is typed end to end', () => {
  it('declares a zod answer schema on every JSON route', () => {
    const api = routes.filter((r) => r.url.startsWith('/api/console/'));
    expect(api.length).toBeGreaterThan(12);
    // Streams, photos, the CSV and the 204 of sign-out send no JSON body.
    const untyped = api.filter(
      (r) =>
        !/\/stream$|\/attachments\/|\.csv$|\/logout$/.test(r.url) &&
        !(r.schema?.response as Record<string, unknown> | undefined)?.['200'] &&
        !(r.schema?.response as Record<string, unknown> | undefined)?.['201'],
    );
    expect(untyped.map((r) => `${String(r.method)} ${r.url}`)).toEqual([]);
  });

  it('puts routes added from another file behind the one session hook, and sends only what their schema declares', async () => {
    expect((await app.inject({ url: '/api/console/extra/who' })).statusCode).toBe(401);
    const cookie = await login();
    const r = await app.inject({ url: '/api/console/extra/who', headers: { cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ email: 'rep@shop.example' });
  });

  it("reads the session cookie with @fastify/cookie among the shop site's other cookies, broken ones included", async () => {
    const cookie = await login();
    const r = await app.inject({
      url: '/api/console/me',
      headers: { cookie: `theme=dark; broken=%E0%A4%A; ${cookie}; cart=3` },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json<{ user: { email: string } }>().user.email).toBe('rep@shop.example');
  });

  it('clears the cookie on sign-out with the same path and flags it was set with', async () => {
    const cookie = await login();
    const me = await app.inject({ url: '/api/console/me', headers: { cookie } });
    const out = await app.inject({
      method: 'POST',
      url: '/api/console/logout',
      headers: { cookie, 'x-csrf-token': me.json<{ csrfToken: string }>().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const set = String(out.headers['set-cookie']);
    expect(set).toMatch(/Path=\/api\/console/);
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    expect(set).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
  });
});

describe('CORS', () => {
  it('answers a browser preflight of the customer API and leaves the order API closed', async () => {
    const pre = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/conversations',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(String(pre.headers['access-control-allow-headers'])).toMatch(/authorization/);
    expect(String(pre.headers['access-control-allow-methods'])).toMatch(/POST/);
    const orders = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/orders',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(orders.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('one SSE helper for every stream', () => {
  async function headersOf(url: string, headers: Record<string, string> = {}): Promise<Headers> {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const ac = new AbortController();
    const res = await fetch(`${base}${url}`, { headers, signal: ac.signal });
    expect(res.status).toBe(200);
    ac.abort();
    return res.headers;
  }

  it('keeps the security headers and request id on the console queue stream', async () => {
    const cookie = await login();
    const h = await headersOf('/api/console/queue/stream', { cookie, 'x-request-id': 'trace-7' });
    expect(h.get('content-type')).toContain('text/event-stream');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('x-request-id')).toBe('trace-7');
    expect(h.get('x-accel-buffering')).toBe('no');
  });

  it("lets go of every stream's subscription when the client leaves", async () => {
    // Count live subscriptions of the store the console streams read.
    let live = 0;
    const counted = new Proxy(store, {
      get(target, key, receiver) {
        if (key !== 'subscribe') return Reflect.get(target, key, receiver) as unknown;
        return async (channel: string, fn: (payload: unknown) => void) => {
          const off = await target.subscribe(channel, fn);
          live++;
          return async () => {
            live--;
            await off();
          };
        };
      },
    });
    const solo = Fastify({ logger: false });
    await consoleRoutes({
      store: counted,
      auth: createAuth({ store, clock, newId: randomUUID }),
      translator: noTranslator(),
      shop: plainShop('Demo Market'),
      clock,
      newId: randomUUID,
      uploadsDir: '/nonexistent',
      decideApproval: storeDecideApproval(store, clock, randomUUID),
      queuePollMs: 50,
    })(solo);
    const base = await solo.listen({ port: 0, host: '127.0.0.1' });
    const r = await solo.inject({
      method: 'POST',
      url: '/api/console/login',
      payload: { email: 'rep@shop.example', password: passwords.rep },
    });
    const cookie = String(r.headers['set-cookie']).split(';')[0] ?? '';
    const ac = new AbortController();
    for (const url of ['/api/console/queue/stream', '/api/console/conversations/conv-es/stream']) {
      const res = await fetch(`${base}${url}`, { headers: { cookie }, signal: ac.signal });
      expect(res.status).toBe(200);
    }
    await expect.poll(() => live).toBe(2);
    ac.abort();
    await expect.poll(() => live).toBe(0);
    await solo.close();
  });

  it('keeps CORS and the security headers on the widget stream', async () => {
    const start = await app.inject({
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { channel: 'web' },
    });
    const { id, token } = start.json<{ id: string; token: string }>();
    const h = await headersOf(
      `/api/v1/conversations/${id}/stream?token=${encodeURIComponent(token)}`,
      { origin: 'https://shop.example' },
    );
    expect(h.get('content-type')).toContain('text/event-stream');
    expect(h.get('access-control-allow-origin')).toBe('*');
    expect(h.get('x-content-type-options')).toBe('nosniff');
  });
});
