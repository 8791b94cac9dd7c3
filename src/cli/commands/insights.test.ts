import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../test/support/cli.js';
import { openStore } from '../../store/index.js';
import { aConversation, anOrder, aRefund } from '../../../test/support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-insights-'));
const db = `sqlite:${join(dir, 'shop.db')}`;

beforeAll(async () => {
  const store = await openStore(db);
  await store.orders.upsert(anOrder({ id: 'o1', currency: 'EUR' }));
  const convs = [
    aConversation({ id: 'a', status: 'resolved', createdAt: '2026-11-03T10:00:00.000Z' }),
    aConversation({ id: 'b', status: 'escalated', createdAt: '2026-11-04T10:00:00.000Z' }),
    aConversation({ id: 'old', status: 'resolved', createdAt: '2026-10-01T10:00:00.000Z' }),
  ];
  for (const c of convs) {
    await store.conversations.create(c);
    await store.messages.append({
      id: `${c.id}1`,
      conversationId: c.id,
      sender: 'customer',
      text: 'where is my necklace',
      createdAt: c.createdAt,
      meta: {
        intent: 'order_status',
        confidence: 0.9,
        sentiment: { label: 'negative', score: -0.5 },
      },
    });
    await store.messages.append({
      id: `${c.id}2`,
      conversationId: c.id,
      sender: 'assistant',
      text: 'In design.',
      createdAt: new Date(Date.parse(c.createdAt) + 2000).toISOString(),
    });
  }
  await store.events.append({
    type: 'csat.recorded',
    score: 5,
    id: 'e1',
    conversationId: 'a',
    at: '2026-11-03T10:05:00.000Z',
  });
  await store.events.append({
    type: 'case.escalated',
    rule: 'escalation.sentiment',
    reason: 'upset',
    id: 'e2',
    conversationId: 'b',
    at: '2026-11-04T10:01:00.000Z',
  });
  await store.refunds.create(
    aRefund({
      id: 'r1',
      orderId: 'o1',
      currency: 'EUR',
      amountMinor: 1250,
      createdAt: '2026-11-04T10:02:00.000Z',
    }),
  );
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('makerdesk insights', () => {
  it('prints the KPIs of the period as a table', async () => {
    const r = await runCli([
      'insights',
      '--db',
      db,
      '--since',
      '2026-11-01',
      '--until',
      '2026-11-30',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Conversations\s+2\n/);
    expect(r.out).toMatch(/Automated resolution rate\s+50\.0%/);
    expect(r.out).toMatch(/Escalation rate\s+50\.0%/);
    expect(r.out).toMatch(/Average \(1-5\)\s+5\n/);
    expect(r.out).toMatch(/Amount \(issued \+ waiting\)\s+12\.50 EUR/);
    expect(r.out).toMatch(/First response, median\s+2s/);
    expect(r.out).toContain('escalation.sentiment');
  });

  it('prints the whole report as JSON with --json', async () => {
    const r = await runCli([
      'insights',
      '--db',
      db,
      '--since',
      '2026-11-01',
      '--until',
      '2026-11-30',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const report: unknown = JSON.parse(r.out);
    expect(Object.keys(report as object)).toEqual([
      'period',
      'generatedAt',
      'kpis',
      'topics',
      'friction',
      'escalationReasons',
      'knowledgeGaps',
      'ruleCoverage',
    ]);
    expect(report).toMatchObject({
      period: { since: '2026-11-01T00:00:00.000Z', until: '2026-12-01T00:00:00.000Z' },
      kpis: {
        conversations: 2,
        escalated: 1,
        csat: { responses: 1, average: 5 },
        refunds: { total: [{ currency: 'EUR', amount: '12.50' }] },
        sentiment: { negative: 2 },
      },
    });
  });

  it('takes a period with only --since, up to now', async () => {
    const r = await runCli(['insights', '--db', db, '--since', '2026-09-01', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { kpis: { conversations: number } }).kpis.conversations).toBe(3);
  });

  it.each([
    [['--since', 'yesterday'], /^makerdesk: since: "yesterday" is not a date/],
    [['--since', '2026-02-31'], /^makerdesk: since: "2026-02-31" is not a date/],
    [['--until', '2026-13-01'], /^makerdesk: until: "2026-13-01" is not a date/],
    [['--since', '2026-11-20T10:00:00'], /^makerdesk: since: .* with a zone/],
    [
      ['--since', '2026-11-05', '--until', '2026-11-01'],
      /^makerdesk: since \(2026-11-05T00:00:00.000Z\) must be before until/,
    ],
  ])('rejects bad dates %j with one line and exit 2', async (args, message) => {
    const r = await runCli(['insights', '--db', db, ...args]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an unsupported database URL with exit 2', async () => {
    const r = await runCli(['insights', '--db', 'mysql://x']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^makerdesk: database URL "mysql:\/\/x" is not supported/);
  });

  it('has --help', async () => {
    const r = await runCli(['insights', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--since <date>');
  });
});
