import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { anOrder } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-procs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writer(url: string, times: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, '../support/sqlite-writer.ts'),
        url,
        String(times),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

describe('two processes on one SQLite file', () => {
  it('lose no update: BEGIN IMMEDIATE and busy_timeout make them take turns', async () => {
    const url = `sqlite:${join(dir, 'shared.db')}`;
    const store = await openStore(url);
    await store.orders.upsert(
      anOrder({ id: 'shared', payment: { totalMinor: 100_000, refundedMinor: 0 } }),
    );
    await store.close();
    const codes = await Promise.all([writer(url, 40), writer(url, 40)]);
    expect(codes).toEqual([0, 0]);
    const after = await openStore(url);
    expect((await after.orders.get('shared'))?.payment.refundedMinor).toBe(80);
    await after.close();
  });
});
