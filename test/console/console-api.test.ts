import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/store.js';
import { consoleRoutes } from '../../src/http/console/routes.js';
import { plainShop } from '../../src/http/console/shop.js';
import { openStore } from '../../src/store/index.js';
import { noTranslator } from '../../src/translate/none.js';
import type { Translator } from '../../src/translate/translator.js';
import { passwords, seedConsole, storeDecideApproval } from '../helpers/console-fixture.js';

/** A dictionary translator: enough to test the console's use of the port without an engine. */
const dictTranslator: Translator = {
  name: 'dict',
  pairs: () =>
    Promise.resolve([
      { from: 'es', to: 'en' },
      { from: 'en', to: 'es' },
    ]),
  translate: (text, from, to) => {
    if (from === to) return Promise.resolve({ text, engine: 'dict' });
    if (from === 'en' && to === 'es')
      return Promise.resolve({ text: `[es] ${text}`, engine: 'dict' });
    if (from === 'es' && to === 'en')
      return Promise.resolve({ text: `[en] ${text}`, engine: 'dict' });
    return Promise.resolve({ untranslated: true, reason: `no ${from}→${to} pair` });
  },
};

let store: Store;
let app: FastifyInstance;
let now: Date;
let ids = 0;
const clock = () => now;
const newId = () => `id${++ids}`;

async function setup(translator: Translator = dictTranslator) {
  store = await openStore('sqlite::memory:');
  now = new Date('2026-11-20T10:00:00Z');
  const seeded = await seedConsole(store, clock, newId);
  app = Fastify({ logger: false });
  await consoleRoutes({
    store,
    auth: seeded.auth,
    translator,
    shop: plainShop('Demo Market'),
    clock,
    newId,
    uploadsDir: seeded.uploadsDir,
    decideApproval: storeDecideApproval(store, clock, newId),
  })(app);
  await app.ready();
  return seeded;
}

type Who = { cookie: string; csrf: string };

async function login(email: string, password: string): Promise<Who> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/console/login',
    payload: { email, password },
  });
  expect(r.statusCode).toBe(200);
  const cookie = String(r.headers['set-cookie']).split(';')[0] ?? '';
  return { cookie, csrf: r.json<{ csrfToken: string }>().csrfToken };
}

const as = (w: Who, csrf = true) => ({
  cookie: w.cookie,
  ...(csrf ? { 'x-csrf-token': w.csrf } : {}),
});

function expectError(r: LightMyRequestResponse, status: number, code: string, message?: RegExp) {
  expect(r.statusCode, r.body).toBe(status);
  const body = r.json<{ error: { code: string; message: string } }>();
  expect(body.error.code).toBe(code);
  if (message) expect(body.error.message).toMatch(message);
}

beforeEach(async () => {
  await setup();
});
afterEach(async () => {
  await app.close();
  await store.close();
});

describe('console sign-in', () => {
  it('sets an HTTP-only, SameSite=Strict session cookie scoped to the console API and returns a CSRF token', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/login',
      payload: { email: 'rep@shop.example', password: passwords.rep },
    });
    expect(r.statusCode).toBe(200);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/^md_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api/console');
    expect(r.json()).toMatchObject({
      user: { email: 'rep@shop.example', role: 'rep' },
      csrfToken: expect.any(String) as unknown,
    });
    expect(r.headers['cache-control']).toBe('no-store');
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/login',
        payload: { email: 'rep@shop.example', password: 'nope' },
      }),
      401,
      'unauthorized',
      /E-mail or password is wrong/,
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/login',
        payload: { email: 'who@shop.example', password: 'nope' },
      }),
      401,
      'unauthorized',
      /E-mail or password is wrong/,
    );
  });

  it('refuses a malformed body with the path of the problem', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/login',
      payload: { email: 'rep@shop.example' },
    });
    expectError(r, 400, 'validation_failed', /password/);
  });

  it('locks the account after five failures, even for the right password', async () => {
    for (let i = 0; i < 4; i++)
      expectError(
        await app.inject({
          method: 'POST',
          url: '/api/console/login',
          payload: { email: 'rep@shop.example', password: 'wrong' },
        }),
        401,
        'unauthorized',
      );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/login',
        payload: { email: 'rep@shop.example', password: 'wrong' },
      }),
      429,
      'rate_limited',
      /locked until/,
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/login',
        payload: { email: 'rep@shop.example', password: passwords.rep },
      }),
      429,
      'rate_limited',
      /locked/,
    );
  });

  it('ends the session at logout and when it expires', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    expect((await app.inject({ url: '/api/console/me', headers: as(rep, false) })).statusCode).toBe(
      200,
    );
    const out = await app.inject({ method: 'POST', url: '/api/console/logout', headers: as(rep) });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expectError(
      await app.inject({ url: '/api/console/me', headers: as(rep, false) }),
      401,
      'unauthorized',
      /expired or was ended/,
    );

    const again = await login('rep@shop.example', passwords.rep);
    now = new Date(now.getTime() + 13 * 60 * 60 * 1000);
    expectError(
      await app.inject({ url: '/api/console/queue', headers: as(again, false) }),
      401,
      'unauthorized',
      /sign in again/,
    );
  });
});

