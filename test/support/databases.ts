import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../../src/domain/store.js';
import { openStore } from '../../src/store/index.js';

/** A store opened for one test file, with its own database (SQLite memory or a fresh PG schema). */
export type TestStore = {
  store: Store;
  /** Opens a second Store on the very same database (PG: same schema), e.g. for pub/sub. */
  openSibling(): Promise<Store>;
  /** Closes the store(s) and drops what was created. */
  drop(): Promise<void>;
};

export type TestDatabase = { name: 'sqlite' | 'postgres'; open(): Promise<TestStore> };

const databaseUrl = process.env['DATABASE_URL'];
const onCi = process.env['CI'] === 'true';

/** Why PostgreSQL suites are skipped, or null when they run. Under CI=true they must run. */
export const postgresSkipReason: string | null = databaseUrl
  ? null
  : 'DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/makerdesk_test)';

if (onCi && postgresSkipReason !== null) {
  throw new Error(`CI=true but ${postgresSkipReason}: the PostgreSQL suites must run on CI`);
}

async function openSqlite(): Promise<TestStore> {
  const store = await openStore('sqlite::memory:');
  return {
    store,
    openSibling: () => Promise.reject(new Error('an in-memory SQLite database has no sibling')),
    drop: () => store.close(),
  };
}

async function openPostgres(url: string): Promise<TestStore> {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  const opened: Store[] = [];
  const open = async (): Promise<Store> => {
    const s = await openStore(url, { pgSchema: schema, poolSize: 12 });
    opened.push(s);
    return s;
  };
  const dropSchema = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`drop schema if exists "${schema}" cascade`);
    } finally {
      await client.end();
    }
  };
  let store: Store;
  try {
    store = await open();
  } catch (e: unknown) {
    await dropSchema();
    throw e;
  }
  return {
    store,
    openSibling: open,
    drop: async () => {
      for (const s of opened) await s.close();
      await dropSchema();
    },
  };
}

/** SQLite always; PostgreSQL when DATABASE_URL is set. */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [{ name: 'sqlite', open: openSqlite }];
  if (databaseUrl) list.push({ name: 'postgres', open: () => openPostgres(databaseUrl) });
  return list;
}
