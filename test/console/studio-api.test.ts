import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from '../../src/http/console/routes.js';
import { plainShop } from '../../src/http/console/shop.js';
import { parsePolicyText } from '../../src/policy/index.js';
import { openStore, type OpenedStore } from '../../src/store/index.js';
import { createPolicyStudio, livePolicy, type PolicyStudio } from '../../src/studio/index.js';
import { noTranslator } from '../../src/translate/none.js';
import { anItem, anOrder } from '../support/fixtures.js';
import { passwords, seedConsole, storeDecideApproval } from '../helpers/console-fixture.js';

let store: OpenedStore;
let app: FastifyInstance;
let studio: PolicyStudio;
let ids = 0;
const now = new Date('2026-11-21T10:00:00Z');
const clock = () => now;
const newId = () => `id${++ids}`;
const v1 = 'shop:\n  name: Demo Market\nrefunds:\n  autoLimit: "75.00"\n';

beforeAll(async () => {
  store = await openStore('sqlite::memory:');
  const seeded = await seedConsole(store, clock, newId);
  const p = parsePolicyText(v1);
  if (!p.ok) throw new Error('bad policy');
  studio = createPolicyStudio({ store, live: livePolicy(0, p.value), clock });
  await studio.init({ text: v1, source: 'file', author: 'file:shop.yaml' });
  await store.orders.upsert(
    anOrder({
      id: '7001',
      items: [
        anItem({ sku: 'MUG', personalized: false, personalization: {}, unitPriceMinor: 9000 }),
      ],
      payment: { totalMinor: 9000, refundedMinor: 0 },
      fulfillment: {
        status: 'delivered',
        carrier: null,
        trackingNumber: null,
        trackingUrl: null,
        shippedAt: '2026-11-15T10:00:00.000Z',
        deliveredAt: '2026-11-18T10:00:00.000Z',
        estimatedDeliveryAt: null,
      },
    }),
  );
  app = Fastify({ logger: false });
  await consoleRoutes({
    store,
    studio,
    auth: seeded.auth,
    translator: noTranslator(),
    shop: plainShop('Demo Market'),
    clock,
    newId,
    uploadsDir: seeded.uploadsDir,
    decideApproval: storeDecideApproval(store, clock, newId),
  })(app);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await store.close();
});

async function signIn(who: 'admin' | 'approver' | 'rep'): Promise<Record<string, string>> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/console/login',
    payload: { email: `${who}@shop.example`, password: passwords[who] },
  });
  expect(r.statusCode).toBe(200);
  return {
    cookie: String(r.headers['set-cookie']).split(';')[0] ?? '',
    'x-csrf-token': r.json<{ csrfToken: string }>().csrfToken,
  };
}