describe('sign-in attempts from one address', () => {
  it('are limited across accounts when the rate limiter is registered', async () => {
    const limited = Fastify({ logger: false });
    await limited.register(rateLimit, { global: false });
    const own = await openStore('sqlite::memory:');
    const seeded = await seedConsole(own, clock, newId);
    await consoleRoutes({
      store: own,
      auth: seeded.auth,
      translator: dictTranslator,
      shop: plainShop(),
      clock,
      newId,
      uploadsDir: seeded.uploadsDir,
      decideApproval: storeDecideApproval(own, clock, newId),
      loginsPerIpPerMinute: 3,
    })(limited);
    for (const email of ['a@shop.example', 'b@shop.example', 'c@shop.example']) {
      expectError(
        await limited.inject({
          method: 'POST',
          url: '/api/console/login',
          payload: { email, password: 'guess-1234' },
        }),
        401,
        'unauthorized',
      );
    }
    const fourth = await limited.inject({
      method: 'POST',
      url: '/api/console/login',
      payload: { email: 'd@shop.example', password: 'guess-1234' },
    });
    expectError(fourth, 429, 'rate_limited', /Too many sign-in attempts from this address/);
    expect(fourth.headers['retry-after']).toBeDefined();
    await limited.close();
    await own.close();
  });
});

describe('requests without a session or CSRF token', () => {
  it.each([
    ['GET', '/api/console/me'],
    ['GET', '/api/console/queue'],
    ['GET', '/api/console/conversations/conv-es'],
    ['GET', '/api/console/conversations/conv-es/translations'],
    ['GET', '/api/console/conversations/conv-es/attachments/att-es'],
    ['POST', '/api/console/conversations/conv-es/reply'],
    ['POST', '/api/console/cases/case-approval/decision'],
  ] as const)('%s %s → 401', async (method, url) => {
    expectError(
      await app.inject({
        method,
        url,
        ...(method === 'POST' ? { payload: { text: 'hi', approve: true, why: 'ok ok' } } : {}),
      }),
      401,
      'unauthorized',
      /sign in/,
    );
  });

  it('refuses a forged cookie', async () => {
    expectError(
      await app.inject({ url: '/api/console/queue', headers: { cookie: 'md_session=forged' } }),
      401,
      'unauthorized',
    );
  });

  it('refuses state changes without the CSRF header, or with another session’s token', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const other = await login('rep2@shop.example', passwords.rep2);
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/conversations/conv-es/reply',
        headers: as(rep, false),
        payload: { text: 'Hola' },
      }),
      403,
      'forbidden',
      /Missing CSRF token/,
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/conversations/conv-es/reply',
        headers: { cookie: rep.cookie, 'x-csrf-token': other.csrf },
        payload: { text: 'Hola' },
      }),
      403,
      'forbidden',
      /does not match/,
    );
    expect(await store.messages.list('conv-es')).toHaveLength(3);
  });
});

