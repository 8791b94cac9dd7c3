import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import sharp from 'sharp';
import { createRuntime } from '../../src/app.js';

/**
 * Fuzzes every HTTP endpoint of a real server (demo shop, SQLite, engine, console) in process:
 * well-formed, nearly well-formed and garbage requests, with real and wrong tokens and keys.
 * A 5xx or a thrown error is a failure; fast-check shrinks it to a small request to report.
 */
export type FuzzReport = {
  requests: number;
  statuses: Record<string, number>;
  ms: number;
  failure: string | null;
};

const apiKey = 'fuzz-shop-key-0123456789';

type Ctx = {
  conversations: { id: string; token: string }[];
  attachmentIds: string[];
  caseIds: string[];
  tinyPng: Buffer;
  tinyJpeg: Buffer;
  console: { cookie: string; csrf: string };
};

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const weirdText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.constantFrom(
    '',
    ' ',
    '../../etc/passwd',
    '%00',
    '<script>alert(1)</script>',
    'x'.repeat(3000),
    '\u0000\u0001',
    '{{7*7}}',
    "' or 1=1 --",
  ),
);
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(null));

function conversationRef(ctx: Ctx) {
  const real = fc
    .integer({ min: 0, max: ctx.conversations.length - 1 })
    .map((i) => ctx.conversations[i] ?? { id: 'x', token: 'x' });
  return fc.oneof(
    { weight: 6, arbitrary: real.map((c) => ({ id: c.id, token: c.token })) },
    {
      weight: 1,
      arbitrary: real.map((c) => ({ id: c.id, token: `${c.token}x` as string | null })),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        id: fc.oneof(
          fc.uuid(),
          fc.stringMatching(/^[A-Za-z0-9_-]{1,120}$/),
          weirdText.map(encodeURIComponent),
        ),
        token: fc.option(fc.string({ maxLength: 60 }), { nil: null }),
      }),
    },
    { weight: 1, arbitrary: real.map((c) => ({ id: c.id, token: null as string | null })) },
  );
}

function bodyOf(json: fc.Arbitrary<unknown>) {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: json.map((v) => ({
        payload: JSON.stringify(v) ?? 'null',
        type: 'application/json',
      })),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        payload: fc.string({ maxLength: 200 }),
        type: pick([
          'application/json',
          'text/plain',
          undefined,
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-16',
        ]),
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 300 })
        .map((b) => ({ payload: Buffer.from(b).toString('latin1'), type: 'application/json' })),
    },
  );
}

const messageJson = fc.oneof(
  fc.record({
    text: fc.oneof(
      weirdText,
      pick([
        'where is my order 1010? jade@example.com',
        'My order 1017 arrived broken, quinn@example.com',
        'I want a refund',
        'cancel order 1004 dev@example.com',
        'hola',
        'talk to a person',
        'yes',
        'no',
      ]),
    ),
  }),
  fc.record({
    choice: fc.oneof(fc.string({ maxLength: 20 }), pick(['1.1', '2.1', '2.2', '3.1', 'person'])),
  }),
  fc.record({ text: weirdText, choice: weirdText }),
  anyJson,
);

