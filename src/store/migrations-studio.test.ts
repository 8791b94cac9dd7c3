import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePolicyText } from '../policy/index.js';
import { replayDecisions } from '../studio/replay.js';
import { openStore } from './index.js';
import { migrationProvider } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-mig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('0200_studio on a database from before it', () => {
  it('keeps earlier decisions (events with a rule) as decisions without inputs: counted, not replayable', async () => {
    const file = join(dir, 'old.db');
    const db = new Kysely<{
      events: {
        id: string;
        conversation_id: string | null;
        order_id: string | null;
        type: string;
        at: string;
        data: string;
      };
    }>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
    const r = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateTo(
      '0100_integrations',
    );
    expect(r.error).toBeUndefined();
    const event = (id: string, type: string, data: Record<string, unknown>) => ({
      id,
      conversation_id: 'c1',
      order_id: '1042',
      type,
      at: '2026-11-20T10:00:00.000Z',
      data: JSON.stringify({ type, ...data }),
    });
    await db
      .insertInto('events')
      .values([
        event('e1', 'refund.issued', {
          rule: 'refund.auto',
          reason: 'within the limit',
          amount: '20.00',
        }),
        event('e2', 'change.refused', { rule: 'change.window_closed', reason: 'too late' }),
        event('e3', 'identity.verified', {}),
      ])
      .execute();
    await db.destroy();

    const store = await openStore(`sqlite:${file}`);
    try {
      const rows = await store.studio.listDecisions({});
      expect(rows.map((d) => [d.rule, d.outcome, d.input, d.policyVersion])).toEqual([
        ['refund.auto', 'allow', null, null],
        ['change.window_closed', 'deny', null, null],
      ]);
      const p = parsePolicyText('{}');
      if (!p.ok) throw new Error('defaults invalid');
      expect(replayDecisions(rows, p.value, {})).toMatchObject({
        total: 2,
        replayed: 0,
        notReplayable: 2,
        changed: 0,
      });
    } finally {
      await store.close();
    }
  });
});