describe('queue', () => {
  it('lists approvals, escalations and waiting chats with priority and waiting time', async () => {
    await store.conversations.create({
      id: 'conv-quiet',
      channel: 'web',
      lang: 'fr',
      status: 'open',
      intent: null,
      orderId: null,
      tokenHash: 'x',
      state: {},
      handledBy: 'assistant',
      createdAt: '2026-11-20T09:40:00.000Z',
      updatedAt: '2026-11-20T09:40:00.000Z',
      version: 1,
    });
    await store.messages.append({
      id: 'q1',
      conversationId: 'conv-quiet',
      sender: 'customer',
      text: 'Allô ?',
      lang: 'fr',
      createdAt: '2026-11-20T09:50:00.000Z',
    });
    const rep = await login('rep@shop.example', passwords.rep);
    const r = await app.inject({ url: '/api/console/queue', headers: as(rep, false) });
    const items = r.json<{
      items: {
        id: string;
        kind: string;
        waitingMinutes: number;
        priority: number;
        title: string;
        lang: string;
      }[];
    }>().items;
    expect(items.map((i) => [i.id, i.kind])).toEqual([
      ['case-approval', 'approval'],
      ['case-exception', 'approval'],
      ['conversation:conv-quiet', 'unanswered'],
    ]);
    expect(items[0]).toMatchObject({
      waitingMinutes: 57,
      priority: 4,
      urgency: 'urgent',
      typeLabel: 'Needs approval',
      title: 'Approval: refund 140.00 EUR',
      lang: 'es',
      customer: 'Lucía Pérez',
      priorityWhy: ['140.00 EUR at stake', 'customer is upset'],
    });
    // A policy exception is something an approver decides too, not a plain escalation.
    expect(items[1]).toMatchObject({
      typeLabel: 'Needs approval',
      title: 'Approval: exception (full refund)',
      snippet: 'Is anyone there?',
      urgency: 'high',
    });
    expect(items[2]).toMatchObject({
      waitingMinutes: 10,
      typeLabel: 'Waiting',
      urgency: 'normal',
      snippet: 'Allô ?',
      assignee: null,
    });
  });

  it('shows the stage of a delivered order as delivered, in step with the ship window', async () => {
    const order = await store.orders.get('MD-1042');
    if (!order) throw new Error('fixture order missing');
    await store.orders.upsert({
      ...order,
      stage: 'packed',
      fulfillment: {
        ...order.fulfillment,
        status: 'delivered',
        shippedAt: '2026-11-18T10:00:00.000Z',
        deliveredAt: '2026-11-19T10:00:00.000Z',
      },
    });
    const rep = await login('rep@shop.example', passwords.rep);
    const view = (
      await app.inject({ url: '/api/console/conversations/conv-es', headers: as(rep, false) })
    ).json<{ order: { stageLabel: string; shipWindow: unknown } }>();
    expect(view.order.stageLabel).toBe('Delivered');
    expect(view.order.shipWindow).toBeNull();
  });

  it('folds two chats about one order into one item, ranks a request for a person higher, and names the assignee', async () => {
    const t = '2026-11-20T09:55:00.000Z';
    await store.conversations.create({
      id: 'conv-es-2',
      channel: 'web',
      lang: 'es',
      status: 'open',
      intent: 'human_agent',
      orderId: 'MD-1042',
      tokenHash: 'x',
      state: {},
      handledBy: 'assistant',
      createdAt: t,
      updatedAt: t,
      version: 1,
    });
    await store.messages.append({
      id: 'dup1',
      conversationId: 'conv-es-2',
      sender: 'customer',
      text: '¿Hay alguien?',
      lang: 'es',
      meta: { intent: 'human_agent' },
      createdAt: t,
    });
    await store.conversations.create({
      id: 'conv-human',
      channel: 'web',
      lang: 'en',
      status: 'open',
      intent: 'human_agent',
      orderId: null,
      tokenHash: 'x',
      state: {},
      handledBy: 'assistant',
      createdAt: t,
      updatedAt: t,
      version: 1,
    });
    await store.messages.append({
      id: 'h1',
      conversationId: 'conv-human',
      sender: 'customer',
      text: 'I want to talk to a person please',
      lang: 'en',
      meta: { intent: 'human_agent' },
      createdAt: t,
    });
    await store.conversations.create({
      id: 'conv-plain',
      channel: 'web',
      lang: 'en',
      status: 'open',
      intent: null,
      orderId: null,
      tokenHash: 'x',
      state: {},
      handledBy: 'assistant',
      createdAt: t,
      updatedAt: t,
      version: 1,
    });
    await store.messages.append({
      id: 'p1',
      conversationId: 'conv-plain',
      sender: 'customer',
      text: 'What sizes do the rings come in',
      lang: 'en',
      createdAt: t,
    });
    const rep = await login('rep@shop.example', passwords.rep);
    await app.inject({
      method: 'POST',
      url: '/api/console/conversations/conv-plain/take-over',
      headers: as(rep),
    });
    await store.messages.append({
      id: 'p2',
      conversationId: 'conv-plain',
      sender: 'customer',
      text: 'and in silver?',
      lang: 'en',
      createdAt: '2026-11-20T09:56:00.000Z',
    });
    const items = (await app.inject({ url: '/api/console/queue', headers: as(rep, false) })).json<{
      items: {
        id: string;
        conversationId: string;
        mergedConversationIds: string[];
        priorityWhy: string[];
        assignee: string | null;
      }[];
    }>().items;
    const approval = items.find((i) => i.id === 'case-approval');
    expect(approval?.mergedConversationIds).toEqual(['conv-es-2']);
    expect(items.filter((i) => i.conversationId === 'conv-es-2')).toHaveLength(0);
    const human = items.findIndex((i) => i.conversationId === 'conv-human');
    const plain = items.findIndex((i) => i.conversationId === 'conv-plain');
    expect(items[human]?.priorityWhy).toContain('asked for a person');
    expect(human).toBeLessThan(plain);
    expect(items[plain]?.assignee).toBe('rep@shop.example');
  });
});