function multipart(ctx: Ctx) {
  const part = fc.oneof(
    fc.record({
      name: fc.oneof(
        { weight: 4, arbitrary: fc.constant('file') },
        { weight: 1, arbitrary: pick(['text', 'other', '']) },
      ),
      filename: fc.option(weirdText, { nil: undefined }),
      type: fc.option(pick(['image/png', 'image/jpeg', 'text/plain', 'application/octet-stream']), {
        nil: undefined,
      }),
      data: fc.oneof(
        {
          weight: 3,
          arbitrary: pick([
            ctx.tinyPng,
            ctx.tinyJpeg,
            ctx.tinyPng.subarray(0, 40),
            Buffer.alloc(0),
          ]),
        },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)) },
      ),
    }),
  );
  return fc
    .record({
      boundary: fc.oneof(
        fc.stringMatching(/^[A-Za-z0-9'()+_,-./:=?]{1,70}$/),
        pick(['', ' ', '"quoted"']),
      ),
      declared: fc.option(fc.oneof(fc.stringMatching(/^[A-Za-z0-9-]{0,70}$/), pick(['', '""'])), {
        nil: undefined,
        freq: 2,
      }),
      parts: fc.array(part, { maxLength: 6 }),
      cut: fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.nat() },
      ),
      typeHeader: pick([
        'multipart/form-data',
        'multipart/mixed',
        'multipart/form-data; charset=utf-8',
      ]),
    })
    .map((m) => {
      const chunks: Buffer[] = [];
      for (const p of m.parts) {
        chunks.push(
          Buffer.from(
            `--${m.boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
            'latin1',
          ),
          p.data,
          Buffer.from('\r\n'),
        );
      }
      chunks.push(Buffer.from(`--${m.boundary}--\r\n`));
      let payload = Buffer.concat(chunks);
      if (m.cut !== undefined && payload.length > 0)
        payload = payload.subarray(0, m.cut % payload.length);
      const declared = m.declared === undefined ? m.boundary : m.declared;
      return { payload, type: `${m.typeHeader}; boundary=${declared}` };
    });
}

const orderJson = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[0-9]{4,6}$/), weirdText),
    createdAt: fc.oneof(
      pick(['2026-11-20T14:03:00Z', 'yesterday', '']),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    ),
    currency: pick(['USD', 'EUR', 'JPY', 'usd', 'XXX', '']),
    customer: fc.record(
      {
        email: fc.oneof(fc.emailAddress(), weirdText),
        postcode: fc.oneof(fc.stringMatching(/^[0-9]{5}$/), weirdText),
        name: weirdText,
      },
      { requiredKeys: [] },
    ),
    items: fc.array(
      fc.record(
        {
          sku: weirdText,
          title: weirdText,
          sellerId: weirdText,
          quantity: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double()),
          unitPrice: fc.oneof(fc.double(), pick(['48.00', '1e309', '-1', '0.001'])),
          personalized: fc.boolean(),
          personalization: fc.dictionary(weirdText, weirdText, { maxKeys: 2 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
    stage: pick(['received', 'design', 'making', 'nope', '']),
    fulfillment: fc.record(
      {
        status: pick(['unfulfilled', 'shipped', 'delivered', 'lost']),
        trackingUrl: fc.oneof(fc.webUrl(), pick(['javascript:alert(1)', 'data:,x', 'ftp://x', ''])),
        carrier: weirdText,
      },
      { requiredKeys: [] },
    ),
    payment: fc.record(
      {
        total: fc.oneof(fc.double(), pick(['52.00', 'abc'])),
        refunded: fc.oneof(fc.double(), pick(['0', '-5'])),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const eventJson = fc.oneof(
  fc.record(
    {
      type: pick(['stage_changed', 'shipped', 'delivered', 'delayed', 'exploded']),
      stage: pick(['making', 'ready_to_ship', 'x']),
      carrier: weirdText,
      trackingNumber: weirdText,
      trackingUrl: fc.oneof(fc.webUrl(), pick(['javascript:alert(1)', 'data:,x'])),
      at: fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        weirdText,
      ),
      delayed: fc.boolean(),
      note: weirdText,
    },
    { requiredKeys: ['type'] },
  ),
  anyJson,
);

function consoleRequest(ctx: Ctx): fc.Arbitrary<InjectOptions> {
  const signedIn = { cookie: ctx.console.cookie, 'x-csrf-token': ctx.console.csrf };
  const convId = fc.oneof(
    { weight: 4, arbitrary: pick(ctx.conversations.map((c) => c.id)) },
    { weight: 1, arbitrary: fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{1,80}$/)) },
  );
  const caseId = ctx.caseIds.length > 0 ? fc.oneof(pick(ctx.caseIds), fc.uuid()) : fc.uuid();
  const lang = pick(['en', 'es', 'fr', 'de', 'it', 'pt', 'xx', '']);
  const post = (url: fc.Arbitrary<string>, json: fc.Arbitrary<unknown>, csrf = true) =>
    fc.tuple(url, bodyOf(json), fc.boolean()).map(([u, b, goodCsrf]) => ({
      method: 'POST' as const,
      url: u,
      payload: b.payload,
      headers: {
        ...signedIn,
        ...(csrf && !goodCsrf ? { 'x-csrf-token': 'wrong' } : {}),
        ...(b.type ? { 'content-type': b.type } : {}),
      },
    }));
  return fc.oneof(
    fc
      .tuple(
        pick([
          '/api/console/me',
          '/api/console/queue',
          '/api/console/insights',
          '/api/console/insights.csv',
        ]),
        fc.option(fc.record({ since: weirdText, until: weirdText }, { requiredKeys: [] }), {
          nil: undefined,
        }),
      )
      .map(([u, q]) => ({
        method: 'GET' as const,
        url: u,
        ...(q ? { query: q } : {}),
        headers: signedIn,
      })),
    convId.map((id) => ({
      method: 'GET' as const,
      url: `/api/console/conversations/${id}`,
      headers: signedIn,
    })),
    fc.tuple(convId, lang).map(([id, to]) => ({
      method: 'GET' as const,
      url: `/api/console/conversations/${id}/translations?to=${encodeURIComponent(to)}`,
      headers: signedIn,
    })),
    caseId.map((id) => ({
      method: 'GET' as const,
      url: `/api/console/cases/${id}`,
      headers: signedIn,
    })),
    fc.tuple(convId, fc.oneof(pick(ctx.attachmentIds), fc.uuid())).map(([c, a]) => ({
      method: 'GET' as const,
      url: `/api/console/conversations/${c}/attachments/${a}`,
      headers: signedIn,
    })),
    post(
      fc.constant('/api/console/translate'),
      fc.oneof(fc.record({ text: weirdText, from: lang, to: lang }, { requiredKeys: [] }), anyJson),
    ),
    post(
      fc.constant('/api/console/tips'),
      fc.oneof(
        fc.record({ draft: weirdText, conversationId: convId }, { requiredKeys: [] }),
        anyJson,
      ),
    ),
    post(
      convId.map((id) => `/api/console/conversations/${id}/reply`),
      fc.oneof(
        fc.record({ text: weirdText, lang, sendUntranslated: fc.boolean() }, { requiredKeys: [] }),
        anyJson,
      ),
    ),
    post(
      fc
        .tuple(convId, pick(['take-over', 'hand-back']))
        .map(([id, w]) => `/api/console/conversations/${id}/${w}`),
      fc.oneof(fc.record({ note: weirdText }, { requiredKeys: [] }), anyJson),
    ),
    post(
      caseId.map((id) => `/api/console/cases/${id}/decision`),
      fc.oneof(fc.record({ approve: fc.boolean(), why: weirdText }, { requiredKeys: [] }), anyJson),
    ),
  );
}

function requestArb(ctx: Ctx): fc.Arbitrary<InjectOptions> {
  const conv = conversationRef(ctx);
  const authOf = (token: string | null) =>
    token === null ? {} : { authorization: `Bearer ${token}` };
  const keyHeader = fc.oneof(
    { weight: 5, arbitrary: fc.constant({ authorization: `Bearer ${apiKey}` }) },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 30 }).map((s) => ({ authorization: `Bearer ${s}x` })),
    },
    { weight: 1, arbitrary: fc.constant({}) },
  );
  const orderId = fc.oneof(
    pick(['1001', '1004', '1010', '1017', '1042']),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,70}$/),
  );
  return fc.oneof(
    {
      weight: 3,
      arbitrary: bodyOf(
        fc.oneof(
          fc.record(
            {
              channel: pick(['web', 'cli', 'email', '']),
              lang: pick(['en', 'es', 'xx', '']),
              link: fc.oneof(
                weirdText,
                pick(['v1.MTAxMA.9999999999.AAAA', 'https://x/?mdlink=v1.a.1.b']),
              ),
            },
            { requiredKeys: [] },
          ),
          anyJson,
        ),
      ).map((b) => ({
        method: 'POST' as const,
        url: '/api/v1/conversations',
        payload: b.payload,
        headers: b.type ? { 'content-type': b.type } : {},
      })),
    },
    {
      weight: 3,
      arbitrary: conv.map((c) => ({
        method: 'GET' as const,
        url: `/api/v1/conversations/${c.id}`,
        headers: authOf(c.token),
      })),
    },
    {
      weight: 12,
      arbitrary: fc.tuple(conv, bodyOf(messageJson)).map(([c, b]) => ({
        method: 'POST' as const,
        url: `/api/v1/conversations/${c.id}/messages`,
        payload: b.payload,
        headers: { ...authOf(c.token), ...(b.type ? { 'content-type': b.type } : {}) },
      })),
    },
    {
      weight: 5,
      arbitrary: fc.tuple(conv, multipart(ctx)).map(([c, m]) => ({
        method: 'POST' as const,
        url: `/api/v1/conversations/${c.id}/attachments`,
        payload: m.payload,
        headers: { ...authOf(c.token), 'content-type': m.type },
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(conv, bodyOf(anyJson)).map(([c, b]) => ({
        method: 'POST' as const,
        url: `/api/v1/conversations/${c.id}/attachments`,
        payload: b.payload,
        headers: { ...authOf(c.token), ...(b.type ? { 'content-type': b.type } : {}) },
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          conv,
          fc.oneof(pick(ctx.attachmentIds), fc.stringMatching(/^[A-Za-z0-9_-]{1,110}$/)),
          fc.boolean(),
        )
        .map(([c, a, q]) => ({
          method: 'GET' as const,
          url: `/api/v1/conversations/${c.id}/attachments/${a}${q && c.token !== null ? `?token=${encodeURIComponent(c.token)}` : ''}`,
          headers: q ? {} : authOf(c.token),
        })),
    },
    // Streams stay open with a right token; only wrong ones are fuzzed here.
    {
      weight: 1,
      arbitrary: fc.tuple(conv, fc.string({ maxLength: 30 })).map(([c, t]) => ({
        method: 'GET' as const,
        url: `/api/v1/conversations/${c.id}/stream?token=${encodeURIComponent(`${t}!`)}`,
      })),
    },
    {
      weight: 4,
      arbitrary: fc.tuple(keyHeader, bodyOf(orderJson)).map(([k, b]) => ({
        method: 'POST' as const,
        url: '/api/v1/orders',
        payload: b.payload,
        headers: { ...k, ...(b.type ? { 'content-type': b.type } : {}) },
      })),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(keyHeader, orderId, bodyOf(eventJson)).map(([k, id, b]) => ({
        method: 'POST' as const,
        url: `/api/v1/orders/${encodeURIComponent(id)}/events`,
        payload: b.payload,
        headers: { ...k, ...(b.type ? { 'content-type': b.type } : {}) },
      })),
    },
    {
      weight: 1,
      arbitrary: pick([
        '/api/v1/openapi.json',
        '/healthz',
        '/console',
        '/api/console/me',
        '/api/console/queue',
        '/widget.js',
        '/nope',
        '/api/v1/../../etc/passwd',
        '/api/v1/conversations/%',
        '/api/v1/orders/%E0%A4%A',
      ]).map((url) => ({ method: 'GET' as const, url })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          pick(['OPTIONS', 'PUT', 'DELETE', 'PATCH', 'HEAD'] as const),
          pick([
            '/api/v1/conversations',
            '/api/v1/orders',
            '/api/v1/conversations/x/messages',
            '/api/console/login',
          ]),
        )
        .map(([method, url]) => ({
          method,
          url,
          headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
        })),
    },
    {
      weight: 1,
      arbitrary: bodyOf(
        fc.oneof(
          fc.record(
            { email: fc.oneof(fc.emailAddress(), weirdText), password: weirdText },
            { requiredKeys: [] },
          ),
          anyJson,
        ),
      ).map((b) => ({
        method: 'POST' as const,
        url: '/api/console/login',
        payload: b.payload,
        headers: b.type ? { 'content-type': b.type } : {},
      })),
    },
    // A signed-in approver: every console endpoint but the live streams, with fuzzed bodies and ids.
    { weight: 4, arbitrary: consoleRequest(ctx) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          pick(['reply', 'take-over', 'hand-back', 'decision']),
          bodyOf(anyJson),
          fc.string({ maxLength: 40 }),
        )
        .map(([what, b, csrf]) => ({
          method: 'POST' as const,
          url:
            what === 'decision'
              ? `/api/console/cases/x/decision`
              : `/api/console/conversations/x/${what}`,
          payload: b.payload,
          headers: {
            'x-csrf-token': csrf,
            cookie: `makerdesk_session=${encodeURIComponent(csrf)}`,
            ...(b.type ? { 'content-type': b.type } : {}),
          },
        })),
    },
  );
}

export async function runHttpFuzz(opts: { requests: number; seed?: number }): Promise<FuzzReport> {
  const dir = await mkdtemp(join(tmpdir(), 'makerdesk-fuzz-'));
  const runtime = await createRuntime({
    dbUrl: `sqlite:${join(dir, 'shop.db')}`,
    demo: true,
    uploadsDir: join(dir, 'uploads'),
    apiKey,
    logger: false,
    webDir: null,
    env: {},
    limits: { perIpPerMinute: 1e9, startsPerIpPerMinute: 1e9, perConversationPerMinute: 1e9 },
  });
  const app = runtime.app;
  await app.ready();
  const statuses: Record<string, number> = {};
  const started = Date.now();
  let failure: string | null = null;
  try {
    const tinyPng = await sharp({
      create: { width: 24, height: 16, channels: 3, background: '#284' },
    })
      .png()
      .toBuffer();
    const tinyJpeg = await sharp({
      create: { width: 16, height: 24, channels: 3, background: '#842' },
    })
      .jpeg()
      .toBuffer();
    const login = await app.inject({
      method: 'POST',
      url: '/api/console/login',
      payload: { email: 'sam@demo.makerdesk.test', password: 'demo-approver-password' },
    });
    if (login.statusCode !== 200)
      throw new Error(`the demo approver could not sign in: ${login.statusCode} ${login.body}`);
    const setCookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    const ctx: Ctx = {
      conversations: [],
      attachmentIds: [],
      caseIds: [],
      tinyPng,
      tinyJpeg,
      console: { cookie: setCookie, csrf: login.json<{ csrfToken: string }>().csrfToken },
    };
    for (let i = 0; i < 4; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/conversations',
        payload: { channel: 'web' },
      });
      ctx.conversations.push(r.json<{ id: string; token: string }>());
    }
    const c0 = ctx.conversations[0];
    if (c0) {
      const boundary = 'fuzzseed';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        tinyPng,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const r = await app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${c0.id}/attachments`,
        payload: body,
        headers: {
          authorization: `Bearer ${c0.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
      });
      ctx.attachmentIds.push(
        ...r.json<{ attachments: { id: string }[] }>().attachments.map((a) => a.id),
      );
    }
    ctx.caseIds.push(...(await runtime.store.cases.list({ limit: 20 })).map((c) => c.id));
    let count = 0;
    await fc
      .assert(
        fc.asyncProperty(requestArb(ctx), async (req) => {
          const r = await app.inject(req);
          count++;
          statuses[r.statusCode] = (statuses[r.statusCode] ?? 0) + 1;
          return r.statusCode < 500;
        }),
        {
          numRuns: opts.requests,
          ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
          endOnFailure: false,
        },
      )
      .catch((e: unknown) => {
        failure = e instanceof Error ? e.message.slice(0, 4000) : String(e);
      });
    // Still alive and answering after all of it.
    const health = await app.inject('/healthz');
    if (health.statusCode !== 200 && failure === null)
      failure = `/healthz answered ${health.statusCode} after the fuzz`;
    return { requests: count, statuses, ms: Date.now() - started, failure };
  } finally {
    await runtime.close();
    await rm(dir, { recursive: true, force: true });
  }
}
