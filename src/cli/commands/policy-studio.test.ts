import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.js';
import { anOrder } from '../../../test/support/fixtures.js';
import { createPolicyPort } from '../../engine/policy-port.js';
import { parsePolicyText } from '../../policy/index.js';
import { openStore } from '../../store/index.js';
import { decideWith, type DecisionInput } from '../../studio/recorder.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-replay-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const v1 = file('v1.yaml', 'shop:\n  name: Luna Studio\nrefunds:\n  autoLimit: "75.00"\n');
const v2 = file('v2.yaml', 'shop:\n  name: Luna Studio\nrefunds:\n  autoLimit: "50.00"\n');
const broken = file('broken.yaml', 'shop:\n  name: Luna Studio\nrefunds:\n  autoLimt: "50.00"\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pgUrl = process.env['DATABASE_URL'];
const databases: { name: string; url: () => string; drop: () => Promise<void> }[] = [
  { name: 'sqlite', url: () => `sqlite:${join(dir, 'shop.db')}`, drop: () => Promise.resolve() },
];
if (pgUrl) {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  databases.push({
    name: 'postgres',
    url: () => `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}`,
    drop: async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema if exists "${schema}" cascade`);
      await c.end();
    },
  });
}

describe.each(databases)('makerdesk policy publish / replay / rollback on $name', (db) => {
  beforeAll(async () => {
    const p = parsePolicyText('shop:\n  name: Luna Studio\n');
    if (!p.ok) throw new Error('bad policy');
    const port = createPolicyPort(p.value);
    const order = anOrder({
      id: '3001',
      payment: { totalMinor: 20000, refundedMinor: 0 },
      fulfillment: {
        status: 'delivered',
        carrier: null,
        trackingNumber: null,
        trackingUrl: null,
        shippedAt: '2026-11-10T10:00:00.000Z',
        deliveredAt: '2026-11-12T10:00:00.000Z',
        estimatedDeliveryAt: null,
      },
    });
    const store = await openStore(db.url());
    const input = (amountMinor: number, now: string): DecisionInput => ({
      v: 1,
      kind: 'refund',
      order,
      amountMinor,
      now,
    });
    const rows = [
      input(6000, '2026-11-21T10:00:00.000Z'),
      input(3000, '2026-11-22T10:00:00.000Z'),
    ].map((i, n) => {
      const d = decideWith(port, i);
      return {
        id: `d${n}`,
        conversationId: `conv${n}`,
        orderId: '3001',
        kind: 'refund',
        rule: d.rule,
        outcome: d.outcome,
        reason: d.reason,
        policyVersion: 1,
        input: i,
        facts: d.facts,
        at: i.now,
      };
    });
    await store.studio.appendDecisions([
      ...rows,
      {
        id: 'legacy',
        conversationId: 'c0',
        orderId: '3001',
        kind: 'refund',
        rule: 'refund.auto',
        outcome: 'allow',
        reason: '',
        policyVersion: null,
        input: null,
        facts: null,
        at: '2026-11-20T10:00:00.000Z',
      },
    ]);
    await store.close();
  });
  afterAll(() => db.drop());

  const period = ['--since', '2026-11-01', '--until', '2026-11-30'];

  it('replays an identical policy with zero changes', async () => {
    const r = await runCli(['policy', 'replay', '--policy', v1, ...period, '--db', db.url()]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Decisions 3 · replayed 2 · not replayable 1');
    expect(r.out).toContain('Would change 0 · unchanged 2');
  });

  it('shows what a lower refund limit would change, as a table and as JSON', async () => {
    const r = await runCli(['policy', 'replay', '--policy', v2, ...period, '--db', db.url()]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Would change 1 · unchanged 1');
    expect(r.out).toMatch(
      /refund\.auto \(allow\) → refund\.above_limit \(needs_approval\) · -60\.00 USD · approval now needed · \/console#\/c\/conv0/,
    );
    expect(r.out).toContain('USD: refunds issued +0.00, withheld 60.00; approvals newly needed 1');
    const j = await runCli([
      'policy',
      'replay',
      '--policy',
      v2,
      ...period,
      '--db',
      db.url(),
      '--json',
    ]);
    const report = JSON.parse(j.out) as { changed: number; changes: { decisionId: string }[] };
    expect(report.changed).toBe(1);
    expect(report.changes[0]?.decisionId).toBe('d0');
  });

  it('an invalid draft is reported at its line and nothing is replayed', async () => {
    const r = await runCli(['policy', 'replay', '--policy', broken, ...period, '--db', db.url()]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`${broken}:4:3 refunds.autoLimt: unknown key "autoLimt"`);
    expect(r.out).toBe('');
  });

  it('insights show how often each rule decided, with outcomes', async () => {
    const r = await runCli(['insights', ...period, '--db', db.url()]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /Policy rules \(decisions in the period\)\n\s+refund\.auto\s+3 {2}allow 3/,
    );
    const j = await runCli(['insights', ...period, '--db', db.url(), '--json']);
    expect((JSON.parse(j.out) as { ruleCoverage: unknown[] }).ruleCoverage).toEqual([
      {
        rule: 'refund.auto',
        description: expect.stringContaining('automatic limit') as unknown,
        total: 3,
        outcomes: { allow: 3 },
      },
    ]);
  });

  it('an empty period says so', async () => {
    const r = await runCli([
      'policy',
      'replay',
      '--policy',
      v2,
      '--since',
      '2025-01-01',
      '--until',
      '2025-01-31',
      '--db',
      db.url(),
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No decisions were made in this period');
  });

  it('publishes versions with a note, lists them, and rolls back', async () => {
    const a = await runCli(['policy', 'publish', v1, '--note', 'Opening policy', '--db', db.url()]);
    expect(a.err).toBe('');
    expect(a.out).toContain('Published policy version 1 (first version): Opening policy');
    const b = await runCli(['policy', 'publish', v2, '--note', 'Lower limit', '--db', db.url()]);
    expect(b.out).toContain('Published policy version 2 (+1 −1 lines): Lower limit');
    const stale = await runCli([
      'policy',
      'publish',
      v1,
      '--note',
      'Again',
      '--base',
      '1',
      '--db',
      db.url(),
    ]);
    expect(stale.code).not.toBe(0);
    expect(stale.err).toMatch(/Version 2 was published by cli:.* while you were editing version 1/);
    const list = await runCli(['policy', 'versions', '--db', db.url()]);
    expect(list.out).toMatch(/^\s+2 .* Lower limit\n\s+1 .* Opening policy\n$/);
    const back = await runCli(['policy', 'rollback', '1', '--db', db.url()]);
    expect(back.out).toContain(
      'Published policy version 3, a copy of version 1: Rollback to version 1',
    );
    const none = await runCli(['policy', 'rollback', '9', '--db', db.url()]);
    expect(none.err).toContain('There is no policy version 9');
  });
});