describe('queue stream', () => {
  it('pushes the queue at once and again when a case changes', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const ac = new AbortController();
    const res = await fetch(`${base}/api/console/queue/stream`, {
      headers: { cookie: rep.cookie },
      signal: ac.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const events: string[] = [];
    let buffer = '';
    const next = async (): Promise<{ items: { id: string }[] }> => {
      for (;;) {
        const cut = buffer.indexOf('\n\n');
        if (cut >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = /^event: queue\ndata: (.*)$/m.exec(block);
          if (data?.[1]) {
            events.push(data[1]);
            return JSON.parse(data[1]) as { items: { id: string }[] };
          }
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += new TextDecoder().decode(value);
      }
    };
    expect((await next()).items.map((i) => i.id)).toContain('case-approval');
    await store.cases.update('case-exception', { status: 'closed', updatedAt: now.toISOString() });
    await store.publish('console:queue', {});
    expect((await next()).items.map((i) => i.id)).not.toContain('case-exception');
    ac.abort();
  });

  it('refuses the stream without a session', async () => {
    expectError(await app.inject({ url: '/api/console/queue/stream' }), 401, 'unauthorized');
  });
});

describe('case view', () => {
  it('shows handoff, conversation, order with stage, decisions, photos, summary, suggestions and coaching', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const r = await app.inject({
      url: '/api/console/conversations/conv-es',
      headers: as(rep, false),
    });
    expect(r.statusCode).toBe(200);
    const v = r.json<
      Record<string, unknown> & {
        messages: { text: string }[];
        suggestions: { id: string; text: string }[];
        coaching: { kind: string }[];
        summary: { lines: string[] };
      }
    >();
    expect(v).toMatchObject({
      conversation: { id: 'conv-es', lang: 'es', handledBy: 'assistant' },
      case: {
        id: 'case-approval',
        handoff: { rule: 'refunds.above_auto_limit', desiredResolution: 'full refund' },
      },
      order: {
        id: 'MD-1042',
        stage: 'making',
        stageLabel: 'making',
        total: '140.00',
        items: [{ personalization: { name: 'Lucía' } }],
      },
      decisions: [{ outcome: 'needs_approval', rule: 'refunds.above_auto_limit' }],
      refunds: [{ id: 'ref-1', amount: '140.00', status: 'pending_approval' }],
      attachments: [{ id: 'att-es', url: '/api/console/conversations/conv-es/attachments/att-es' }],
    });
    // Message text comes back exactly as written: the console renders it as text.
    expect(v.messages[2]?.text).toBe(
      '<img src=x onerror="window.__xss=1">Quiero un reembolso completo.',
    );
    expect(v.suggestions.find((s) => s.id === 'refundPending')?.text).toContain('reembolso');
    expect(v.coaching.map((c) => c.kind)).toContain('sentiment');
    expect(v.summary.lines[0]).toContain('Spanish');
  });

  it('answers 404 for an unknown conversation and 400 for a malformed id', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    expectError(
      await app.inject({ url: '/api/console/conversations/nope', headers: as(rep, false) }),
      404,
      'not_found',
    );
    expectError(
      await app.inject({ url: '/api/console/conversations/..%2F..', headers: as(rep, false) }),
      400,
      'validation_failed',
    );
  });
});

