import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors.js';
import { anOrder } from '../../test/support/fixtures.js';
import { openStore, parseDatabaseUrl } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'makerdesk-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseDatabaseUrl', () => {
  it('reads SQLite files, memory and PostgreSQL URLs', () => {
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
    expect(parseDatabaseUrl('sqlite:./data/makerdesk.db')).toEqual({
      dialect: 'sqlite',
      file: resolve('data/makerdesk.db'),
    });
    expect(parseDatabaseUrl('sqlite:/tmp/x.db')).toEqual({ dialect: 'sqlite', file: '/tmp/x.db' });
    expect(parseDatabaseUrl('postgres://u@h:5432/db?schema=shop_1')).toEqual({
      dialect: 'postgres',
      connectionString: 'postgres://u@h:5432/db',
      schema: 'shop_1',
    });
    expect(parseDatabaseUrl('postgresql://u@h/db')).toMatchObject({
      dialect: 'postgres',
      schema: null,
    });
  });
  it.each(['mysql://x', 'sqlite:', './file.db', 'postgres://u@h/db?schema=Bad-Name'])(
    'refuses %s with a clear message',
    (url) => {
      expect(() => parseDatabaseUrl(url)).toThrow(AppError);
    },
  );
});

describe('openStore on a SQLite file', () => {
  it('creates the parent directory, uses WAL, and keeps data across reopen', async () => {
    const file = join(dir, 'nested', 'deeper', 'makerdesk.db');
    const store = await openStore(`sqlite:${file}`);
    await store.orders.upsert(anOrder({ id: 'persisted' }));
    expect(existsSync(`${file}-wal`)).toBe(true);
    await store.close();
    await store.close();
    expect(existsSync(file)).toBe(true);
    const again = await openStore(`sqlite:${file}`);
    expect((await again.orders.get('persisted'))?.id).toBe('persisted');
    await again.close();
  });

  it('lets the WAL grow past the default 1,000 pages before a checkpoint copies them back', async () => {
    const file = join(dir, 'wal-window.db');
    const store = await openStore(`sqlite:${file}`);
    // A WAL frame is a page (4,096 bytes) and its 24-byte header, after a 32-byte file header.
    const frames = (): number => (statSync(`${file}-wal`).size - 32) / (4096 + 24);
    for (let i = 0; i < 1000 && frames() < 1500; i++)
      await store.orders.upsert(anOrder({ id: `w${i}` }));
    // With the default window the file is checkpointed and reused from its start at ~1,000 frames.
    expect(frames()).toBeGreaterThanOrEqual(1500);
    await store.close();
  });

  it('fails with a clear error when the directory cannot be made or the file is not a database', async () => {
    const plain = join(dir, 'plain.txt');
    writeFileSync(
      plain,
      'this is not a database, just some text that is long enough to have a header',
    );
    for (const url of [`sqlite:${join(plain, 'inside', 'x.db')}`, `sqlite:${plain}`]) {
      const e: unknown = await openStore(url).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('unavailable');
    }
  });
});

describe('openStore on an unreachable PostgreSQL', () => {
  it('says it cannot connect (unavailable), naming host and database but no password', async () => {
    const e: unknown = await openStore('postgres://u:secret@127.0.0.1:1/nowhere').catch(
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('unavailable');
    expect((e as AppError).message).toContain('127.0.0.1:1/nowhere');
    expect((e as AppError).message).not.toContain('secret');
  });
});