describe('policy studio API', () => {
  it('shows an approver the live version, its YAML and its rules in plain words, read-only', async () => {
    const headers = await signIn('approver');
    const r = await app.inject({ method: 'GET', url: '/api/console/studio', headers });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<{
      current: { version: number; text: string };
      canEdit: boolean;
      effective: { lines: { section: string; text: string }[] }[];
      orders: { id: string }[];
    }>();
    expect(body.current).toMatchObject({ version: 1, text: v1 });
    expect(body.canEdit).toBe(false);
    expect(body.effective[0]?.lines.find((l) => l.section === 'refunds')?.text).toBe(
      'Refunds up to 75.00 in the order currency per order are issued automatically; above that a person approves.',
    );
    expect(body.orders.map((o) => o.id)).toContain('7001');
    const pub = await app.inject({
      method: 'POST',
      url: '/api/console/studio/publish',
      headers,
      payload: { text: v1.replace('75', '50'), note: 'lower', baseVersion: 1 },
    });
    expect(pub.statusCode).toBe(403);
    expect(pub.json<{ error: { message: string } }>().error.message).toContain(
      'Only admin accounts can publish a policy',
    );
  });

  it('says how often each rule decided in the period, unused rules included', async () => {
    await store.studio.appendDecisions([
      {
        id: 'd1',
        conversationId: 'c1',
        orderId: '7001',
        kind: 'refund',
        rule: 'refund.auto',
        outcome: 'allow',
        reason: 'within',
        policyVersion: 1,
        input: null,
        facts: null,
        at: '2026-11-20T10:00:00.000Z',
      },
    ]);
    const r = await app.inject({
      method: 'GET',
      url: '/api/console/studio/coverage?since=2026-11-01',
      headers: await signIn('approver'),
    });
    expect(r.statusCode, r.body).toBe(200);
    const rules = r.json<{
      rules: { rule: string; total: number; outcomes: Record<string, number> }[];
    }>().rules;
    expect(rules[0]).toMatchObject({ rule: 'refund.auto', total: 1, outcomes: { allow: 1 } });
    expect(rules.find((x) => x.rule === 'cancel.with_fee')?.total).toBe(0);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/console/studio/coverage?since=yesterday',
      headers: await signIn('approver'),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps reps out', async () => {
    const r = await app.inject({
      method: 'GET',
      url: '/api/console/studio',
      headers: await signIn('rep'),
    });
    expect(r.statusCode).toBe(403);
  });

  it('validates a draft and points at the line of each problem', async () => {
    const headers = await signIn('admin');
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/studio/validate',
      headers,
      payload: { text: 'shop:\n  name: Demo Market\nrefunds:\n  autoLimit: plenty\n' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      ok: false,
      issues: [{ line: 4, path: ['refunds', 'autoLimit'] }],
    });
    const missing = await app.inject({
      method: 'POST',
      url: '/api/console/studio/validate',
      headers,
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
  });

  it('simulates a request on a stored order with the draft', async () => {
    const headers = await signIn('admin');
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/studio/simulate',
      headers,
      payload: {
        text: v1.replace('75.00', '100.00'),
        orderId: '7001',
        request: 'refund',
        amount: '90.00',
      },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ orderId: '7001', outcome: 'allow', rule: 'refund.auto' });
    const live = await app.inject({
      method: 'POST',
      url: '/api/console/studio/simulate',
      headers,
      payload: { orderId: '7001', request: 'refund', amount: '90.00' },
    });
    expect(live.json()).toMatchObject({ outcome: 'needs_approval', rule: 'refund.above_limit' });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/console/studio/simulate',
      headers,
      payload: { orderId: 'nope', request: 'refund', amount: '1' },
    });
    expect(unknown.statusCode).toBe(404);
    const badRequest = await app.inject({
      method: 'POST',
      url: '/api/console/studio/simulate',
      headers,
      payload: { orderId: '7001', request: 'teleport' },
    });
    expect(badRequest.statusCode).toBe(400);
    const described = await app.inject({
      method: 'POST',
      url: '/api/console/studio/simulate',
      headers,
      payload: { order: { id: 'x' }, request: 'cancel' },
    });
    expect(described.statusCode).toBe(400);
    expect(described.json<{ error: { message: string } }>().error.message).toContain(
      'The order described is not valid',
    );
  });

  it('replays: an invalid draft is refused with its line, an empty period is a zero report, bad dates are a 400', async () => {
    const headers = await signIn('admin');
    const bad = await app.inject({
      method: 'POST',
      url: '/api/console/studio/replay',
      headers,
      payload: { text: 'refunds:\n  autoLimit: -1\n' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json<{ error: { issues: { message: string }[] } }>().error.issues[0]?.message,
    ).toMatch(/^line 2:/);
    const empty = await app.inject({
      method: 'POST',
      url: '/api/console/studio/replay',
      headers,
      payload: { text: v1, since: '2025-01-01', until: '2025-01-31' },
    });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ total: 0, changed: 0, changes: [] });
    const dates = await app.inject({
      method: 'POST',
      url: '/api/console/studio/replay',
      headers,
      payload: { text: v1, since: 'last week' },
    });
    expect(dates.statusCode).toBe(400);
  });

  it('publishes with a note (audited); a second admin publishing from the old version gets a 409', async () => {
    const headers = await signIn('admin');
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/studio/publish',
      headers,
      payload: {
        text: v1.replace('75.00', '50.00'),
        note: 'Lower the automatic refund limit',
        baseVersion: 1,
      },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      version: 2,
      note: 'Lower the automatic refund limit',
      author: expect.stringMatching(/^user:/) as unknown,
    });
    expect(studio.live.version).toBe(2);
    const late = await app.inject({
      method: 'POST',
      url: '/api/console/studio/publish',
      headers,
      payload: { text: v1.replace('75.00', '60.00'), note: 'My edit', baseVersion: 1 },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ error: { message: string } }>().error.message).toMatch(
      /^Version 2 was published by user:.* while you were editing version 1\. Nothing was published/,
    );
    const noNote = await app.inject({
      method: 'POST',
      url: '/api/console/studio/publish',
      headers,
      payload: { text: v1, note: '', baseVersion: 2 },
    });
    expect(noNote.statusCode).toBe(400);
    const audit = await store.audit.list({ subjectType: 'policy' });
    expect(audit.find((a) => a.action === 'policy.published')).toMatchObject({
      subjectId: '2',
      reason: 'Lower the automatic refund limit',
    });
  });

  it('rolls back to version 1, and says so for a version that does not exist', async () => {
    const headers = await signIn('admin');
    const r = await app.inject({
      method: 'POST',
      url: '/api/console/studio/rollback',
      headers,
      payload: { version: 1, baseVersion: 2 },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ version: 3, source: 'rollback', text: v1 });
    const missing = await app.inject({
      method: 'POST',
      url: '/api/console/studio/rollback',
      headers,
      payload: { version: 42, baseVersion: 3 },
    });
    expect(missing.statusCode).toBe(404);
    const v = await app.inject({ method: 'GET', url: '/api/console/studio/versions/2', headers });
    expect(v.json<{ diff: string }>().diff).toContain('+  autoLimit: "50.00"');
  });
});