describe('photos', () => {
  it("serves a conversation's own photo, and refuses another conversation's photo through this URL", async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const own = await app.inject({
      url: '/api/console/conversations/conv-es/attachments/att-es',
      headers: as(rep, false),
    });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/jpeg');
    expect(own.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expectError(
      await app.inject({
        url: '/api/console/conversations/conv-es/attachments/att-other',
        headers: as(rep, false),
      }),
      404,
      'not_found',
      /No such attachment in this conversation/,
    );
  });
});

describe('translation', () => {
  it('translates the customer messages into the rep language', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const r = await app.inject({
      url: '/api/console/conversations/conv-es/translations',
      headers: as(rep, false),
    });
    const body = r.json<{ translations: { from: string; to: string; text?: string }[] }>();
    expect(body.translations[0]).toMatchObject({
      from: 'es',
      to: 'en',
      text: '[en] Hola, la taza llegó rota.',
    });
  });

  it('shows pairs the engine lacks as untranslated, with the reason', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/translate',
      headers: as(rep),
      payload: { text: 'Hallo', from: 'de', to: 'en' },
    });
    expect(r.json()).toEqual({ from: 'de', to: 'en', untranslated: true, reason: 'no de→en pair' });
  });
});

describe('replies, take-over and hand-back', () => {
  it("sends the rep's English reply to the customer in Spanish and announces it to the widget", async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const seen: unknown[] = [];
    await store.subscribe('conversation:conv-es', (p) => seen.push(p));
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/conversations/conv-es/reply',
      headers: as(rep),
      payload: { text: 'We are sorry.' },
    });
    expect(r.statusCode, r.body).toBe(201);
    const last = (await store.messages.list('conv-es')).at(-1);
    expect(last).toMatchObject({
      sender: 'agent',
      text: '[es] We are sorry.',
      lang: 'es',
      meta: { original: 'We are sorry.', originalLang: 'en', translatedBy: 'dict' },
    });
    expect(seen.some((p) => JSON.stringify(p).includes('[es] We are sorry.'))).toBe(true);
    // Replying took the chat over: the assistant now stays silent.
    expect((await store.conversations.get('conv-es'))?.handledBy).toEqual({
      userId: expect.any(String) as unknown,
    });
  });

  it('refuses to send an untranslatable reply unless the rep says to send it as written', async () => {
    await app.close();
    await store.close();
    await setup(noTranslator());
    const rep = await login('rep@shop.example', passwords.rep);
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/conversations/conv-es/reply',
        headers: as(rep),
        payload: { text: 'We are sorry.' },
      }),
      409,
      'conflict',
      /Could not translate/,
    );
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/conversations/conv-es/reply',
      headers: as(rep),
      payload: { text: 'We are sorry.', sendUntranslated: true },
    });
    expect(r.statusCode).toBe(201);
    const spanish = await app.inject({
      method: 'POST',
      url: '/api/console/conversations/conv-es/reply',
      headers: as(rep),
      payload: { text: 'Lo sentimos.', lang: 'es' },
    });
    expect(spanish.json()).toMatchObject({ message: { text: 'Lo sentimos.', lang: 'es' } });
  });

  it('keeps what the rep first wrote when they send an edited translation', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/conversations/conv-es/reply',
      headers: as(rep),
      payload: {
        text: 'Lo sentimos mucho.',
        lang: 'es',
        original: { text: 'We are so sorry.', lang: 'en' },
      },
    });
    expect(r.json()).toMatchObject({
      message: {
        text: 'Lo sentimos mucho.',
        lang: 'es',
        original: { text: 'We are so sorry.', lang: 'en' },
      },
    });
    const t = await app.inject({
      url: '/api/console/conversations/conv-es/translations',
      headers: as(rep, false),
    });
    const translated = t
      .json<{ translations: { messageId: string }[] }>()
      .translations.map((x) => x.messageId);
    expect(translated).not.toContain(r.json<{ message: { id: string } }>().message.id);
  });

  it('refuses empty and oversized replies', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/conversations/conv-es/reply',
        headers: as(rep),
        payload: { text: '   ' },
      }),
      400,
      'validation_failed',
      /text: must not be empty/,
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/conversations/conv-es/reply',
        headers: as(rep),
        payload: { text: 'x'.repeat(4001) },
      }),
      400,
      'validation_failed',
      /4000/,
    );
  });

  it('takes a chat over (customer told in Spanish), keeps other reps out, and hands it back', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const rep2 = await login('rep2@shop.example', passwords.rep2);
    const t = await app.inject({
      method: 'POST',
      url: '/api/console/conversations/conv-es/take-over',
      headers: as(rep),
    });
    expect(t.json()).toMatchObject({ changed: true });
    expect((await store.messages.list('conv-es')).at(-1)).toMatchObject({
      sender: 'system',
      text: 'Rep, de Demo Market, se ha unido al chat.',
    });
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/conversations/conv-es/reply',
        headers: as(rep2),
        payload: { text: 'Hi' },
      }),
      409,
      'conflict',
      /Another rep/,
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/conversations/conv-es/hand-back',
        headers: as(rep2),
      }),
      403,
      'forbidden',
    );
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/console/conversations/conv-es/hand-back',
          headers: as(rep),
        })
      ).statusCode,
    ).toBe(200);
    expect((await store.conversations.get('conv-es'))?.handledBy).toBe('assistant');
    // The customer is told, in Spanish, that the assistant answers again.
    const notice = (await store.messages.list('conv-es')).at(-1);
    expect(notice?.sender).toBe('system');
    expect(notice?.text).toContain('Rep ha devuelto el chat al asistente de Demo Market.');
    const audit = await store.audit.list({ subjectType: 'conversation', subjectId: 'conv-es' });
    expect(audit.map((a) => a.action)).toEqual([
      'conversation.taken_over',
      'conversation.handed_back',
    ]);
    const view = await app.inject({
      url: '/api/console/conversations/conv-es',
      headers: as(rep, false),
    });
    expect(
      view
        .json<{ audit: { action: string; actor: string }[] }>()
        .audit.find((a) => a.action === 'conversation.taken_over')?.actor,
    ).toBe('rep@shop.example');
  });
});

