import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createRuntime, type Runtime } from '../../src/app.js';

const databaseUrl = process.env['DATABASE_URL'];

/** The databases the integration tests run on: SQLite always, PostgreSQL when DATABASE_URL is set. */
export const integrationDatabases: ('sqlite' | 'postgres')[] = databaseUrl
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export type TestRuntime = { runtime: Runtime; dbUrl: string; close(): Promise<void> };

/** A whole runtime (store, actions, assistant, HTTP app, integrations) on a fresh database. */
export async function integrationRuntime(
  db: 'sqlite' | 'postgres',
  env: Record<string, string>,
  opts: { clock?: () => Date; demo?: boolean; dbUrl?: string } = {},
): Promise<TestRuntime> {
  const uploadsDir = await mkdtemp(join(tmpdir(), 'makerdesk-int-'));
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
  const dbUrl =
    opts.dbUrl ??
    (db === 'postgres' && databaseUrl
      ? `${databaseUrl}?schema=${schema}`
      : `sqlite:${join(uploadsDir, 'db.sqlite')}`);
  const runtime = await createRuntime({
    dbUrl,
    demo: opts.demo ?? false,
    uploadsDir,
    apiKey: 'test-api-key',
    logger: false,
    webDir: null,
    env,
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  return {
    runtime,
    dbUrl,
    async close() {
      await runtime.close();
      if (db === 'postgres' && databaseUrl && opts.dbUrl === undefined) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        try {
          await client.query(`drop schema if exists "${schema}" cascade`);
        } finally {
          await client.end();
        }
      }
      await rm(uploadsDir, { recursive: true, force: true });
    },
  };
}
