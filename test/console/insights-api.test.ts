import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/domain/store.js';
import { consoleRoutes } from '../../src/http/console/routes.js';
import { plainShop } from '../../src/http/console/shop.js';
import type { InsightsReport } from '../../src/insights/index.js';
import { openStore } from '../../src/store/index.js';
import { noTranslator } from '../../src/translate/none.js';
import { passwords, seedConsole, storeDecideApproval } from '../helpers/console-fixture.js';

let store: Store;
let app: FastifyInstance;
let ids = 0;
const now = new Date('2026-11-21T10:00:00Z');
const clock = () => now;
const newId = () => `id${++ids}`;

beforeAll(async () => {
  store = await openStore('sqlite::memory:');
  const seeded = await seedConsole(store, clock, newId);
  app = Fastify({ logger: false });
  await consoleRoutes({
    store,
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

async function cookieOf(email: string, password: string): Promise<string> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/console/login',
    payload: { email, password },
  });
  expect(r.statusCode).toBe(200);
  return String(r.headers['set-cookie']).split(';')[0] ?? '';
}

describe('GET /api/console/insights', () => {
  it('gives an admin the KPIs of the last 30 days by default', async () => {
    const cookie = await cookieOf('admin@shop.example', passwords.admin);
    const r = await app.inject({
      method: 'GET',
      url: '/api/console/insights',
      headers: { cookie },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    const body = r.json<InsightsReport>();
    expect(body.period).toEqual({
      since: '2026-10-22T10:00:00.000Z',
      until: '2026-11-21T10:00:00.000Z',
    });
    expect(body.kpis).toMatchObject({
      conversations: 2,
      escalated: 2,
      escalationRate: 1,
      automatedResolutionRate: 0,
      sentiment: { messages: 2, negative: 2 },
      refunds: {
        count: 1,
        byStatus: { pending_approval: 1 },
        total: [{ currency: 'EUR', amount: '140.00' }],
      },
    });
    expect(body.escalationReasons.map((e) => e.rule)).toEqual([
      'escalation.policy_exception',
      'unknown',
    ]);
    expect(body.topics.days).toHaveLength(31); // partial first and last days included
  });

  it('gives the same figures for the period of the same length just before, to compare with', async () => {
    const cookie = await cookieOf('admin@shop.example', passwords.admin);
    const r = await app.inject({
      method: 'GET',
      url: '/api/console/insights?since=2026-11-20&until=2026-11-21',
      headers: { cookie },
    });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json<
      InsightsReport & {
        previous: { period: InsightsReport['period']; kpis: InsightsReport['kpis'] };
      }
    >();
    expect(body.period).toEqual({
      since: '2026-11-20T00:00:00.000Z',
      until: '2026-11-22T00:00:00.000Z',
    });
    expect(body.previous.period).toEqual({
      since: '2026-11-18T00:00:00.000Z',
      until: '2026-11-20T00:00:00.000Z',
    });
    expect(body.kpis.conversations).toBe(2);
    expect(body.previous.kpis.conversations).toBe(0);
    const before = await app.inject({
      method: 'GET',
      url: '/api/console/insights?since=2026-11-18&until=2026-11-19',
      headers: { cookie },
    });
    expect(body.previous.kpis).toEqual(before.json<InsightsReport>().kpis);
  });

  it('takes ?since and ?until', async () => {
    const cookie = await cookieOf('approver@shop.example', passwords.approver);
    const r = await app.inject({
      method: 'GET',
      url: '/api/console/insights?since=2026-11-01&until=2026-11-19',
      headers: { cookie },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json<InsightsReport>().kpis.conversations).toBe(0);
  });

  it.each([
    ['since=soon', 'since'],
    ['until=2026-11-31', 'until'],
    ['since=2026-11-20&until=2026-11-01', null],
  ])('answers 400 for ?%s', async (query, path) => {
    const cookie = await cookieOf('admin@shop.example', passwords.admin);
    const r = await app.inject({
      method: 'GET',
      url: `/api/console/insights?${query}`,
      headers: { cookie },
    });
    expect(r.statusCode).toBe(400);
    const e = r.json<{ error: { code: string; message: string; issues: { path: string[] }[] } }>()
      .error;
    expect(e.code).toBe('validation_failed');
    expect(e.issues[0]?.path).toEqual(path === null ? [] : [path]);
  });

  it('is for approvers and admins: a rep gets 403, no session 401', async () => {
    const cookie = await cookieOf('rep@shop.example', passwords.rep);
    expect(
      (await app.inject({ method: 'GET', url: '/api/console/insights', headers: { cookie } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/console/insights.csv', headers: { cookie } }))
        .statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/console/insights' })).statusCode).toBe(
      401,
    );
    expect((await app.inject({ method: 'GET', url: '/api/console/insights.csv' })).statusCode).toBe(
      401,
    );
  });
});

describe('GET /api/console/insights.csv', () => {
  it('downloads the same figures as CSV', async () => {
    const cookie = await cookieOf('admin@shop.example', passwords.admin);
    const r = await app.inject({
      method: 'GET',
      url: '/api/console/insights.csv?since=2026-11-20&until=2026-11-20',
      headers: { cookie },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    // Named by the days it covers, as the form shows them (the 20th through the 20th).
    expect(r.headers['content-disposition']).toBe(
      'attachment; filename="makerdesk-insights-2026-11-20-2026-11-20.csv"',
    );
    const lines = r.body.split('\r\n');
    expect(lines[0]).toBe('section,name,value');
    expect(lines).toContain('kpi,conversations,2');
    expect(lines).toContain('kpi,escalation_rate,1');
    expect(lines).toContain('refunds,total_EUR,140.00');
  });
});