describe('assign (a) and close (e)', () => {
  it('assigns a case to the rep, closes one that needs no decision, and refuses to close an approval', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const repId = (await store.users.byEmail('rep@shop.example'))?.id;
    const a = await app.inject({
      method: 'POST',
      url: '/api/console/cases/case-approval/assign',
      headers: as(rep),
    });
    expect(a.statusCode, a.body).toBe(200);
    expect(a.json()).toMatchObject({
      changed: true,
      case: { id: 'case-approval', assignedTo: repId },
    });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/console/cases/case-approval/assign',
          headers: as(rep),
        })
      ).json(),
    ).toMatchObject({ changed: false });
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/cases/case-approval/close',
        headers: as(rep),
      }),
      409,
      'conflict',
      /waits for a decision/,
    );
    await store.cases.create({
      id: 'case-plain',
      kind: 'escalation',
      status: 'open',
      priority: 1,
      conversationId: 'conv-other',
      orderId: null,
      handoff: null,
      subject: {},
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      assignedTo: null,
    });
    const closed = await app.inject({
      method: 'POST',
      url: '/api/console/cases/case-plain/close',
      headers: as(rep),
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await store.cases.get('case-plain'))?.status).toBe('closed');
    expect(
      (await store.audit.list({ subjectType: 'case', subjectId: 'case-plain' })).map(
        (e) => e.action,
      ),
    ).toEqual(['case.closed']);
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/cases/case-plain/close',
        headers: as(rep),
      }),
      409,
      'conflict',
      /already closed/,
    );
    expectError(
      await app.inject({ method: 'POST', url: '/api/console/cases/nope/assign', headers: as(rep) }),
      404,
      'not_found',
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/cases/case-plain/assign',
        headers: as(rep, false),
      }),
      403,
      'forbidden',
    );
  });
});

describe('approvals', () => {
  it('refuses a rep trying to approve', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/cases/case-approval/decision',
        headers: as(rep),
        payload: { approve: true, why: 'customer is right' },
      }),
      403,
      'forbidden',
      /Only approver or admin/,
    );
    expect((await store.refunds.get('ref-1'))?.status).toBe('pending_approval');
  });

  it('requires a reason', async () => {
    const approver = await login('approver@shop.example', passwords.approver);
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/cases/case-approval/decision',
        headers: as(approver),
        payload: { approve: true, why: ' ' },
      }),
      400,
      'validation_failed',
      /why/,
    );
  });

  it('lets an approver approve: refund issued, audited with who and why, customer told in Spanish, once', async () => {
    const approver = await login('approver@shop.example', passwords.approver);
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/cases/case-approval/decision',
      headers: as(approver),
      payload: { approve: true, why: 'photo shows the mug broken in transit' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect((await store.refunds.get('ref-1'))?.status).toBe('issued');
    const audit = await store.audit.list({ subjectType: 'refund', subjectId: 'ref-1' });
    expect(audit[0]).toMatchObject({
      action: 'refund.approved',
      reason: 'photo shows the mug broken in transit',
      at: '2026-11-20T10:00:00.000Z',
    });
    expect(audit[0]?.actor).toBe((await store.users.byEmail('approver@shop.example'))?.id);
    const told = (await store.messages.list('conv-es')).at(-1);
    expect(told?.text.replace(/\u00a0/g, ' ')).toContain(
      'Hemos aprobado tu reembolso de **140,00 €**',
    );
    expectError(
      await app.inject({
        method: 'POST',
        url: '/api/console/cases/case-approval/decision',
        headers: as(approver),
        payload: { approve: true, why: 'again' },
      }),
      409,
      'conflict',
      /^Already decided: this refund was approved by approver@shop.example./,
    );
  });

  it('lets an admin decline a policy exception; the customer is told, the case closes, all audited', async () => {
    const admin = await login('admin@shop.example', passwords.admin);
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/cases/case-exception/decision',
      headers: as(admin),
      payload: { approve: false, why: 'engraved items cannot be resold' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect((await store.cases.get('case-exception'))?.status).toBe('closed');
    expect((await store.messages.list('conv-other')).at(-1)?.text).toContain(
      "can't make an exception this time",
    );
    expect(
      (await store.audit.list({ subjectType: 'case', subjectId: 'case-exception' }))[0],
    ).toMatchObject({ action: 'exception.declined', reason: 'engraved items cannot be resold' });
  });
});

describe('coaching tips on a draft', () => {
  it('returns phrasing tips, aware that the customer is upset', async () => {
    const rep = await login('rep@shop.example', passwords.rep);
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/tips',
      headers: as(rep),
      payload: { draft: 'As I said, it will ship on Monday.', conversationId: 'conv-es' },
    });
    expect(r.json<{ tips: { title: string }[] }>().tips.map((t) => t.title)).toEqual([
      'Sounds like blame',
      'A single date promises too much',
      'Acknowledge first',
    ]);
  });
});

describe('the console page', () => {
  it('serves the app shell at /console with no inline script', async () => {
    const r = await app.inject({ url: '/console' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.body).toContain('<script defer src="/console.js"></script>');
    expect(r.body).not.toMatch(/<script>(?!<\/script>)/);
  });
});
